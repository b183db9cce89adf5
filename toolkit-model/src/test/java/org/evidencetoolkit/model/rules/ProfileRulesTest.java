package org.evidencetoolkit.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.evidencetoolkit.model.ImpactBand;
import org.evidencetoolkit.model.ImpactRating;
import org.evidencetoolkit.model.ImpactScale;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Measure;
import org.evidencetoolkit.model.Profile;
import org.evidencetoolkit.model.RuleSettings;
import org.evidencetoolkit.model.Samples;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.model.text.RichText;
import org.junit.jupiter.api.Test;

/** Content rules under a profile: its measures, scale, sections and rule settings. */
class ProfileRulesTest {
  private static final Measure MONTHS =
      Measure.builder()
          .id("attainment")
          .outcome("attainment")
          .unit("months")
          .better("+{0} months")
          .worse("−{0} months")
          .none("no change in attainment")
          .build();

  private static final ImpactScale LEARNING =
      ImpactScale.builder()
          .version("learning-1")
          .highFrom(new BigDecimal("4"))
          .moderateFrom(new BigDecimal("2"))
          .lowFrom(BigDecimal.ONE)
          .harmfulTo(new BigDecimal("-1"))
          .build();

  private static final Profile PROFILE =
      Profile.builder()
          .name("learning-months")
          .addMeasure(MONTHS)
          .impactScale(LEARNING)
          .sections(
              List.of(
                  "what-is-it",
                  "effectiveness",
                  "behind-the-average",
                  "implementation",
                  "cost",
                  "evidence-security",
                  "topic-summary",
                  "further-reading"))
          .putLabel("section.behind-the-average", "Behind the average")
          .rules(
              RuleSettings.builder()
                  .addOff("prevention.present")
                  .addWarning("setting.present")
                  .build())
          .build();

  private static Intervention withImpact(ImpactRating impact) {
    return Intervention.builder().from(Samples.clean()).impact(impact).build();
  }

  @Test
  void judgesEstimatesByTheProfilesScaleAndWordsThemInItsMeasure() {
    Intervention wrong = withImpact(ImpactRating.of(ImpactBand.MODERATE, new BigDecimal("5")));
    List<Violation> found =
        ContentRules.defaults().withProfile(PROFILE).validate(wrong).of(RuleIds.IMPACT_ESTIMATE_MATCHES_BAND);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).message())
        .isEqualTo(
            "Estimate +5 months is in the High band (4 or more) under scale \"learning-1\", but the"
                + " band is Moderate (2 to under 4). Correct the estimate or set the band to High.");
    Intervention right = withImpact(ImpactRating.of(ImpactBand.MODERATE, new BigDecimal("3")));
    assertThat(ContentRules.defaults().withProfile(PROFILE).validate(right).violations()).isEmpty();
  }

  @Test
  void aToolkitIsJudgedUnderItsOwnProfile() {
    Intervention three = withImpact(ImpactRating.of(ImpactBand.MODERATE, new BigDecimal("3")));
    Toolkit toolkit = Toolkit.builder().title("Learning").profile(PROFILE).addIntervention(three).build();
    assertThat(ContentRules.defaults().validate(toolkit).violations()).isEmpty();
    Toolkit yef = Toolkit.builder().from(toolkit).profile(Profile.yef()).build();
    assertThat(ContentRules.defaults().validate(yef).of(RuleIds.IMPACT_ESTIMATE_MATCHES_BAND))
        .singleElement()
        .satisfies(v -> assertThat(v.message()).contains("3% less violence", "yef-2024"));
  }

  @Test
  void theApplicationsProfileWinsOverTheToolkits() {
    Intervention three = withImpact(ImpactRating.of(ImpactBand.MODERATE, new BigDecimal("3")));
    Toolkit toolkit = Toolkit.builder().title("T").addIntervention(three).build();
    assertThat(ContentRules.defaults().withProfile(PROFILE).validate(toolkit).violations()).isEmpty();
  }

  @Test
  void ruleSettingsTurnRulesOffAndChangeSeverity() {
    Intervention bare =
        Intervention.builder()
            .from(withImpact(ImpactRating.of(ImpactBand.MODERATE, new BigDecimal("21"))))
            .preventionTypes(List.of())
            .settings(List.of())
            .build();
    ValidationReport yef = ContentRules.defaults().validate(bare);
    assertThat(yef.of(RuleIds.PREVENTION_PRESENT)).singleElement().extracting(Violation::severity).isEqualTo(Severity.ERROR);
    assertThat(yef.of(RuleIds.SETTING_PRESENT)).singleElement().extracting(Violation::severity).isEqualTo(Severity.ERROR);

    ValidationReport learning = ContentRules.defaults().withProfile(PROFILE).validate(bare);
    assertThat(learning.of(RuleIds.PREVENTION_PRESENT)).isEmpty();
    assertThat(learning.of(RuleIds.SETTING_PRESENT)).singleElement().extracting(Violation::severity).isEqualTo(Severity.WARNING);

    Intervention inMonths =
        Intervention.builder()
            .from(bare)
            .impact(ImpactRating.of(ImpactBand.MODERATE, new BigDecimal("3")))
            .build();
    Toolkit toolkit = Toolkit.builder().title("T").profile(PROFILE).addIntervention(inMonths).build();
    ValidationReport inToolkit = ContentRules.defaults().validate(toolkit);
    assertThat(inToolkit.of(RuleIds.PREVENTION_PRESENT)).isEmpty();
    assertThat(inToolkit.of(RuleIds.SETTING_PRESENT)).singleElement().extracting(Violation::severity).isEqualTo(Severity.WARNING);
    assertThat(inToolkit.hasErrors()).isFalse();
  }

  @Test
  void aWarningCanBeMadeAnError() {
    Profile strict =
        Profile.builder().name("strict").rules(RuleSettings.builder().addError(RuleIds.TEXT_LENGTH).build()).build();
    Intervention longTitle = Intervention.builder().from(Samples.clean()).title("x".repeat(101)).build();
    assertThat(ContentRules.defaults().withProfile(strict).validate(longTitle).of(RuleIds.TEXT_LENGTH))
        .singleElement()
        .extracting(Violation::severity)
        .isEqualTo(Severity.ERROR);
  }

  @Test
  void measureKnownReportsAnUndeclaredMeasureWithASuggestion() {
    Intervention typo = withImpact(ImpactRating.of(ImpactBand.HIGH, new BigDecimal("33"), "crim"));
    Violation v = RuleCheck.single(typo, RuleIds.IMPACT_MEASURE_KNOWN, Severity.ERROR, "/impact/measure");
    assertThat(v.message())
        .isEqualTo(
            "The measure \"crim\" is not one that profile \"yef\" declares (\"violence\", \"crime\")."
                + " Did you mean \"crime\"?");
    Intervention crime = withImpact(ImpactRating.of(ImpactBand.HIGH, new BigDecimal("33"), "crime"));
    assertThat(RuleCheck.violations(crime, RuleIds.IMPACT_MEASURE_KNOWN)).isEmpty();
    assertThat(ContentRules.defaults().withProfile(PROFILE).validate(crime).of(RuleIds.IMPACT_MEASURE_KNOWN))
        .singleElement()
        .satisfies(x -> assertThat(x.message()).contains("\"attainment\"").contains("declare it"));
  }

  @Test
  void sectionKnownAcceptsListedNamedSections() {
    Intervention behind =
        Intervention.builder()
            .from(withImpact(ImpactRating.of(ImpactBand.MODERATE, new BigDecimal("3"))))
            .putSection("behind-the-average", RichText.paragraph("Larger gains for younger pupils."))
            .build();
    assertThat(ContentRules.defaults().withProfile(PROFILE).validate(behind).violations()).isEmpty();
    Violation v = RuleCheck.single(behind, RuleIds.SECTION_KNOWN, Severity.ERROR, "/sections/behind-the-average");
    assertThat(v.message()).contains("is not in the sections of profile \"yef\"");
  }

  @Test
  void sectionKnownReportsAMissingHeadingABuiltInIdAndHiddenContent() {
    Profile noHeading =
        Profile.builder().from(PROFILE).labels(java.util.Map.of()).build();
    Intervention behind =
        Intervention.builder()
            .from(Samples.clean())
            .putSection("behind-the-average", RichText.paragraph("Text."))
            .putSection("cost", RichText.paragraph("Text."))
            .putSection("a/b~c", RichText.paragraph("Text."))
            .build();
    List<Violation> found =
        ContentRules.defaults().withProfile(noHeading).validate(behind).of(RuleIds.SECTION_KNOWN);
    assertThat(found)
        .extracting(Violation::path)
        .containsExactly("/sections/behind-the-average", "/sections/cost", "/sections/a~1b~0c");
    assertThat(found.get(0).message()).contains("has no heading", "\"section.behind-the-average\"");
    assertThat(found.get(1).message()).contains("built-in section", "\"costDetails\"");

    Profile short_ = Profile.builder().name("short").sections(List.of("what-is-it")).build();
    List<Violation> hidden =
        ContentRules.defaults().withProfile(short_).validate(Samples.clean()).of(RuleIds.SECTION_KNOWN);
    assertThat(hidden).extracting(Violation::path).contains("/effectiveness", "/evidenceSecurity");
    assertThat(hidden.get(0).message()).contains("would not be shown");
  }
}
