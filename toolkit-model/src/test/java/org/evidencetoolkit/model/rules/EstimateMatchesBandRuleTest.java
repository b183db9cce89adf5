package org.evidencetoolkit.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.evidencetoolkit.model.ImpactBand;
import org.evidencetoolkit.model.ImpactRating;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EstimateMatchesBandRuleTest {
  private static final String RULE = "impact.estimate-matches-band";

  private static Intervention rated(ImpactBand band, String estimate) {
    return Intervention.builder()
        .from(Samples.clean())
        .impact(ImpactRating.of(band, new BigDecimal(estimate)))
        .build();
  }

  @ParameterizedTest
  @CsvSource({
    "HIGH, 30",
    "HIGH, 33",
    "MODERATE, 21",
    "MODERATE, 10",
    "LOW, 9.99",
    "LOW, 2",
    "NO_EFFECT, 0",
    "NO_EFFECT, -1.99",
    "HARMFUL, -2",
    "HARMFUL, -50"
  })
  void acceptsAnEstimateInsideItsBand(ImpactBand band, String estimate) {
    assertThat(RuleCheck.violations(rated(band, estimate), RULE)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "HIGH, 29.99",
    "MODERATE, 30",
    "MODERATE, 9.99",
    "LOW, 10",
    "LOW, 1.99",
    "NO_EFFECT, 2",
    "NO_EFFECT, -2",
    "HARMFUL, -1.99",
    "HARMFUL, 50"
  })
  void refusesAnEstimateOutsideItsBand(ImpactBand band, String estimate) {
    Violation v = RuleCheck.single(rated(band, estimate), RULE, Severity.ERROR, "/impact/estimate");
    String words =
        estimate.startsWith("-")
            ? estimate.substring(1) + "% more violence"
            : estimate + "% less violence";
    assertThat(v.message()).contains("Estimate " + words).contains("yef-2024");
  }

  @Test
  void explainsWhichBandTheEstimateBelongsTo() {
    Violation v =
        RuleCheck.single(rated(ImpactBand.HIGH, "25"), RULE, Severity.ERROR, "/impact/estimate");
    assertThat(v.message())
        .isEqualTo(
            "Estimate 25% less violence is in the Moderate band (10 to under 30) under scale \"yef-2024\", but"
                + " the band is High (30 or more). Correct the estimate or set the band to"
                + " Moderate.");
  }

  @Test
  void acceptsABandWithoutAnEstimate() {
    Intervention i =
        Intervention.builder()
            .from(Samples.clean())
            .impact(ImpactRating.of(ImpactBand.HIGH))
            .build();
    assertThat(RuleCheck.violations(i, RULE)).isEmpty();
  }

  @Test
  void leavesInsufficientEvidenceToItsOwnRule() {
    assertThat(RuleCheck.violations(rated(ImpactBand.INSUFFICIENT_EVIDENCE, "25"), RULE)).isEmpty();
  }

  @Test
  void writesAnExtremeEstimateCompactly() {
    Violation v =
        RuleCheck.single(
            rated(ImpactBand.LOW, "1E+999999999"), RULE, Severity.ERROR, "/impact/estimate");
    assertThat(v.message()).contains("1E+999999999% less violence").hasSizeLessThan(300);
  }
}
