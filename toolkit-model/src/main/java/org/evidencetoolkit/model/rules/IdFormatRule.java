package org.evidencetoolkit.model.rules;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Slugs;

/**
 * {@code id.format}: the id is a slug, lowercase ASCII letters and digits in words joined by single
 * hyphens ({@code ^[a-z0-9]+(-[a-z0-9]+)*$}), at most 64 characters. One violation at {@code /id}
 * says everything that is wrong and, where it can, suggests a slug made from the id (or from the
 * title when the id is empty).
 */
final class IdFormatRule extends DefaultContentRule {
  static final String ID = RuleIds.ID_FORMAT;
  static final int MAX_LENGTH = 64;

  IdFormatRule() {
    super(ID, Severity.ERROR);
  }

  @Override
  void find(Intervention intervention, RuleContext context, List<Violation> found) {
    String id = intervention.id();
    boolean slug = Slugs.isSlug(id);
    int length = Characters.length(id);
    if (slug && length <= MAX_LENGTH) {
      return;
    }
    String suggestion = suggest(id.isEmpty() ? intervention.title() : id);
    String hint = suggestion.isEmpty() ? "" : ", e.g. " + Wording.quote(suggestion);
    String message;
    if (id.isEmpty()) {
      message =
          "The id is empty; give a slug of lowercase letters, digits and hyphens" + hint + ".";
    } else if (!slug) {
      message =
          "The id "
              + Wording.quote(id)
              + " is not a slug; use lowercase letters a-z and digits, in words joined by single"
              + " hyphens"
              + (length > MAX_LENGTH ? ", at most " + MAX_LENGTH + " characters" : "")
              + hint
              + ".";
    } else {
      message =
          "The id is "
              + length
              + " characters long; shorten it to at most "
              + MAX_LENGTH
              + hint
              + ".";
    }
    found.add(violation("/id", message));
  }

  /** A slug made from free text, or {@code ""} if nothing usable is left. */
  static String suggest(String text) {
    // A slug never needs more than the start of the text; long hostile text is not worth reading.
    String start = text.length() > 4 * MAX_LENGTH ? text.substring(0, 4 * MAX_LENGTH) : text;
    String plain =
        Normalizer.normalize(start, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    StringBuilder slug = new StringBuilder();
    boolean gap = false;
    for (int i = 0; i < plain.length() && slug.length() < MAX_LENGTH; i++) {
      char c = plain.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (gap && slug.length() > 0) {
          slug.append('-');
        }
        slug.append(c);
        gap = false;
      } else {
        gap = true;
      }
    }
    String result = slug.length() > MAX_LENGTH ? slug.substring(0, MAX_LENGTH) : slug.toString();
    while (result.endsWith("-")) {
      result = result.substring(0, result.length() - 1);
    }
    return result;
  }
}
