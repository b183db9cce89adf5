package org.evidencetoolkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileTest {
  private static final Measure MONTHS =
      Measure.builder()
          .id("attainment")
          .outcome("attainment")
          .unit("months")
          .better("+{0} months")
          .worse("−{0} months")
          .none("no change in attainment")
          .build();

  @Test
  void yefIsTheDefaultWithViolenceFirstThenCrime() {
    Profile yef = Profile.yef();
    assertThat(yef.name()).isEqualTo("yef");
    assertThat(yef.language()).isEqualTo("en-GB");
    assertThat(yef.measures()).extracting(Measure::id).containsExactly("violence", "crime");
    assertThat(yef.defaultMeasure().unit()).isEqualTo("percent");
    assertThat(yef.impactScale()).isEqualTo(ImpactScale.defaults());
    assertThat(yef.sections())
        .containsExactly(
            "what-is-it",
            "effectiveness",
            "evidence-security",
            "implementation",
            "cost",
            "topic-summary",
            "further-reading");
    assertThat(yef.labels()).isEmpty();
    assertThat(yef.rules().isEmpty()).isTrue();
    assertThat(yef.isDefault()).isTrue();
    assertThat(Toolkit.builder().title("T").build().profile()).isEqualTo(yef);
  }

  @Test
  void yefWordsViolenceAndCrimeInPercent() {
    Profile yef = Profile.yef();
    ImpactRating crime = ImpactRating.of(ImpactBand.HIGH, new BigDecimal("33"), "crime");
    assertThat(yef.describe(crime, new BigDecimal("33"))).isEqualTo("33% less crime");
    ImpactRating violence = ImpactRating.of(ImpactBand.MODERATE, new BigDecimal("21"));
    assertThat(yef.describe(violence, new BigDecimal("21"))).isEqualTo("21% less violence");
    assertThat(yef.describe(violence, new BigDecimal("-4.5"))).isEqualTo("4.5% more violence");
    assertThat(yef.describe(violence, BigDecimal.ZERO)).isEqualTo("no change in violence");
  }

  @Test
  void anUndeclaredMeasureIsWordedAsTheBareNumber() {
    ImpactRating rating = ImpactRating.of(ImpactBand.HIGH, new BigDecimal("40"), "jobs");
    assertThat(Profile.yef().measureOf(rating)).isEmpty();
    assertThat(Profile.yef().describe(rating, new BigDecimal("40"))).isEqualTo("40");
  }

  @Test
  void aProfileOverridesOnlyWhatItGives() {
    Profile learning =
        Profile.builder()
            .name("learning-months")
            .addMeasure(MONTHS)
            .putLabel("rating.evidence", "Evidence strength")
            .rules(RuleSettings.builder().addOff("prevention.present").build())
            .build();
    assertThat(learning.measures()).containsExactly(MONTHS);
    assertThat(learning.defaultMeasure().describe(new BigDecimal("3"))).isEqualTo("+3 months");
    assertThat(learning.impactScale()).isEqualTo(ImpactScale.defaults());
    assertThat(learning.sections()).isEqualTo(Profile.yef().sections());
    assertThat(learning.language()).isEqualTo("en-GB");
    assertThat(learning.rules().isOff("prevention.present")).isTrue();
    assertThat(learning.rules().settingOf("setting.present")).isEmpty();
    assertThat(learning.isDefault()).isFalse();
  }

  @Test
  void refusesWhatCannotMeanAnything() {
    assertThatThrownBy(() -> Profile.builder().name("Not Kebab").build())
        .hasMessageContaining("kebab-case");
    assertThatThrownBy(() -> Profile.builder().name("p").base("eef").build())
        .hasMessageContaining("only built-in is yef");
    assertThatThrownBy(() -> Profile.builder().name("p").measures(List.of(MONTHS, MONTHS)).build())
        .hasMessageContaining("lists measure attainment twice");
    assertThatThrownBy(
            () -> Profile.builder().name("p").sections(List.of("cost", "cost")).build())
        .hasMessageContaining("lists section cost twice");
    assertThatThrownBy(
            () ->
                RuleSettings.builder().addOff("text.length").addWarning("text.length").build())
        .hasMessageContaining("more than one setting");
  }

  @Test
  void aMeasureWordingMustShowTheValue() {
    assertThatThrownBy(
            () ->
                Measure.builder()
                    .id("m")
                    .outcome("jobs")
                    .unit("percentage-points")
                    .better("more jobs")
                    .worse("{0} fewer")
                    .none("none")
                    .build())
        .hasMessageContaining("{0}");
  }

  @Test
  void anExtremeEstimateIsWordedCompactly() {
    assertThat(MONTHS.describe(new BigDecimal("1E+999999999"))).isEqualTo("+1E+999999999 months");
    assertThat(MONTHS.describe(new BigDecimal("-2.50"))).isEqualTo("−2.50 months");
  }

  @Test
  void aRatingKeepsItsMeasureWhenItsEstimateIsNormalised() {
    ImpactRating rating = ImpactRating.of(ImpactBand.HIGH, new BigDecimal("33.0"), "crime");
    assertThat(rating.estimate()).contains(new BigDecimal("33"));
    assertThat(rating.measure()).contains("crime");
  }
}
