package org.evidencetoolkit.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.evidencetoolkit.model.EvidenceRating;
import org.evidencetoolkit.model.ImpactBand;
import org.evidencetoolkit.model.ImpactRating;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Samples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HighOnWeakEvidenceRuleTest {
  private static final String RULE = "impact.high-on-weak-evidence";

  private static Intervention with(ImpactBand band, EvidenceRating evidence) {
    return Intervention.builder()
        .from(Samples.clean())
        .impact(ImpactRating.of(band))
        .evidence(evidence)
        .build();
  }

  @ParameterizedTest
  @CsvSource({"HIGH, VERY_LOW, Very low (1/5)", "HIGH, LOW, Low (2/5)", "HARMFUL, VERY_LOW, Very low (1/5)",
      "HARMFUL, LOW, Low (2/5)"})
  void warnsOfAStrongVerdictOnWeakEvidence(ImpactBand band, EvidenceRating evidence, String words) {
    Violation v = RuleCheck.single(with(band, evidence), RULE, Severity.WARNING, "/impact/band");
    assertThat(v.message()).contains(words);
  }

  @ParameterizedTest
  @CsvSource({"HIGH, MODERATE", "HIGH, NOT_RATED", "HARMFUL, VERY_HIGH", "MODERATE, VERY_LOW",
      "LOW, LOW", "NO_EFFECT, VERY_LOW", "INSUFFICIENT_EVIDENCE, LOW"})
  void acceptsOtherCombinations(ImpactBand band, EvidenceRating evidence) {
    assertThat(RuleCheck.violations(with(band, evidence), RULE)).isEmpty();
  }
}
