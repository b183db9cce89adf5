package org.evidencetoolkit.model.diff;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evidencetoolkit.model.text.RichText;

/**
 * How much rich text changed, in words: a word is a run of characters between white space in the
 * text's {@linkplain RichText#plainText() plain text}, so markup and link addresses do not count.
 *
 * <p>The counts come from a longest common subsequence of the two word sequences (after the common
 * start and end are set aside): added = words only the new text has in that alignment, removed =
 * words only the old one has. A rewrite too long for that (more than {@value #MAX_CELLS} cells of
 * the table) falls back to counting words as a multiset, which ignores moves but stays linear.
 */
final class Words {
  static final long MAX_CELLS = 4_000_000L;

  private Words() {}

  /** The words of a text. */
  static List<String> of(RichText text) {
    String plain = text.plainText().strip();
    return plain.isEmpty() ? List.of() : Arrays.asList(plain.split("\\s+"));
  }

  /** How many words a text has. */
  static int count(RichText text) {
    return of(text).size();
  }

  /** {@code {added, removed}} from {@code before} to {@code after}. */
  static int[] difference(RichText before, RichText after) {
    return difference(of(before), of(after));
  }

  static int[] difference(List<String> before, List<String> after) {
    int start = 0;
    while (start < before.size() && start < after.size()
        && before.get(start).equals(after.get(start))) {
      start++;
    }
    int endBefore = before.size();
    int endAfter = after.size();
    while (endBefore > start && endAfter > start
        && before.get(endBefore - 1).equals(after.get(endAfter - 1))) {
      endBefore--;
      endAfter--;
    }
    List<String> b = before.subList(start, endBefore);
    List<String> a = after.subList(start, endAfter);
    int common = (long) b.size() * a.size() <= MAX_CELLS ? lcs(b, a) : shared(b, a);
    return new int[] {a.size() - common, b.size() - common};
  }

  /** The length of a longest common subsequence, in two rows of the table. */
  private static int lcs(List<String> b, List<String> a) {
    int[] previous = new int[a.size() + 1];
    int[] current = new int[a.size() + 1];
    for (String word : b) {
      for (int j = 1; j <= a.size(); j++) {
        current[j] = word.equals(a.get(j - 1))
            ? previous[j - 1] + 1
            : Math.max(previous[j], current[j - 1]);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[a.size()];
  }

  /** How many words the two have in common, counted as multisets. */
  private static int shared(List<String> b, List<String> a) {
    Map<String, Integer> counts = new HashMap<>();
    b.forEach(w -> counts.merge(w, 1, Integer::sum));
    int common = 0;
    for (String word : a) {
      Integer left = counts.get(word);
      if (left != null && left > 0) {
        counts.put(word, left - 1);
        common++;
      }
    }
    return common;
  }
}
