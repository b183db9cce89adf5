package org.evidencetoolkit.model;

import java.util.Locale;

/**
 * The one definition of a slug (an intervention id, a setting or sector code, a profile, measure
 * or section id) and of the kebab-case names the document format gives enum constants.
 */
public final class Slugs {
  private Slugs() {}

  /**
   * Whether {@code s} matches {@code ^[a-z0-9]+(-[a-z0-9]+)*$}. A loop rather than a regular
   * expression: Java's regex engine recurses per repetition of a group, and a long hostile id must
   * not overflow the stack.
   */
  public static boolean isSlug(String s) {
    if (s.isEmpty() || s.charAt(0) == '-' || s.charAt(s.length() - 1) == '-') {
      return false;
    }
    char previous = ' ';
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (!word && !(c == '-' && previous != '-')) {
        return false;
      }
      previous = c;
    }
    return true;
  }

  /** An enum constant as the format writes it: {@code SCHOOL_AND_COLLEGE} → {@code school-and-college}. */
  public static String kebab(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
