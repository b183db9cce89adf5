package org.evidencetoolkit.render.internal;

/**
 * Measures text in terminal columns, the way a monospaced terminal or mail reader lays it out:
 * combining marks and invisible format characters take no column, East Asian wide and full-width
 * characters and most emoji take two, everything else one. Characters of ambiguous width (such as
 * {@code ●}) count as one column, as Western terminals show them.
 */
public final class Columns {
  // Pairs of inclusive code point ranges that take two columns (East Asian Wide/Fullwidth, emoji).
  private static final int[] WIDE = {
    0x1100, 0x115F, 0x231A, 0x231B, 0x2329, 0x232A, 0x23E9, 0x23EC, 0x23F0, 0x23F0, 0x23F3, 0x23F3,
    0x25FD, 0x25FE, 0x2614, 0x2615, 0x2648, 0x2653, 0x267F, 0x267F, 0x2693, 0x2693, 0x26A1, 0x26A1,
    0x26AA, 0x26AB, 0x26BD, 0x26BE, 0x26C4, 0x26C5, 0x26CE, 0x26CE, 0x26D4, 0x26D4, 0x26EA, 0x26EA,
    0x26F2, 0x26F3, 0x26F5, 0x26F5, 0x26FA, 0x26FA, 0x26FD, 0x26FD, 0x2705, 0x2705, 0x270A, 0x270B,
    0x2728, 0x2728, 0x274C, 0x274C, 0x274E, 0x274E, 0x2753, 0x2755, 0x2757, 0x2757, 0x2795, 0x2797,
    0x27B0, 0x27B0, 0x27BF, 0x27BF, 0x2B1B, 0x2B1C, 0x2B50, 0x2B50, 0x2B55, 0x2B55, 0x2E80, 0x303E,
    0x3041, 0x33FF, 0x3400, 0x4DBF, 0x4E00, 0x9FFF, 0xA000, 0xA4CF, 0xA960, 0xA97F, 0xAC00, 0xD7A3,
    0xF900, 0xFAFF, 0xFE10, 0xFE19, 0xFE30, 0xFE6F, 0xFF00, 0xFF60, 0xFFE0, 0xFFE6, 0x16FE0, 0x18CFF,
    0x1B000, 0x1B2FF, 0x1F004, 0x1F004, 0x1F0CF, 0x1F0CF, 0x1F18E, 0x1F18E, 0x1F191, 0x1F19A,
    0x1F200, 0x1F251, 0x1F300, 0x1F64F, 0x1F680, 0x1F6FF, 0x1F7E0, 0x1F7EB, 0x1F90C, 0x1F9FF,
    0x1FA70, 0x1FAFF, 0x20000, 0x3FFFD
  };

  private Columns() {}

  /** The columns a string takes. */
  public static int of(CharSequence s) {
    return of(s, 0, s.length());
  }

  /**
   * The columns {@code s.subSequence(start, end)} takes, measured in place. A surrogate pair is
   * one code point only when both halves lie inside the range, as in the subsequence.
   */
  public static int of(CharSequence s, int start, int end) {
    int columns = 0;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c < 0x300) {
        // Latin, Greek and their punctuation: one column each, no table to look up.
        columns++;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < end
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        columns += of(Character.toCodePoint(c, s.charAt(i + 1)));
        i++;
      } else {
        columns += of(c);
      }
    }
    return columns;
  }

  /** The columns one code point takes. */
  public static int of(int cp) {
    if (cp < 0x300) {
      return 1;
    }
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT
        || (cp >= 0x1160 && cp <= 0x11FF)) {
      return 0;
    }
    for (int i = 0; i < WIDE.length; i += 2) {
      if (cp < WIDE[i]) {
        return 1;
      }
      if (cp <= WIDE[i + 1]) {
        return 2;
      }
    }
    return 1;
  }
}
