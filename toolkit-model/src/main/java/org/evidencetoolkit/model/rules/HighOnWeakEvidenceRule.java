package org.evidencetoolkit.model.rules;

import java.util.List;
import org.evidencetoolkit.model.EvidenceRating;
import org.evidencetoolkit.model.ImpactBand;
import org.evidencetoolkit.model.Intervention;

/**
 * {@code impact.high-on-weak-evidence}: a High or Harmful band is a strong claim, which evidence
 * rated Very low or Low hardly supports. The path is the band, the claim to check.
 */
final class HighOnWeakEvidenceRule extends DefaultContentRule {
  static final String ID = RuleIds.IMPACT_HIGH_ON_WEAK_EVIDENCE;

  HighOnWeakEvidenceRule() {
    super(ID, Severity.WARNING);
  }

  @Override
  void find(Intervention intervention, RuleContext context, List<Violation> found) {
    ImpactBand band = intervention.impact().band();
    EvidenceRating evidence = intervention.evidence();
    boolean strong = band == ImpactBand.HIGH || band == ImpactBand.HARMFUL;
    boolean weak = evidence == EvidenceRating.VERY_LOW || evidence == EvidenceRating.LOW;
    if (strong && weak) {
      found.add(
          violation(
              "/impact/band",
              "The band is "
                  + Wording.band(band)
                  + " but the evidence is only "
                  + Wording.evidence(evidence)
                  + "; check that evidence this weak supports so"
                  + " strong a verdict, and that both ratings are right."));
    }
  }
}
