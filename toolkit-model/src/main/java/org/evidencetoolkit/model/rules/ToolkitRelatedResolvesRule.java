package org.evidencetoolkit.model.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Suggestions;
import org.evidencetoolkit.model.Toolkit;

/**
 * {@code toolkit.related-resolves}: every related id names another intervention of the toolkit,
 * once. Two parts:
 *
 * <ul>
 *   <li>On one intervention (so also when it is validated alone): an id that is the intervention's
 *       own (an approach is not related to itself), or one listed twice.
 *   <li>Across a toolkit: an id no intervention has, with a "did you mean" for a near miss.
 * </ul>
 *
 * <p>Each problem is reported at its own {@code /related/N}.
 */
final class ToolkitRelatedResolvesRule extends DefaultContentRule {
  static final String ID = RuleIds.TOOLKIT_RELATED_RESOLVES;

  ToolkitRelatedResolvesRule() {
    super(ID, Severity.ERROR);
  }

  @Override
  void find(Intervention intervention, RuleContext context, List<Violation> found) {
    List<String> related = intervention.related();
    Vocabulary.Repeats seen = new Vocabulary.Repeats(related.size());
    for (int n = 0; n < related.size(); n++) {
      String id = related.get(n);
      if (id.equals(intervention.id())) {
        found.add(
            violation(
                "/related/" + n,
                "Related id "
                    + Wording.quote(id)
                    + " is this intervention's own id; an approach"
                    + " is not related to itself, so remove it."));
      } else if (seen.isRepeat(id)) {
        found.add(
            violation(
                "/related/" + n,
                "Related id "
                    + Wording.quote(id)
                    + " is listed more than once; remove the"
                    + " repeat."));
      }
    }
  }

  @Override
  void findInToolkit(Toolkit toolkit, RuleContext context, List<Violation> found) {
    List<Intervention> interventions = toolkit.interventions();
    List<String> ids = interventions.stream().map(Intervention::id).toList();
    Set<String> known = new HashSet<>(ids);
    for (int n = 0; n < interventions.size(); n++) {
      Intervention intervention = interventions.get(n);
      List<String> related = intervention.related();
      for (int m = 0; m < related.size(); m++) {
        String id = related.get(m);
        if (!known.contains(id)) {
          Optional<String> near = Suggestions.closest(id, ids);
          found.add(
              violation(
                  "/interventions/" + n + "/related/" + m,
                  intervention.id(),
                  "Related id "
                      + Wording.quote(id)
                      + " names no intervention in this toolkit"
                      + near.map(s -> "; did you mean " + Wording.quote(s) + "?")
                          .orElse(
                              "; use the id of an intervention in the toolkit, or remove it.")));
        }
      }
    }
  }
}
