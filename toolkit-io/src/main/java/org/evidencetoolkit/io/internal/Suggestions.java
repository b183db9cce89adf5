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

  /** Edit distance counting a swap of neighbours as one edit ("titel" is 1 from "title"). */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
