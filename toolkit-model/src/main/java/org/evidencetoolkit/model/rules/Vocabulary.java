package org.evidencetoolkit.model.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.evidencetoolkit.model.Suggestions;
import org.jspecify.annotations.Nullable;

/**
 * Shared by the setting and sector rules: repeated and unknown codes in a list of vocabulary codes,
 * with a "did you mean" for near misses. {@code toolkit.related-resolves} finds repeated related
 * ids with {@link Repeats} too.
 */
final class Vocabulary {
  private Vocabulary() {}

  /**
   * Tells, code by code, whether a code was already listed. A vocabulary list is short, so up to
   * {@value #SHORT} codes are compared with the earlier ones directly, which needs no set; a longer
   * (hostile) list gets a hash set, so it costs linear time, not quadratic.
   */
  static final class Repeats {
    static final int SHORT = 8;
    private final String[] seen;
    private int count;
    private final @Nullable Set<String> seenSet;

    /** For a list of {@code size} codes. */
    Repeats(int size) {
      this.seenSet = size > SHORT ? new HashSet<>() : null;
      this.seen = new String[seenSet == null ? size : 0];
    }

    /** Whether {@code code} was given to this before; remembers it. */
    boolean isRepeat(String code) {
      if (seenSet != null) {
        return !seenSet.add(code);
      }
      for (int i = 0; i < count; i++) {
        if (seen[i].equals(code)) {
          return true;
        }
      }
      seen[count++] = code;
      return false;
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
