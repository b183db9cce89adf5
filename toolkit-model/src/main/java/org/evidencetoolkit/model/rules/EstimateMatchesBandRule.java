package org.evidencetoolkit.model.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.evidencetoolkit.model.ImpactBand;
import org.evidencetoolkit.model.ImpactScale;
import org.evidencetoolkit.model.Intervention;

/**
 * {@code impact.estimate-matches-band}: an estimate falls in its band under the {@link ImpactScale}
 * of the {@link RuleContext} (the rules' scale, else the profile's). The message quotes the
 * estimate in its measure's words and names the scale's version.
 * An estimate on an insufficient-evidence rating is {@code impact.insufficient-has-no-estimate}'s
 * business, not this rule's.
 */
final class EstimateMatchesBandRule extends DefaultContentRule {
  static final String ID = RuleIds.IMPACT_ESTIMATE_MATCHES_BAND;

  EstimateMatchesBandRule() {
    super(ID, Severity.ERROR);
  }

  @Override
  void find(Intervention intervention, RuleContext context, List<Violation> found) {
    ImpactBand band = intervention.impact().band();
    Optional<BigDecimal> estimate = intervention.impact().estimate();
    if (!band.isRated() || estimate.isEmpty()) {
      return;
    }
    ImpactScale scale = context.impactScale();
    ImpactBand fits = scale.bandOf(estimate.get());
    if (fits != band) {
      found.add(
          violation(
              "/impact/estimate",
              "Estimate "
                  + context.profile().describe(intervention.impact(), estimate.get())
                  + " is in the "
                  + Wording.band(fits)
                  + " band ("
                  + Wording.range(scale, fits)
                  + ") under scale "
                  + Wording.quote(scale.version())
                  + ", but the band is "
                  + Wording.band(band)
                  + " ("
                  + Wording.range(scale, band)
                  + "). Correct the estimate or set the band to "
                  + Wording.band(fits)
                  + "."));
    }
  }
}
