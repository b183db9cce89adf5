package org.evidencetoolkit.model.rules;

/**
 * What the text rules count as white space, control and visible characters. Strings are read by
 * code point, so an astral character counts once and an unpaired surrogate is seen as such.
 */
final class Characters {
  private Characters() {}

  /**
   * White space in the Unicode sense: Java white space (tab, line feed, …) or a space separator
   * (including no-break spaces, which {@link String#strip()} does not remove).
   */
  static boolean isWhiteSpace(int codePoint) {
    return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
  }

  /** A control character: Unicode general category Cc (U+0000–U+001F, U+007F–U+009F). */
  static boolean isControl(int codePoint) {
    // Compared directly rather than through Character.getType, which costs a table look-up for
    // every character of every text field: Unicode's stability policy fixes the Cc category to
    // exactly these two ranges forever (CharactersTest checks it against the JDK's tables).
    return codePoint <= 0x1F || (codePoint >= 0x7F && codePoint <= 0x9F);
  }

  /**
   * A surrogate code unit that is not half of a pair: a broken character. Strings read by code
   * point yield a paired surrogate as one supplementary code point, so any surrogate seen on its
   * own is unpaired.
   */
  static boolean isUnpairedSurrogate(int codePoint) {
    return codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE;
  }

  /**
   * Whether a reader would see anything: some code point that is not white space, not a control and
   * not an invisible format character (such as a zero-width space).
   */
  static boolean hasVisible(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (isVisible(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /** A code point a reader would see: not white space, not a control, not a format character. */
  static boolean isVisible(int codePoint) {
    int type = Character.getType(codePoint);
    return type != Character.CONTROL && type != Character.FORMAT && !isWhiteSpace(codePoint);
  }

  /** Whether the first code point is white space. */
  static boolean startsWithWhiteSpace(String s) {
    return !s.isEmpty() && isWhiteSpace(s.codePointAt(0));
  }

  /** Whether the last code point is white space. */
  static boolean endsWithWhiteSpace(String s) {
    return !s.isEmpty() && isWhiteSpace(s.codePointBefore(s.length()));
  }

  /** The length a reader would count: code points, not UTF-16 units. */
  static int length(String s) {
    return s.codePointCount(0, s.length());
  }
}
