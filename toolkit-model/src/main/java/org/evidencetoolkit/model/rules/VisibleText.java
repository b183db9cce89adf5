package org.evidencetoolkit.model.rules;

/**
 * Whether text given piece by piece has a visible character, as {@link Characters#hasVisible}
 * would say of the pieces joined. It stops looking at the first visible character, and builds no
 * string.
 *
 * <p>Joining matters in one case only: a piece ending with the high half of a surrogate pair and
 * the next non-empty piece starting with the low half. Each half alone is a broken character,
 * which counts as visible; joined they may make an invisible character (a format character such
 * as U+E0001 LANGUAGE TAG). So a trailing high surrogate is held back until the next piece says
 * which it is.
 *
 * <p>Not thread-safe; reusable after {@link #reset()}.
 */
final class VisibleText {
  /** A high surrogate that ended the last piece, or 0 (which is not one). */
  private char pendingHigh;

  private boolean found;

  /** Forgets everything seen. */
  void reset() {
    pendingHigh = 0;
    found = false;
  }

  /** Looks at the next piece; true once a visible character has been seen. */
  boolean add(String piece) {
    if (found || piece.isEmpty()) {
      return found;
    }
    int i = 0;
    if (pendingHigh != 0) {
      char low = piece.charAt(0);
      if (!Character.isLowSurrogate(low)) {
        found = true; // the held-back high surrogate stays broken: visible
        return true;
      }
      int joined = Character.toCodePoint(pendingHigh, low);
      pendingHigh = 0;
      if (Characters.isVisible(joined)) {
        found = true;
        return true;
      }
      i = 1;
    }
    while (i < piece.length()) {
      char c = piece.charAt(i);
      if (i == piece.length() - 1 && Character.isHighSurrogate(c)) {
        pendingHigh = c;
        return false;
      }
      int cp = piece.codePointAt(i);
      if (Characters.isVisible(cp)) {
        found = true;
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /** Whether the pieces so far, joined, have a visible character. */
  boolean found() {
    // A high surrogate left at the end is half a pair with nothing after it: broken, visible.
    return found || pendingHigh != 0;
  }
}
