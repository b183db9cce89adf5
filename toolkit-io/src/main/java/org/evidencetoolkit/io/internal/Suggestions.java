package org.evidencetoolkit.io.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the known name a mistyped one was probably meant to be. */
public final class Suggestions {
  private static final int MAX_COMPARED = 64;

  private Suggestions() {}

  /**
   * The known name closest to {@code name}: one that differs only in case or separators, or else
   * the nearest by edit distance within a third of its length (at least 1, at most 3).
   */
  public static Optional<String> closest(String name, Collection<String> known) {
    if (name.length() > MAX_COMPARED) {
      return Optional.empty();
    }
    String folded = fold(name);
    for (String candidate : known) {
      if (fold(candidate).equals(folded)) {
        return Optional.of(candidate);
      }
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int allowed = Math.max(1, Math.min(3, candidate.length() / 3));
      int d = distance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (d <= allowed && d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  private static String fold(String s) {
    return s.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "").replace(" ", "");
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
