package org.evidencetoolkit.render;

import java.util.Locale;

/**
 * Text made safe to print on a terminal: the one escaper behind everything this library and the
 * {@code toolkit} command print for a person to read, so that content, ids and file names can
 * never drive the terminal (colour, cursor moves, OSC 8 hyperlinks, window titles), reorder what
 * a reader sees (bidirectional overrides and isolates) or start a line of their own.
 *
 * <p>A code point is <em>unsafe</em> when it is a control character (C0, DEL, C1, which covers
 * ESC and so every escape sequence), a lone surrogate, or a bidirectional control (U+061C, U+200E,
 * U+200F, U+202A–U+202E, U+2066–U+2069). Line breaks and other white space other than the space
 * (tab, U+2028 …) break lines or layouts. Two forms deal with them:
 *
 * <ul>
 *   <li>{@link #printable} for text that is laid out (the {@link TextRenderer}, table cells): white
 *       space becomes a space and an unsafe code point becomes U+FFFD, char for char, so the
 *       length and the columns do not change.
 *   <li>{@link #escape} for names a person must be able to tell apart (file names, ids, messages
 *       on one line): every unsafe or line-breaking code point is spelled out as {@code \u001B},
 *       so a file name holding a line feed prints as one line that shows the line feed.
 * </ul>
 *
 * <pre>{@code
 * TerminalText.printable("a\u001B[31mb");   // "a\uFFFD[31mb"
 * TerminalText.escape("a\nb.yaml");          // "a\\u000Ab.yaml"
 * }</pre>
 */
public final class TerminalText {
  private static final char REPLACEMENT = '\uFFFD';

  private TerminalText() {}

  /**
   * Whether printing this code point could drive the terminal or reorder the text around it: a
   * control character other than white space, a lone surrogate or a bidirectional control.
   */
  public static boolean isUnsafe(int cp) {
    return (Character.isISOControl(cp) && !isBreak(cp))
        || Character.getType(cp) == Character.SURROGATE
        || isBidiControl(cp);
  }

  /**
   * The text laid-out safe: white space other than the space becomes a space, an {@linkplain
   * #isUnsafe unsafe} code point becomes U+FFFD. Every replacement is one char for one char, so
   * the length does not change.
   */
  public static String printable(CharSequence text) {
    int first = firstUnprintable(text);
    if (first == text.length()) {
      return text.toString();
    }
    StringBuilder out = new StringBuilder(text);
    makePrintable(out, first);
    return out.toString();
  }

  /** Whether {@link #printable} would return the text unchanged. */
  public static boolean isPrintable(CharSequence text) {
    return firstUnprintable(text) == text.length();
  }

  /**
   * Makes text {@linkplain #printable printable} where it stands.
   *
   * @return {@code text}
   */
  public static StringBuilder makePrintable(StringBuilder text) {
    makePrintable(text, firstUnprintable(text));
    return text;
  }

  /**
   * The text on one line with every {@linkplain #isUnsafe unsafe} code point, and every line break
   * or white space other than the space, spelled out as {@code \}{@code uXXXX}: for file names,
   * ids and messages, which must print as exactly one line and still say what they hold.
   */
  public static String escape(CharSequence text) {
    int n = text.length();
    int i = 0;
    while (i < n && !needsEscape(Character.codePointAt(text, i))) {
      i += Character.charCount(Character.codePointAt(text, i));
    }
    if (i == n) {
      return text.toString();
    }
    StringBuilder out = new StringBuilder(n + 16).append(text, 0, i);
    while (i < n) {
      int cp = Character.codePointAt(text, i);
      if (needsEscape(cp)) {
        out.append(String.format(Locale.ROOT, "\\u%04X", cp));
      } else {
        out.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  private static boolean needsEscape(int cp) {
    return isUnsafe(cp) || (cp != ' ' && isBreak(cp));
  }

  /** White space that a layout turns into a space: tab, line breaks, other Unicode spaces. */
  private static boolean isBreak(int cp) {
    return cp == '\t' || cp == '\n' || cp == '\r' || cp == 0x0B || cp == 0x0C
        || Character.isWhitespace(cp);
  }

  private static boolean isBidiControl(int cp) {
    return (cp >= 0x202A && cp <= 0x202E)
        || (cp >= 0x2066 && cp <= 0x2069)
        || cp == 0x061C
        || cp == 0x200E
        || cp == 0x200F;
  }

  private static void makePrintable(StringBuilder text, int from) {
    for (int i = from; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      if (cp != ' ' && isBreak(cp)) {
        text.setCharAt(i, ' ');
      } else if (isUnsafe(cp)) {
        // Unsafe code points are never surrogate pairs, so this is one char for one char.
        text.setCharAt(i, REPLACEMENT);
      }
      i += Character.charCount(cp);
    }
  }

  /** Where the first code point that printing must replace begins, or the length if none. */
  private static int firstUnprintable(CharSequence text) {
    for (int i = 0; i < text.length(); ) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7F) {
        // Printable ASCII, the bulk of most text, needs no replacing.
        i++;
        continue;
      }
      int cp = Character.codePointAt(text, i);
      if ((cp != ' ' && isBreak(cp)) || isUnsafe(cp)) {
        return i;
      }
      i += Character.charCount(cp);
    }
    return text.length();
  }
}
