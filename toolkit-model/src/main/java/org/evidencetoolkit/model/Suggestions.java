package org.evidencetoolkit.model;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the known name an editor probably meant, for "did you mean" hints: the one matcher that
 * rules, readers, labels and the command line share, so every hint follows the same threshold.
 */
public final class Suggestions {
  /** Longer names are not compared: the hint is a courtesy and must stay cheap. */
  private static final int MAX_COMPARED = 64;

  private Suggestions() {}

  /**
   * The candidate closest to {@code wrong}, if it differs only in case or by at most two edits
   * (insertions, deletions or substitutions), preferring the first among equals.
   */
  public static Optional<String> closest(String wrong, Collection<String> candidates) {
    if (wrong.length() > MAX_COMPARED) {
      return Optional.empty();
    }
    String folded = wrong.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = 3;
    for (String candidate : candidates) {
      if (candidate.equals(wrong) || candidate.length() > MAX_COMPARED) {
        continue;
      }
      int distance =
          candidate.toLowerCase(Locale.ROOT).equals(folded) ? 0 : distance(wrong, candidate);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Levenshtein distance over UTF-16 units, which is enough for slugs and codes. */
  public static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
