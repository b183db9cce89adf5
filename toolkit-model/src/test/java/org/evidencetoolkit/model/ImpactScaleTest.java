package org.evidencetoolkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImpactScaleTest {
  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "30, HIGH",
    "29.99, MODERATE",
    "10, MODERATE",
    "9.99, LOW",
    "2, LOW",
    "1.99, NO_EFFECT",
    "0, NO_EFFECT",
    "-1.99, NO_EFFECT",
    "-2, HARMFUL",
    "-50, HARMFUL"
  })
  void mapsEstimatesToBandsAtTheDefaultBoundaries(String estimate, ImpactBand band) {
    ImpactScale scale = ImpactScale.defaults();
    assertThat(scale.bandOf(new BigDecimal(estimate))).isEqualTo(band);
    assertThat(scale.admits(band, new BigDecimal(estimate))).isTrue();
  }

  @Test
  void comparesNumbersNotTheirScale() {
    assertThat(ImpactScale.defaults().bandOf(new BigDecimal("30.000"))).isEqualTo(ImpactBand.HIGH);
    assertThat(ImpactScale.defaults().bandOf(new BigDecimal("3E+1"))).isEqualTo(ImpactBand.HIGH);
  }

  @Test
  void isTheYefScale() {
    ImpactScale scale = ImpactScale.defaults();
    assertThat(scale.version()).isEqualTo("yef-2024");
    assertThat(scale.highFrom()).isEqualByComparingTo("30");
    assertThat(scale.moderateFrom()).isEqualByComparingTo("10");
    assertThat(scale.lowFrom()).isEqualByComparingTo("2");
    assertThat(scale.harmfulTo()).isEqualByComparingTo("-2");
  }

  @Test
  void neverAdmitsAnEstimateForInsufficientEvidence() {
    assertThat(ImpactScale.defaults().admits(ImpactBand.INSUFFICIENT_EVIDENCE, BigDecimal.ZERO)).isFalse();
  }

  @ParameterizedTest(name = "{0} is {1} under a custom scale")
  @CsvSource({"40, HIGH", "39.9, MODERATE", "15, MODERATE", "14.9, LOW", "5, LOW", "4.9, NO_EFFECT",
      "-4.9, NO_EFFECT", "-5, HARMFUL"})
  void mapsEstimatesUnderACustomScale(String estimate, ImpactBand band) {
    ImpactScale strict =
        ImpactScale.builder()
            .version("strict-1")
            .highFrom(new BigDecimal("40"))
            .moderateFrom(new BigDecimal("15"))
            .lowFrom(new BigDecimal("5"))
            .harmfulTo(new BigDecimal("-5"))
            .build();
    assertThat(strict.bandOf(new BigDecimal(estimate))).isEqualTo(band);
  }

  @ParameterizedTest(name = "harmfulTo {0}, lowFrom {1}, moderateFrom {2}, highFrom {3}")
  @CsvSource({"-2, 2, 10, 10", "-2, 2, 30, 10", "2, 2, 10, 30", "-2, 10, 2, 30", "5, 2, 10, 30"})
  void refusesThresholdsThatDoNotRiseStrictly(String harmful, String low, String moderate, String high) {
    ImpactScale.Builder builder =
        ImpactScale.builder()
            .version("broken")
            .harmfulTo(new BigDecimal(harmful))
            .lowFrom(new BigDecimal(low))
            .moderateFrom(new BigDecimal(moderate))
            .highFrom(new BigDecimal(high));
    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("rise strictly")
        .hasMessageContaining("harmfulTo < lowFrom < moderateFrom < highFrom");
  }

  @Test
  void requiresEveryThreshold() {
    assertThatThrownBy(() -> ImpactScale.builder().version("v").highFrom(BigDecimal.TEN).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("moderateFrom");
  }
}
