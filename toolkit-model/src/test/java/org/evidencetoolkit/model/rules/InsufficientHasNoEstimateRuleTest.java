package org.evidencetoolkit.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.evidencetoolkit.model.ImpactBand;
import org.evidencetoolkit.model.ImpactRating;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Samples;
import org.junit.jupiter.api.Test;

class InsufficientHasNoEstimateRuleTest {
  private static final String RULE = "impact.insufficient-has-no-estimate";

  private static Intervention with(ImpactRating impact) {
    return Intervention.builder().from(Samples.clean()).impact(impact).build();
  }

  @Test
  void acceptsInsufficientEvidenceWithoutAnEstimate() {
    assertThat(RuleCheck.violations(with(ImpactRating.of(ImpactBand.INSUFFICIENT_EVIDENCE)), RULE))
        .isEmpty();
  }

  @Test
  void acceptsAnEstimateOnARatedBand() {
    assertThat(RuleCheck.violations(Samples.clean(), RULE)).isEmpty();
  }

  @Test
  void refusesAnEstimateOnInsufficientEvidence() {
    Intervention i = with(ImpactRating.of(ImpactBand.INSUFFICIENT_EVIDENCE, new BigDecimal("12.5")));
    Violation v = RuleCheck.single(i, RULE, Severity.ERROR, "/impact/estimate");
    assertThat(v.message()).contains("12.5%").contains("Remove the estimate").contains("Moderate");
  }
}
