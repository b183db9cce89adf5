package org.evidencetoolkit.render.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.owasp.encoder.Encode;

/**
 * Writes HTML and owns all of its escaping: {@link #text(String)} escapes content, {@link
 * #tag(String, Map)} escapes attribute values, and only {@link #raw(String)} writes markup as it
 * is, which is for constant markup of a renderer's own, never for content.
 *
 * <p>Escaping uses the OWASP Java Encoder. Before encoding, characters that HTML forbids in a
 * document (control characters other than tab and line feed; lone surrogates;
 * non-characters) are replaced by U+FFFD and a carriage return becomes a line feed, so the output
 * is always a valid document and a browser reads back exactly the text that was written.
 *
 * <p>Tag and attribute names are checked: a name that is not a plain HTML name is refused with
 * {@link IllegalArgumentException}, so no name can carry markup either.
 *
 * <p>A writer is used by one rendering call at a time and is not thread-safe.
 */
public class HtmlWriter {
  private static final Pattern TAG_NAME = Pattern.compile("[a-z][a-z0-9]*");
  private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_.:-]*");

  private final Appendable out;
  private char last = '\n';

  /** A writer that appends to {@code out}; I/O errors surface as {@link UncheckedIOException}. */
  public HtmlWriter(Appendable out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  /** Writes text content, escaped. */
  public final void text(String text) {
    append(escapeText(clean(text)));
  }

  /** Writes a start tag with no attributes. */
  public final void tag(String name) {
    tag(name, Map.of());
  }

  /** Writes a start tag; attribute values are escaped, in the map's order. */
  public final void tag(String name, Map<String, String> attributes) {
    checkTagName(name);
    StringBuilder tag = new StringBuilder(32).append('<').append(name);
    for (Map.Entry<String, String> attribute : attributes.entrySet()) {
      String key = attribute.getKey();
      if (!ATTRIBUTE_NAME.matcher(key).matches()) {
        throw new IllegalArgumentException("Not an HTML attribute name: '" + key + "'");
      }
      tag.append(' ')
          .append(key)
          .append("=\"")
          .append(escapeAttribute(clean(attribute.getValue())))
          .append('"');
    }
    append(tag.append('>').toString());
  }

  /** Writes an end tag. */
  public final void end(String name) {
    checkTagName(name);
    append("</" + name + ">");
  }

  /** Starts a new line unless at the start of one. */
  public final void line() {
    if (last != '\n') {
      append("\n");
    }
  }

  /** Writes constant markup as it is. Never pass content here: use {@link #text(String)}. */
  public final void raw(String markup) {
    append(markup);
  }

  /**
   * Escapes text content; the default escapes {@code & < >} and quotes. Overridden only by tests
   * that prove the escaping matters.
   */
  protected String escapeText(String text) {
    return Encode.forHtml(text);
  }

  /**
   * Escapes a double-quoted attribute value; the default escapes {@code & < > " '}. Overridden
   * only by tests that prove the escaping matters.
   */
  protected String escapeAttribute(String value) {
    return Encode.forHtml(value);
  }

  private static void checkTagName(String name) {
    if (!TAG_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("Not an HTML tag name: '" + name + "'");
    }
  }

  /** The text a browser will read back: forbidden characters as U+FFFD, CR as LF. */
  static String clean(String text) {
    StringBuilder out = null;
    int length = text.length();
    for (int i = 0; i < length; ) {
      int cp = text.codePointAt(i);
      int n = Character.charCount(cp);
      int replacement = cp;
      if (cp == '\r') {
        replacement = (i + 1 < length && text.charAt(i + 1) == '\n') ? -1 : '\n';
      } else if (isForbidden(cp)) {
        replacement = 0xFFFD;
      }
      if (replacement != cp && out == null) {
        out = new StringBuilder(length);
        out.append(text, 0, i);
      }
      if (out != null && replacement >= 0) {
        out.appendCodePoint(replacement);
      }
      i += n;
    }
    return out == null ? text : out.toString();
  }

  private static boolean isForbidden(int cp) {
    if (cp < 0x20) {
      return cp != '\t' && cp != '\n';
    }
    if (cp >= 0x7F && cp <= 0x9F) {
      return true;
    }
    if (cp >= 0xD800 && cp <= 0xDFFF) {
      return true;
    }
    return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
  }

  private void append(String s) {
    if (s.isEmpty()) {
      return;
    }
    try {
      out.append(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    last = s.charAt(s.length() - 1);
  }
}
