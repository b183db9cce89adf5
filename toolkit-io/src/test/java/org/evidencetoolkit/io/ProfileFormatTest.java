package org.evidencetoolkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.evidencetoolkit.model.ImpactBand;
import org.evidencetoolkit.model.ImpactRating;
import org.evidencetoolkit.model.ImpactScale;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Profile;
import org.evidencetoolkit.model.RuleSettings;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.model.rules.ContentRules;
import org.evidencetoolkit.model.text.RichText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SPEC §11 fields in the document format: toolkit {@code about}, {@code source} and {@code
 * profile}, intervention {@code impact.measure} and {@code sections}; read and written in JSON
 * and YAML, canonically (what equals the inherited value is left out) and losslessly.
 */
class ProfileFormatTest {
  private static final ToolkitReader READER = ToolkitReader.defaults();
  private static final ToolkitWriter JSON = ToolkitWriter.builder().format(DocumentFormat.JSON).build();
  private static final ToolkitWriter YAML = ToolkitWriter.defaults();

  @TempDir Path dir;

  /** YAML → model → JSON → model → YAML gives the YAML back, and both models are equal. */
  static void roundTripsThroughBothFormats(Toolkit toolkit) {
    String yaml = YAML.toString(toolkit);
    Toolkit fromYaml = READER.readToolkit(yaml, DocumentFormat.YAML, "t.yaml");
    assertThat(fromYaml).as(yaml).isEqualTo(toolkit);
    String json = JSON.toString(fromYaml);
    Toolkit fromJson = READER.readToolkit(json, DocumentFormat.JSON, "t.json");
    assertThat(fromJson).as(json).isEqualTo(toolkit);
    assertThat(YAML.toString(fromJson)).isEqualTo(yaml);
    assertThat(JSON.toString(fromJson)).isEqualTo(json);
  }

  static void roundTripsThroughBothFormats(Intervention intervention) {
    String yaml = YAML.toString(intervention);
    Intervention fromYaml = READER.readIntervention(yaml, DocumentFormat.YAML, "i.yaml");
    assertThat(fromYaml).as(yaml).isEqualTo(intervention);
    String json = JSON.toString(fromYaml);
    Intervention fromJson = READER.readIntervention(json, DocumentFormat.JSON, "i.json");
    assertThat(fromJson).as(json).isEqualTo(intervention);
    assertThat(YAML.toString(fromJson)).isEqualTo(yaml);
  }

  @Test
  void aToolkitWithAProfileRoundTripsInJsonAndYaml() {
    roundTripsThroughBothFormats(Samples.learning());
    assertThat(READER.readToolkit(YAML.toString(Samples.learning()), DocumentFormat.YAML, "t")
        .profile()).isEqualTo(Samples.learningProfile());
  }

  @Test
  void aToolkitWithoutAProfileRoundTripsAndWritesNoProfileField() {
    roundTripsThroughBothFormats(Samples.toolkit());
    assertThat(YAML.toString(Samples.toolkit())).doesNotContain("\nprofile:")
        .doesNotContain("\nabout:").doesNotContain("\nsource:");
    assertThat(READER.readToolkit(YAML.toString(Samples.toolkit()), DocumentFormat.YAML, "t")
        .profile()).isSameAs(Profile.yef());
  }

  @Test
  void anInterventionWithMeasureAndSectionsRoundTrips() {
    Intervention withBoth = Intervention.builder().from(Samples.rated())
        .impact(ImpactRating.of(ImpactBand.HIGH, new BigDecimal("33"), "crime"))
        .putSection("behind-the-average", RichText.paragraph("Larger for *younger* pupils."))
        .putSection("case-study", RichText.empty())
        .putSection("a-third", RichText.paragraph("Kept in the order written."))
        .build();
    roundTripsThroughBothFormats(withBoth);
    roundTripsThroughBothFormats(Samples.full());
    String yaml = YAML.toString(withBoth);
    assertThat(yaml).contains("""
        impact:
          band: high
          estimate: 33
          measure: crime
        """).contains("""
        sections:
          behind-the-average: Larger for \\*younger\\* pupils.
          case-study: ''
          a-third: Kept in the order written.
        """);
    assertThat(READER.readIntervention(yaml, DocumentFormat.YAML, "i").sections().keySet())
        .containsExactly("behind-the-average", "case-study", "a-third");
  }

  @Test
  void fieldsAreWrittenInTheSpecifiedOrder() {
    String json = JSON.toString(Samples.learning());
    assertThat(json.indexOf("\"formatVersion\"")).isLessThan(json.indexOf("\"title\""));
    assertThat(json.indexOf("\"title\"")).isLessThan(json.indexOf("\"about\""));
    assertThat(json.indexOf("\"about\"")).isLessThan(json.indexOf("\"source\""));
    assertThat(json.indexOf("\"source\"")).isLessThan(json.indexOf("\"profile\""));
    assertThat(json.indexOf("\"profile\"")).isLessThan(json.indexOf("\"interventions\""));
    // an intervention's sections come right after topicSummary (or where it would be)
    String intervention = JSON.toString(Intervention.builder().from(Samples.full())
        .putSection("behind-the-average", RichText.paragraph("x")).build());
    assertThat(intervention.indexOf("\"topicSummary\"")).isLessThan(intervention.indexOf("\"sections\""));
    assertThat(intervention.indexOf("\"sections\"")).isLessThan(intervention.indexOf("\"resources\""));
  }

  @Test
  void aProfileWritesOnlyWhatDiffersFromYef() {
    Profile labelsOnly = Profile.builder().name("yef-welsh").language("cy")
        .putLabel("rating.cost", "Cost")
        .rules(RuleSettings.builder().addWarning("setting.present").build())
        .build();
    Toolkit toolkit = Toolkit.builder().title("T").profile(labelsOnly).build();
    assertThat(YAML.toString(toolkit)).isEqualTo("""
        formatVersion: 1
        title: T
        profile:
          name: yef-welsh
          language: cy
          labels:
            rating.cost: Cost
          rules:
            warning:
              - setting.present
        """);
    roundTripsThroughBothFormats(toolkit);
  }

  @Test
  void aProfileThatRestatesYefIsCanonicallyLeftOut() {
    String restated = """
        title: T
        profile:
          name: yef
          language: en-GB
          impactScale: {version: yef-2024, highFrom: 30.0, moderateFrom: 10, lowFrom: 2, harmfulTo: -2}
          sections: [what-is-it, effectiveness, evidence-security, implementation, cost, topic-summary, further-reading]
          labels: {}
          rules: {off: []}
        """;
    Toolkit read = READER.readToolkit(restated, DocumentFormat.YAML, "t.yaml");
    assertThat(read.profile()).isEqualTo(Profile.yef());
    assertThat(YAML.toString(read)).isEqualTo("formatVersion: 1\ntitle: T\n");
    // an explicit extends is kept, as the author wrote it
    Toolkit extended = READER.readToolkit("title: T\nprofile: {extends: yef}\n",
        DocumentFormat.YAML, "t.yaml");
    assertThat(extended.profile().base()).contains("yef");
    assertThat(YAML.toString(extended)).endsWith("profile:\n  extends: yef\n");
  }

  @Test
  void measuresScaleAndSectionsReplaceTheInheritedValueWhole() {
    Toolkit read = READER.readToolkit("""
        title: T
        profile:
          name: deterrence
          measures:
            - {id: crime, outcome: crime, unit: percent, better: "{0}% less crime", worse: "{0}% more crime", none: no change in crime}
          impactScale: {version: strict-1, highFrom: 40, moderateFrom: 10.50, lowFrom: 2, harmfulTo: -2}
          sections: [effectiveness, what-is-it]
        """, DocumentFormat.YAML, "t.yaml");
    Profile profile = read.profile();
    assertThat(profile.measures()).extracting(m -> m.id()).containsExactly("crime");
    assertThat(profile.defaultMeasure().describe(new BigDecimal("12"))).isEqualTo("12% less crime");
    assertThat(profile.impactScale()).isEqualTo(ImpactScale.builder().version("strict-1")
        .highFrom(new BigDecimal("40")).moderateFrom(new BigDecimal("10.5"))
        .lowFrom(new BigDecimal("2")).harmfulTo(new BigDecimal("-2")).build());
    assertThat(profile.sections()).containsExactly("effectiveness", "what-is-it");
    assertThat(profile.labels()).isEmpty();
    roundTripsThroughBothFormats(read);
  }

  @Test
  void labelsKeepTheOrderRead() {
    Toolkit read = READER.readToolkit("""
        title: T
        profile:
          labels:
            section.cost: What does it cost?
            band.high: Strong impact
            rating.evidence: Evidence strength
            setting.youth-club: Youth club
        """, DocumentFormat.YAML, "t.yaml");
    assertThat(read.profile().labels().keySet()).containsExactly(
        "section.cost", "band.high", "rating.evidence", "setting.youth-club");
    assertThat(read.profile().name()).isEqualTo("yef");
    assertThat(YAML.toString(read)).contains("""
          labels:
            section.cost: What does it cost?
            band.high: Strong impact
            rating.evidence: Evidence strength
            setting.youth-club: Youth club
        """);
    roundTripsThroughBothFormats(read);
  }

  @Test
  void aFolderKeepsTheProfileAboutAndSourceInItsToolkitFile() throws IOException {
    for (DocumentFormat format : DocumentFormat.values()) {
      Path folder = dir.resolve(format.name());
      ToolkitWriter.builder().format(format).build().writeFolder(Samples.learning(), folder);
      String head = Files.readString(folder.resolve("toolkit." + format.extension()));
      assertThat(head).contains("learning-months").contains("Where the real figures");
      assertThat(READER.readToolkit(folder)).isEqualTo(Samples.learning());
      assertThat(READER.readProfile(folder)).isEqualTo(Samples.learningProfile());
    }
  }

  @Test
  void readProfileTakesTheProfileOfAToolkitFileWithoutReadingItsInterventions()
      throws IOException {
    Path file = dir.resolve("learning.yaml");
    Files.writeString(file, YAML.toString(Samples.learning())
        // an unfinished intervention does not stand in the way of the profile
        .replace("title: Breakfast clubs", "titel: Breakfast clubs"));
    assertThat(READER.readProfile(file)).isEqualTo(Samples.learningProfile());
    assertThatThrownBy(() -> READER.readToolkit(file)).isInstanceOf(ToolkitFormatException.class);

    Path plain = dir.resolve("plain.json");
    Files.writeString(plain, JSON.toString(Samples.toolkit()));
    assertThat(READER.readProfile(plain)).isSameAs(Profile.yef());

    assertThat(READER.readProfile(YAML.toString(Samples.learning()), DocumentFormat.YAML, "s"))
        .isEqualTo(Samples.learningProfile());
    assertThatThrownBy(() -> READER.readProfile(dir.resolve("missing.yaml")))
        .isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void readProfileReportsTheProfilesProblemsLocated() throws IOException {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, "title: T\nprofile:\n  extends: eef\n");
    ToolkitFormatException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        ToolkitFormatException.class, () -> READER.readProfile(file));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.source()).isEqualTo(file.toString());
      assertThat(p.line()).isEqualTo(3);
      assertThat(p.column()).isEqualTo(12);
      assertThat(p.pointer()).isEqualTo("/profile/extends");
    });
  }

  @Test
  void theEstimateMessageNoLongerAssumesViolence() {
    Problem p = ProblemReportingTest.only(
        "id: x\ntitle: T\nimpact: {band: low, estimate: lots, measure: attainment}\n",
        DocumentFormat.YAML);
    assertThat(p.pointer()).isEqualTo("/impact/estimate");
    assertThat(p.message()).isEqualTo(
        "\"estimate\" should be a number (the estimated change in the measure, positive = better),"
            + " found the text \"lots\"");
    assertThat(List.of(p.line(), p.column())).containsExactly(3, 31);
  }

  @Test
  void theLearningGoldenPairConvertsIntoEachOtherAndPassesTheContentRules() throws IOException {
    String yaml = GoldenFilesTest.golden("learning-toolkit.yaml", YAML.toString(Samples.learning()));
    String json = GoldenFilesTest.golden("learning-toolkit.json", JSON.toString(Samples.learning()));
    Toolkit fromYaml = READER.readToolkit(yaml, DocumentFormat.YAML, "learning-toolkit.yaml");
    assertThat(JSON.toString(fromYaml)).isEqualTo(json);
    Toolkit fromJson = READER.readToolkit(json, DocumentFormat.JSON, "learning-toolkit.json");
    assertThat(YAML.toString(fromJson)).isEqualTo(yaml);
    assertThat(fromJson).isEqualTo(fromYaml).isEqualTo(Samples.learning());
    // the sample is coherent under its own profile: measures declared, sections listed and named,
    // prevention.present off, every estimate in its band on the learning scale
    assertThat(ContentRules.defaults().validate(fromYaml).violations()).isEmpty();
  }

  @Test
  void hostileThresholdsAreRefusedLikeHostileEstimates() {
    Problem p = ProfileProblemsTest.only("title: T\nprofile:\n  impactScale: {version: v,"
        + " highFrom: 1e999999, moderateFrom: 2, lowFrom: 1, harmfulTo: -1}\n");
    assertThat(p.kind()).isEqualTo(Problem.Kind.BAD_VALUE);
    assertThat(p.pointer()).isEqualTo("/profile/impactScale/highFrom");
    assertThat(p.message()).isEqualTo(
        "\"highFrom\" 1e999999 has more than 20 digits before or after the decimal point");
  }
}
