package org.evidencetoolkit.io.internal;

import java.io.IOException;
import java.util.Locale;

/**
 * Writes the canonical tree as JSON: two-space indentation, {@code "name": value}, one list item
 * per line, non-ASCII characters as themselves, control and invisible characters escaped, a
 * trailing newline. Written by hand because the layout is the format's canonical form and must
 * not depend on a library's pretty-printer defaults.
 */
public final class JsonEmitter {
  private JsonEmitter() {}

  /** Writes the value and a final newline. */
  public static void write(Out value, Appendable out) throws IOException {
    value(value, out, 0);
    out.append('\n');
  }

  private static void value(Out value, Appendable out, int indent) throws IOException {
    if (value instanceof Out.Str s) {
      string(s.text(), out);
    } else if (value instanceof Out.Num n) {
      out.append(n.digits());
    } else if (value instanceof Out.Bool b) {
      out.append(b.value() ? "true" : "false");
    } else if (value instanceof Out.Null) {
      out.append("null");
    } else if (value instanceof Out.Arr a) {
      if (a.items().isEmpty()) {
        out.append("[]");
        return;
      }
      out.append('[');
      for (int i = 0; i < a.items().size(); i++) {
        out.append(i == 0 ? "\n" : ",\n");
        indent(out, indent + 1);
        value(a.items().get(i), out, indent + 1);
      }
      out.append('\n');
      indent(out, indent);
      out.append(']');
    } else if (value instanceof Out.Obj o) {
      if (o.fields().isEmpty()) {
        out.append("{}");
        return;
      }
      out.append('{');
      for (int i = 0; i < o.fields().size(); i++) {
        Out.Field field = o.fields().get(i);
        out.append(i == 0 ? "\n" : ",\n");
        indent(out, indent + 1);
        string(field.name(), out);
        out.append(": ");
        value(field.value(), out, indent + 1);
      }
      out.append('\n');
      indent(out, indent);
      out.append('}');
    }
  }

  private static void indent(Appendable out, int level) throws IOException {
    for (int i = 0; i < level; i++) {
      out.append("  ");
    }
  }

  /** A JSON string literal. */
  static void string(String s, Appendable out) throws IOException {
    out.append('"');
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String escape = escape(c);
      if (escape != null) {
        out.append(s, start, i).append(escape);
        start = i + 1;
      }
    }
    out.append(s, start, s.length()).append('"');
  }

  private static @org.jspecify.annotations.Nullable String escape(char c) {
    return switch (c) {
      case '"' -> "\\\"";
      case '\\' -> "\\\\";
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      case '\b' -> "\\b";
      case '\f' -> "\\f";
      default ->
          c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029' || c == '\uFEFF'
              ? String.format(Locale.ROOT, "\\u%04x", (int) c)
              : null;
    };
  }

}
