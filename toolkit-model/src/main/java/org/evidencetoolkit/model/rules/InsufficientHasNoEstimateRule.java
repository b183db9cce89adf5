package org.evidencetoolkit.model.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.evidencetoolkit.model.ImpactBand;
import org.evidencetoolkit.model.Intervention;

/**
 * {@code impact.insufficient-has-no-estimate}: a rating of insufficient evidence carries no
 * estimate, since it says that none can be made.
 */
final class InsufficientHasNoEstimateRule extends DefaultContentRule {
  static final String ID = RuleIds.IMPACT_INSUFFICIENT_HAS_NO_ESTIMATE;

  InsufficientHasNoEstimateRule() {
    super(ID, Severity.ERROR);
  }

  @Override
  void find(Intervention intervention, RuleContext context, List<Violation> found) {
    Optional<BigDecimal> estimate = intervention.impact().estimate();
    if (intervention.impact().band() == ImpactBand.INSUFFICIENT_EVIDENCE && estimate.isPresent()) {
      ImpactBand fits = context.impactScale().bandOf(estimate.get());
      found.add(
          violation(
              "/impact/estimate",
              "The band is Insufficient evidence, which carries no estimate, but the estimate is "
                  + context.profile().describe(intervention.impact(), estimate.get())
                  + ". Remove the estimate, or set the band to "
                  + Wording.band(fits)
                  + " if the evidence supports it."));
    }
  }
}
