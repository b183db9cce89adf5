package org.evidencetoolkit.model.rules;

import java.util.List;
import org.evidencetoolkit.model.Intervention;

/**
 * {@code text.length}: the title is at most 100 characters and the summary at most 250, counted as
 * a reader counts them (Unicode code points, so an emoji is one character).
 */
final class TextLengthRule extends DefaultContentRule {
  static final String ID = RuleIds.TEXT_LENGTH;
  static final int MAX_TITLE = 100;
  static final int MAX_SUMMARY = 250;

  TextLengthRule() {
    super(ID, Severity.WARNING);
  }

  @Override
  void find(Intervention intervention, RuleContext context, List<Violation> found) {
    check(found, "/title", "The title", intervention.title(), MAX_TITLE);
    check(found, "/summary", "The summary", intervention.summary(), MAX_SUMMARY);
  }

  private void check(List<Violation> found, String pointer, String name, String value, int max) {
    int length = Characters.length(value);
    if (length > max) {
      found.add(
          violation(
              pointer,
              name
                  + " is "
                  + length
                  + " characters long; keep it to "
                  + max
                  + " or fewer so it fits where readers scan ("
                  + (length - max)
                  + " too many)."));
    }
  }
}
