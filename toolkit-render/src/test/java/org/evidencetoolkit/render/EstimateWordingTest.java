package org.evidencetoolkit.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.evidencetoolkit.model.ImpactBand;
import org.evidencetoolkit.model.ImpactRating;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Profile;
import org.evidencetoolkit.model.Toolkit;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every estimate is worded by its measure, in every view: each measure (violence, crime, months)
 * in each direction, the profile's first measure when none is named, and a bare number for a
 * measure the profile does not declare.
 */
class EstimateWordingTest {
  static Stream<Arguments> estimates() {
    Profile yef = Profile.yef();
    Profile learning = LearningFixtures.profile();
    return Stream.of(
        Arguments.of(yef, ImpactBand.MODERATE, "21", "", "Moderate impact (21% less violence)"),
        Arguments.of(yef, ImpactBand.HARMFUL, "-4", "", "Harmful (4% more violence)"),
        Arguments.of(yef, ImpactBand.NO_EFFECT, "0", "", "No effect (no change in violence)"),
        Arguments.of(yef, ImpactBand.MODERATE, "21", "violence", "Moderate impact (21% less violence)"),
        Arguments.of(yef, ImpactBand.HIGH, "33", "crime", "High impact (33% less crime)"),
        Arguments.of(yef, ImpactBand.HARMFUL, "-2.5", "crime", "Harmful (2.5% more crime)"),
        Arguments.of(yef, ImpactBand.NO_EFFECT, "0", "crime", "No effect (no change in crime)"),
        Arguments.of(learning, ImpactBand.MODERATE, "3", "", "Moderate impact (+3 months)"),
        Arguments.of(learning, ImpactBand.HIGH, "4.5", "attainment", "High impact (+4.5 months)"),
        Arguments.of(learning, ImpactBand.HARMFUL, "-3", "attainment", "Harmful (−3 months)"),
        Arguments.of(learning, ImpactBand.NO_EFFECT, "0", "", "No effect (no change in attainment)"),
        // A measure the profile does not declare (the rule impact.measure-known reports it).
        Arguments.of(learning, ImpactBand.LOW, "1", "violence", "Low impact (1)"),
        Arguments.of(yef, ImpactBand.LOW, "-7", "months", "Low impact (-7)"));
  }

  static Intervention rated(ImpactBand band, String estimate, String measure) {
    BigDecimal value = new BigDecimal(estimate);
    return Intervention.builder()
        .from(Fixtures.minimal())
        .impact(measure.isEmpty() ? ImpactRating.of(band, value) : ImpactRating.of(band, value, measure))
        .build();
  }

  @ParameterizedTest(name = "{4}")
  @MethodSource("estimates")
  void everyViewWordsTheEstimateByItsMeasure(
      Profile profile, ImpactBand band, String estimate, String measure, String expected) {
    Intervention i = rated(band, estimate, measure);
    Toolkit toolkit = Toolkit.builder().title("T").profile(profile).addIntervention(i).build();
    TextRenderer text = TextRenderer.builder().width(120).profile(profile).build();
    HtmlRenderer html = HtmlRenderer.builder().profile(profile).build();
    List<String> outputs =
        List.of(
            text.render(i),
            text.renderComparison(List.of(i)),
            TextRenderer.builder().width(120).build().renderIndex(toolkit),
            MarkdownRenderer.builder().profile(profile).build().render(i),
            Jsoup.parse(html.render(i)).select("div.et-band-" + kebab(band) + " .et-tile-words").text(),
            Jsoup.parse(HtmlRenderer.defaults().renderIndex(toolkit)).select("td.et-cell-impact").text(),
            Jsoup.parse(html.renderComparison(List.of(i))).select("td.et-band-" + kebab(band)).text());
    for (String output : outputs) {
      assertThat(output).contains(expected);
    }
    if (!profile.isDefault()) {
      assertThat(String.join("\n", outputs)).doesNotContainIgnoringCase("violence").doesNotContain("% less");
    }
  }

  private static String kebab(ImpactBand band) {
    return band.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
