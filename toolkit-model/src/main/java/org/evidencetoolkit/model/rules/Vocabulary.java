package org.evidencetoolkit.model.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Shared by the setting and sector rules: repeated and unknown codes in a list of vocabulary codes,
 * with a "did you mean" for near misses.
 */
final class Vocabulary {
  private Vocabulary() {}

  /** The indices of codes already listed earlier in {@code codes}. */
  static List<Integer> repeats(List<String> codes) {
    Set<String> seen = new HashSet<>();
    return IntStream.range(0, codes.size()).filter(n -> !seen.add(codes.get(n))).boxed().toList();
  }

  /**
   * The message for a code that is not among {@code known}.
   *
   * @param what {@code "setting"} or {@code "sector"}
   */
  static String unknown(String what, String code, List<String> known) {
    String base = "The " + what + " " + Wording.quote(code) + " is not declared";
    Optional<String> near = Suggestions.closest(code, known);
    if (near.isPresent()) {
      return base + "; did you mean " + Wording.quote(near.get()) + "?";
    }
    return base
        + "; use one of "
        + Wording.codes(known)
        + ", or declare it in the toolkit's "
        + what
        + "s.";
  }

  /** The message for a code listed twice. */
  static String repeated(String what, String code) {
    return "The "
        + what
        + " "
        + Wording.quote(code)
        + " is listed more than once; remove the"
        + " repeat.";
  }
}
