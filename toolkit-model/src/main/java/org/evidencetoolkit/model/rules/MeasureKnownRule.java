package org.evidencetoolkit.model.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Measure;
import org.evidencetoolkit.model.Profile;
import org.evidencetoolkit.model.Suggestions;

/**
 * {@code impact.measure-known}: the measure an impact rating names is one the profile declares, so
 * that its estimate can be put into words and judged. A rating that names no measure takes the
 * profile's first and is always fine.
 */
final class MeasureKnownRule extends DefaultContentRule {
  static final String ID = RuleIds.IMPACT_MEASURE_KNOWN;

  MeasureKnownRule() {
    super(ID, Severity.ERROR);
  }

  @Override
  void find(Intervention intervention, RuleContext context, List<Violation> found) {
    Optional<String> measure = intervention.impact().measure();
    Profile profile = context.profile();
    if (measure.isEmpty() || profile.measure(measure.get()).isPresent()) {
      return;
    }
    List<String> ids = new ArrayList<>();
    for (Measure m : profile.measures()) {
      ids.add(m.id());
    }
    Optional<String> closest = Suggestions.closest(measure.get(), ids);
    found.add(
        violation(
            "/impact/measure",
            "The measure "
                + Wording.quote(measure.get())
                + " is not one that profile "
                + Wording.quote(profile.name())
                + " declares ("
                + Wording.codes(ids)
                + "). "
                + closest
                    .map(c -> "Did you mean " + Wording.quote(c) + "?")
                    .orElse("Use one of those, or declare it in the profile's measures.")));
  }
}
