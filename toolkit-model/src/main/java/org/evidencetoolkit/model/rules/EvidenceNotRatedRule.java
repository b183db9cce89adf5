package org.evidencetoolkit.model.rules;

import java.util.List;
import org.evidencetoolkit.model.EvidenceRating;
import org.evidencetoolkit.model.ImpactBand;
import org.evidencetoolkit.model.Intervention;

/**
 * {@code impact.evidence-not-rated}: a rated band (anything but insufficient evidence) rests on
 * evidence, so the evidence should be rated too.
 */
final class EvidenceNotRatedRule extends DefaultContentRule {
  static final String ID = RuleIds.IMPACT_EVIDENCE_NOT_RATED;

  EvidenceNotRatedRule() {
    super(ID, Severity.WARNING);
  }

  @Override
  void find(Intervention intervention, RuleContext context, List<Violation> found) {
    ImpactBand band = intervention.impact().band();
    if (band.isRated() && intervention.evidence() == EvidenceRating.NOT_RATED) {
      found.add(
          violation(
              "/evidence",
              "The band is "
                  + Wording.band(band)
                  + " but the evidence is not rated; rate the"
                  + " evidence from 1 (very low) to 5 (very high), or set the band to Insufficient"
                  + " evidence."));
    }
  }
}
