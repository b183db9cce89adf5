package org.evidencetoolkit.model;

/** The 1–5 scale shared by evidence and cost ratings. */
final class Levels {
  static final int MIN = 1;
  static final int MAX = 5;

  private Levels() {}

  static int check(int level, String what) {
    if (level < MIN || level > MAX) {
      throw new IllegalArgumentException(
          what + " level must be between " + MIN + " and " + MAX + ", was " + level);
    }
    return level;
  }
}
