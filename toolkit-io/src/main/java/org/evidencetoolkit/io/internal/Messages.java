package org.evidencetoolkit.io.internal;

import java.util.Collection;
import java.util.Locale;
import org.evidencetoolkit.io.ReadLimits;
import org.jspecify.annotations.Nullable;

/**
 * Our words for what the parsers found. Jackson's own messages are read here only to tell cases
 * apart; none of their text reaches a {@link org.evidencetoolkit.io.Problem}.
 */
public final class Messages {
  private static final int CLIP = 60;

  private Messages() {}

  /** Text shortened for a message, with invisible characters shown as code points. */
  public static String clip(String text) {
    StringBuilder out = new StringBuilder();
    int count = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (++count > CLIP) {
        out.append('…');
        break;
      }
      if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT
          || Character.isSurrogate((char) cp)) {
        out.append(String.format(Locale.ROOT, "\\u%04X", cp));
      } else {
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

  /** A quoted list of choices: {@code "a", "b" or "c"}. */
  public static String choices(Collection<String> values) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    for (String value : values) {
      if (i > 0) {
        out.append(i == values.size() - 1 ? " or " : ", ");
      }
      out.append('"').append(value).append('"');
      i++;
    }
    return out.toString();
  }

  /** Which stream limit a constraint exception is about, in our words. */
  static String constraint(@Nullable String jacksonMessage, ReadLimits limits) {
    String m = jacksonMessage == null ? "" : jacksonMessage;
    if (m.contains("NestingDepth")) {
      return "nesting deeper than " + limits.maxDepth() + " levels (ReadLimits.maxDepth)";
    }
    if (m.contains("StringLength") || m.contains("NameLength")) {
      return "a string longer than " + limits.maxStringLength()
          + " characters (ReadLimits.maxStringLength)";
    }
    if (m.contains("NumberLength") || m.contains("BigIntegerScale")) {
      return "a number longer than " + limits.maxNumberLength()
          + " characters (ReadLimits.maxNumberLength)";
    }
    if (m.contains("TokenCount")) {
      return "more than " + limits.maxTokens() + " tokens (ReadLimits.maxTokens)";
    }
    if (m.contains("DocumentLength")) {
      return "more than " + limits.maxDocumentBytes() + " bytes (ReadLimits.maxDocumentBytes)";
    }
    return "a value beyond the reader's limits";
  }

  /** A JSON syntax error, described from the character found where the parser stopped. */
  static String jsonSyntax(@Nullable String jacksonMessage, SourceText source, long at,
      boolean inside) {
    String m = jacksonMessage == null ? "" : jacksonMessage;
    String text = source.text();
    if (at >= text.length() || m.contains("end-of-input")) {
      return "the document ends too early" + (inside ? "; a closing bracket is missing" : "");
    }
    int cp = text.codePointAt((int) at);
    String found = describe(cp);
    if (m.contains("Illegal unquoted character") || (cp < 0x20 && cp != '\t' && cp != '\n'
        && cp != '\r' && cp != ' ')) {
      return "control character " + found
          + " is not allowed here; inside a string write it as an escape such as \\u"
          + String.format(Locale.ROOT, "%04X", cp);
    }
    if (m.contains("Unrecognized character escape") || m.contains("escape")) {
      return "invalid escape sequence in a string near " + found
          + "; the escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX";
    }
    if (m.contains("Unrecognized token") || m.contains("Non-standard token")) {
      return "unrecognized word starting with " + found
          + "; text needs double quotes and the only bare words are true, false and null";
    }
    if (m.contains("double-quote to start field name") || m.contains("field name")
        || m.contains("property name")) {
      return "unexpected " + found + "; expected a field name in double quotes";
    }
    if (m.contains("colon")) {
      return "unexpected " + found + "; expected ':' after the field name";
    }
    if (m.contains("comma") || m.contains("separate")) {
      return "unexpected " + found + "; expected ',' or a closing bracket";
    }
    if (m.contains("close marker")) {
      return "unexpected " + found + "; it closes nothing that is open";
    }
    if (m.contains("umeric") || m.contains("number") || m.contains("Leading zero")
        || m.contains("Number")) {
      return "malformed number near " + found
          + "; numbers are written like 21, -3.5 or 1e3, without leading zeros or a plus sign";
    }
    if (m.contains("expected a value") || m.contains("a valid value")) {
      return "unexpected " + found + "; expected a value (text, number, list or object)";
    }
    return "unexpected " + found;
  }

  /**
   * The word of a "non-standard token" error ({@code NaN}, {@code Infinity}, {@code -Infinity},
   * {@code +Infinity}), or null for any other error.
   */
  static @Nullable String nonNumericWord(@Nullable String jacksonMessage) {
    String prefix = "Non-standard token '";
    if (jacksonMessage == null || !jacksonMessage.startsWith(prefix)) {
      return null;
    }
    int end = jacksonMessage.indexOf('\'', prefix.length());
    return end < 0 ? null : jacksonMessage.substring(prefix.length(), end);
  }

  /** What is wrong with a word like {@code NaN} where a JSON value belongs. */
  static String nonNumeric(String word) {
    return clip(word) + " is not a number JSON allows: JSON numbers are finite; write a number"
        + " like 21 or -3.5, or leave the value out";
  }

  /** What is wrong with a character that YAML allows nowhere in a document. */
  static String notYamlPrintable(char c) {
    String code = String.format(Locale.ROOT, "U+%04X", (int) c);
    return (Character.isISOControl(c) ? "control character " : "the character ") + code
        + " is not allowed anywhere in YAML; inside a double-quoted string write it as an"
        + " escape such as \\u" + code.substring(2) + ", or remove it";
  }

  /** A structural YAML error that Jackson reports (not the YAML scanner). */
  static String yamlStructure(@Nullable String jacksonMessage) {
    String m = jacksonMessage == null ? "" : jacksonMessage;
    if (m.contains("property name")) {
      return "invalid YAML: keys must be plain text, not lists, mappings or aliases";
    }
    return "invalid YAML structure here";
  }

  /** The YAML scanner's description of a syntax error, which is already in plain words. */
  static String yaml(String problem) {
    String p = problem.strip();
    return p.length() > 200 ? p.substring(0, 200) + "…" : p;
  }

  private static String describe(int cp) {
    if (cp < 0x20 || cp == 0x7f || Character.getType(cp) == Character.FORMAT
        || Character.isWhitespace(cp)) {
      return String.format(Locale.ROOT, "U+%04X", cp);
    }
    return "'" + new String(Character.toChars(cp)) + "'";
  }
}
