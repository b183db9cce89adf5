package org.evidencetoolkit.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.evidencetoolkit.model.EvidenceRating;
import org.evidencetoolkit.model.ImpactBand;
import org.evidencetoolkit.model.ImpactRating;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EvidenceNotRatedRuleTest {
  private static final String RULE = "impact.evidence-not-rated";

  private static Intervention with(ImpactBand band, EvidenceRating evidence) {
    return Intervention.builder()
        .from(Samples.clean())
        .impact(ImpactRating.of(band))
        .evidence(evidence)
        .build();
  }

  @ParameterizedTest
  @EnumSource(value = ImpactBand.class, names = "INSUFFICIENT_EVIDENCE", mode = EnumSource.Mode.EXCLUDE)
  void warnsOfARatedBandOnUnratedEvidence(ImpactBand band) {
    Violation v = RuleCheck.single(with(band, EvidenceRating.NOT_RATED), RULE, Severity.WARNING, "/evidence");
    assertThat(v.message()).contains("not rated");
  }

  @Test
  void acceptsInsufficientEvidenceUnrated() {
    assertThat(RuleCheck.violations(with(ImpactBand.INSUFFICIENT_EVIDENCE, EvidenceRating.NOT_RATED), RULE))
        .isEmpty();
  }

  @Test
  void acceptsARatedBandOnRatedEvidence() {
    assertThat(RuleCheck.violations(with(ImpactBand.HIGH, EvidenceRating.VERY_LOW), RULE)).isEmpty();
  }
}
