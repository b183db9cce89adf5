package org.evidencetoolkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImpactRatingTest {
  @ParameterizedTest(name = "{0} is held as {1}")
  @CsvSource({"21.0, 21", "21, 21", "10, 10", "1E+1, 10", "30.00, 30", "0.0, 0", "-2.50, -2.5", "12.345, 12.345"})
  void holdsEstimatesWithoutTrailingZeros(String written, String held) {
    BigDecimal estimate = ImpactRating.of(ImpactBand.MODERATE, new BigDecimal(written)).estimate().orElseThrow();
    assertThat(estimate.toString()).isEqualTo(held);
  }

  @Test
  void makesEqualNumbersEqualValues() {
    assertThat(ImpactRating.of(ImpactBand.MODERATE, new BigDecimal("21.00")))
        .isEqualTo(ImpactRating.of(ImpactBand.MODERATE, new BigDecimal("21")))
        .hasSameHashCodeAs(ImpactRating.of(ImpactBand.MODERATE, new BigDecimal("21")));
  }

  @Test
  void keepsAnExtremeExponentCompact() {
    BigDecimal huge = ImpactRating.of(ImpactBand.HIGH, new BigDecimal("1E+999999999")).estimate().orElseThrow();
    assertThat(huge.toString()).isEqualTo("1E+999999999");
    assertThat(ImpactRating.of(ImpactBand.HIGH, new BigDecimal("10E+999999998")))
        .isEqualTo(ImpactRating.of(ImpactBand.HIGH, huge));
  }

  @Test
  void mayHaveNoEstimate() {
    assertThat(ImpactRating.of(ImpactBand.INSUFFICIENT_EVIDENCE).estimate()).isEmpty();
  }
}
