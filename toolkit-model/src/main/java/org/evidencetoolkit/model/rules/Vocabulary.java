package org.evidencetoolkit.model.rules;

import java.util.List;
import java.util.Optional;
import org.evidencetoolkit.model.Suggestions;

/**
 * Shared by the setting and sector rules: repeated and unknown codes in a list of vocabulary codes,
 * with a "did you mean" for near misses. {@code toolkit.related-resolves} finds repeated related
 * ids with {@link Repeats} too.
 */
final class Vocabulary {
  private Vocabulary() {}

  /**
   * Tells, code by code, whether a code was already listed: {@link SameKeys} with each code its
   * own key (a short list is compared directly, a long, hostile one goes through a map).
   */
  static final class Repeats {
    private final SameKeys<String> seen;

    /** For a list of {@code size} codes. */
    Repeats(int size) {
      this.seen = new SameKeys<>(SameKeys.ITSELF, size);
    }

    /** Whether {@code code} was given to this before; remembers it. */
    boolean isRepeat(String code) {
      return seen.firstSame(code, 0) >= 0;
    }
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

  /**
   * The message for a declared code that is not a slug. Codes travel as words separated by
   * spaces (the site's filter data, command-line values), so a code with a space or a capital
   * would be matched differently in different places; a slug is matched the same everywhere.
   *
   * @param what {@code "setting"} or {@code "sector"}
   */
  static String notSlug(String what, String code) {
    return "The declared " + what + " code " + Wording.quote(code)
        + " is not a slug; use lowercase letters a-z and digits, in words joined by single"
        + " hyphens, e.g. \"accident-and-emergency\", and keep the words in its label.";
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
