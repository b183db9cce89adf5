package org.evidencetoolkit.model.rules;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.PreventionType;

/**
 * {@code prevention.present}: at least one prevention type, none listed twice. An empty list is
 * reported at {@code /preventionTypes}, unless the entry is {@linkplain Intervention#headlineOnly()
 * headline-only}; each repeat is reported at its own index.
 */
final class PreventionPresentRule extends DefaultContentRule {
  static final String ID = RuleIds.PREVENTION_PRESENT;

  PreventionPresentRule() {
    super(ID, Severity.ERROR);
  }

  @Override
  void find(Intervention intervention, RuleContext context, List<Violation> found) {
    List<PreventionType> types = intervention.preventionTypes();
    if (types.isEmpty()) {
      if (intervention.headlineOnly()) {
        return;
      }
      found.add(
          violation(
              "/preventionTypes",
              "No prevention type is given; say whom the approach reaches: primary, secondary"
                  + " and/or tertiary."));
      return;
    }
    Set<PreventionType> seen = EnumSet.noneOf(PreventionType.class);
    for (int n = 0; n < types.size(); n++) {
      PreventionType type = types.get(n);
      if (!seen.add(type)) {
        found.add(
            violation(
                "/preventionTypes/" + n,
                "Prevention type "
                    + Wording.formatValue(type)
                    + " is listed more than once;"
                    + " remove the repeat."));
      }
    }
  }
}
