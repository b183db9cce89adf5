package org.evidencetoolkit.render.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Writes HTML and owns all of its escaping: {@link #text(String)} escapes content, {@link
 * #tag(String, Map)} escapes attribute values, and only {@link #raw(String)} writes markup as it
 * is, which is for constant markup of a renderer's own, never for content.
 *
 * <p>Escaping writes exactly what the OWASP Java Encoder's {@code Encode.forHtml} writes: the
 * entities {@code amp}, {@code lt}, {@code gt}, {@code #34} and {@code #39}. Before that,
 * characters that HTML forbids in a document (control characters other than tab and line feed;
 * lone surrogates; non-characters) are replaced by U+FFFD and a carriage return becomes a line
 * feed, so the output is always a valid document and a browser reads back exactly the text that
 * was written. Text and attribute values take one and the same escaping path, in a single pass
 * over the string.
 *
 * <p>Tag and attribute names are checked: a name that is not a plain HTML name is refused with
 * {@link IllegalArgumentException}, so no name can carry markup either. A refused tag writes
 * nothing.
 *
 * <p>Output: an {@link IOException} from the {@code Appendable} surfaces as {@link
 * UncheckedIOException} wrapping it. {@link org.evidencetoolkit.render.HtmlRenderer}'s UTF-8
 * methods give this writer an {@code Appendable} of their own that encodes to bytes as it is
 * written, so a page written as bytes goes through the same escaping.
 *
 * <p>A writer is used by one rendering call at a time and is not thread-safe.
 */
public final class HtmlWriter {
  /**
   * The characters below 64 written as they are, as a bit mask: printable ones other than {@code
   * & < " '} and {@code >}, tab and line feed. Every character from 64 to 126 is plain.
   */
  private static final long PLAIN_BELOW_64;

  static {
    long mask = 0;
    for (char c = ' '; c < 64; c++) {
      mask |= 1L << c;
    }
    mask |= 1L << '\t';
    mask |= 1L << '\n';
    for (char c : "&<>\"'".toCharArray()) {
      mask &= ~(1L << c);
    }
    PLAIN_BELOW_64 = mask;
  }

  private static final String REPLACEMENT = "\uFFFD";

  private final Appendable out;

  private char last = '\n';

  /** A writer that appends to {@code out}; I/O errors surface as {@link UncheckedIOException}. */
  public HtmlWriter(Appendable out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  /** Writes text content, escaped. */
  public void text(String text) {
    try {
      escape(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a start tag with no attributes. */
  public void tag(String name) {
    checkTagName(name);
    try {
      out.append('<').append(name).append('>');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    last = '>';
  }

  /** Writes a start tag; attribute values are escaped, in the map's order. */
  public void tag(String name, Map<String, String> attributes) {
    checkTagName(name);
    // Every name is checked before anything is written, so a refused tag writes nothing.
    for (Map.Entry<String, String> attribute : attributes.entrySet()) {
      checkAttributeName(attribute.getKey());
      Objects.requireNonNull(attribute.getValue(), "attribute value");
    }
    try {
      out.append('<').append(name);
      for (Map.Entry<String, String> attribute : attributes.entrySet()) {
        attribute(attribute.getKey(), attribute.getValue());
      }
      out.append('>');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    last = '>';
  }

  /**
   * Writes a start tag with attributes given as name, value, name, value …, in that order; values
   * are escaped. The same as {@link #tag(String, Map)} without building a map.
   *
   * <pre>{@code
   * html.tag("a", "href", "https://example.org/", "rel", "noopener noreferrer");
   * }</pre>
   *
   * @throws IllegalArgumentException if a name is refused or a name has no value
   */
  public void tag(String name, String... attributes) {
    checkTagName(name);
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException(
          "Attribute '" + attributes[attributes.length - 1] + "' of <" + name + "> has no value");
    }
    for (int k = 0; k < attributes.length; k += 2) {
      checkAttributeName(attributes[k]);
      Objects.requireNonNull(attributes[k + 1], "attribute value");
    }
    try {
      out.append('<').append(name);
      for (int k = 0; k < attributes.length; k += 2) {
        attribute(attributes[k], attributes[k + 1]);
      }
      out.append('>');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    last = '>';
  }

  /** Writes an end tag. */
  public void end(String name) {
    checkTagName(name);
    try {
      out.append("</").append(name).append('>');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    last = '>';
  }

  /** Starts a new line unless at the start of one. */
  public void line() {
    if (last != '\n') {
      append("\n");
    }
  }

  /** Writes constant markup as it is. Never pass content here: use {@link #text(String)}. */
  public void raw(String markup) {
    append(markup);
  }

  /** Writes {@code  name="value"} inside a start tag whose names are already checked. */
  private void attribute(String name, String value) throws IOException {
    out.append(' ').append(name).append("=\"");
    escape(value);
    out.append('"');
  }

  /**
   * Writes text escaped in one pass: runs of characters that need nothing are copied straight
   * from the string (a bulk copy when the output is a {@code StringBuilder}), and each character
   * that needs something gets a constant. The result is what {@code Encode.forHtml} writes for
   * the text with its forbidden characters replaced, without the two scans and the strings
   * between them.
   */
  private void escape(String text) throws IOException {
    int length = text.length();
    int run = 0; // the first character not yet written
    char written = last;
    int i = plainUpTo(text, 0, length);
    while (i < length) {
      char c = text.charAt(i);
      @Nullable String replacement;
      int consumed = 1;
      switch (c) {
        case '&' -> replacement = "&amp;";
        case '<' -> replacement = "&lt;";
        case '>' -> replacement = "&gt;";
        case '"' -> replacement = "&#34;";
        case '\'' -> replacement = "&#39;";
        case '\r' -> replacement = i + 1 < length && text.charAt(i + 1) == '\n' ? "" : "\n";
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < length
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            consumed = 2;
            replacement =
                isNonCharacter(Character.toCodePoint(c, text.charAt(i + 1))) ? REPLACEMENT : null;
          } else {
            replacement = isForbidden(c) ? REPLACEMENT : null;
          }
        }
      }
      if (replacement != null) {
        if (i > run) {
          out.append(text, run, i);
        }
        if (!replacement.isEmpty()) {
          out.append(replacement);
          written = replacement.charAt(replacement.length() - 1);
        }
        run = i + consumed;
      }
      // Otherwise the character (or surrogate pair) is plain after all and stays in the run.
      i = plainUpTo(text, i + consumed, length);
    }
    if (run < length) {
      if (run == 0) {
        out.append(text);
      } else {
        out.append(text, run, length);
      }
      written = text.charAt(length - 1);
    }
    last = written;
  }

  /**
   * The index of the first character from {@code from} that may need escaping or replacing, or
   * {@code length}. This is where clean text spends its time, so it is a loop of its own with
   * nothing but the test: the compiler can then unroll it and drop the bounds checks.
   */
  private static int plainUpTo(String text, int from, int length) {
    for (int i = from; i < length; i++) {
      char c = text.charAt(i);
      if (c >= 64) {
        // Letters and most ASCII punctuation, then the plain range below the surrogates
        // (accented letters, typographic punctuation, most scripts).
        if (c < 0x7F || (c >= 0xA0 && c < 0xD800)) {
          continue;
        }
        return i;
      }
      if ((PLAIN_BELOW_64 & (1L << c)) == 0) {
        return i;
      }
    }
    return length;
  }

  private static void checkTagName(String name) {
    if (!isTagName(name)) {
      throw new IllegalArgumentException("Not an HTML tag name: '" + name + "'");
    }
  }

  private static void checkAttributeName(String name) {
    if (!isAttributeName(name)) {
      throw new IllegalArgumentException("Not an HTML attribute name: '" + name + "'");
    }
  }

  /** {@code [a-z][a-z0-9]*}. */
  static boolean isTagName(String name) {
    int length = name.length();
    if (length == 0 || !isLowerAscii(name.charAt(0))) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = name.charAt(i);
      if (!isLowerAscii(c) && !isAsciiDigit(c)) {
        return false;
      }
    }
    return true;
  }

  /** {@code [a-zA-Z_][a-zA-Z0-9_.:-]*}. */
  static boolean isAttributeName(String name) {
    int length = name.length();
    if (length == 0) {
      return false;
    }
    char first = name.charAt(0);
    if (!isAsciiLetter(first) && first != '_') {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = name.charAt(i);
      if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != '_' && c != '.' && c != ':' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isLowerAscii(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean isAsciiLetter(char c) {
    return isLowerAscii(c) || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
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
    return isNonCharacter(cp);
  }

  private static boolean isNonCharacter(int cp) {
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
