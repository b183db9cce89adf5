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
    String yaml = YAML.writeAsString(toolkit);
    Toolkit fromYaml = READER.with(DocumentFormat.YAML)
        .readToolkit(Source.named("t.yaml").text(yaml));
    assertThat(fromYaml).as(yaml).isEqualTo(toolkit);
    String json = JSON.writeAsString(fromYaml);
    Toolkit fromJson = READER.with(DocumentFormat.JSON)
        .readToolkit(Source.named("t.json").text(json));
    assertThat(fromJson).as(json).isEqualTo(toolkit);
    assertThat(YAML.writeAsString(fromJson)).isEqualTo(yaml);
    assertThat(JSON.writeAsString(fromJson)).isEqualTo(json);
  }

  static void roundTripsThroughBothFormats(Intervention intervention) {
    String yaml = YAML.writeAsString(intervention);
    Intervention fromYaml = READER.with(DocumentFormat.YAML)
        .readIntervention(Source.named("i.yaml").text(yaml));
    assertThat(fromYaml).as(yaml).isEqualTo(intervention);
    String json = JSON.writeAsString(fromYaml);
    Intervention fromJson = READER.with(DocumentFormat.JSON)
        .readIntervention(Source.named("i.json").text(json));
    assertThat(fromJson).as(json).isEqualTo(intervention);
    assertThat(YAML.writeAsString(fromJson)).isEqualTo(yaml);
  }

  @Test
  void aToolkitWithAProfileRoundTripsInJsonAndYaml() {
    roundTripsThroughBothFormats(Samples.learning());
    assertThat(READER.with(DocumentFormat.YAML)
        .readToolkit(Source.named("t").text(YAML.writeAsString(Samples.learning())))
        .profile()).isEqualTo(Samples.learningProfile());
  }

  @Test
  void aToolkitWithoutAProfileRoundTripsAndWritesNoProfileField() {
    roundTripsThroughBothFormats(Samples.toolkit());
    assertThat(YAML.writeAsString(Samples.toolkit())).doesNotContain("\nprofile:")
        .doesNotContain("\nabout:").doesNotContain("\nsource:");
    assertThat(READER.with(DocumentFormat.YAML)
        .readToolkit(Source.named("t").text(YAML.writeAsString(Samples.toolkit())))
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
    String yaml = YAML.writeAsString(withBoth);
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
    assertThat(READER.with(DocumentFormat.YAML)
        .readIntervention(Source.named("i").text(yaml)).sections().keySet())
        .containsExactly("behind-the-average", "case-study", "a-third");
  }

  @Test
  void fieldsAreWrittenInTheSpecifiedOrder() {
    String json = JSON.writeAsString(Samples.learning());
    assertThat(json.indexOf("\"formatVersion\"")).isLessThan(json.indexOf("\"title\""));
    assertThat(json.indexOf("\"title\"")).isLessThan(json.indexOf("\"about\""));
    assertThat(json.indexOf("\"about\"")).isLessThan(json.indexOf("\"source\""));
    assertThat(json.indexOf("\"source\"")).isLessThan(json.indexOf("\"profile\""));
    assertThat(json.indexOf("\"profile\"")).isLessThan(json.indexOf("\"interventions\""));
    // an intervention's sections come right after topicSummary (or where it would be)
    String intervention = JSON.writeAsString(Intervention.builder().from(Samples.full())
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
    assertThat(YAML.writeAsString(toolkit)).isEqualTo("""
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
    Toolkit read = READER.with(DocumentFormat.YAML)
        .readToolkit(Source.named("t.yaml").text(restated));
    assertThat(read.profile()).isEqualTo(Profile.yef());
    assertThat(YAML.writeAsString(read)).isEqualTo("formatVersion: 1\ntitle: T\n");
    // an explicit extends is kept, as the author wrote it
    Toolkit extended = READER.with(DocumentFormat.YAML)
        .readToolkit(Source.named("t.yaml").text("title: T\nprofile: {extends: yef}\n"));
    assertThat(extended.profile().base()).contains("yef");
    assertThat(YAML.writeAsString(extended)).endsWith("profile:\n  extends: yef\n");
  }

  @Test
  void measuresScaleAndSectionsReplaceTheInheritedValueWhole() {
    Toolkit read = READER.with(DocumentFormat.YAML).readToolkit(Source.named("t.yaml").text("""
        title: T
        profile:
          name: deterrence
          measures:
            - {id: crime, outcome: crime, unit: percent, better: "{0}% less crime", worse: "{0}% more crime", none: no change in crime}
          impactScale: {version: strict-1, highFrom: 40, moderateFrom: 10.50, lowFrom: 2, harmfulTo: -2}
          sections: [effectiveness, what-is-it]
        """));
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
    Toolkit read = READER.with(DocumentFormat.YAML).readToolkit(Source.named("t.yaml").text("""
        title: T
        profile:
          labels:
            section.cost: What does it cost?
            band.high: Strong impact
            rating.evidence: Evidence strength
            setting.youth-club: Youth club
        """));
    assertThat(read.profile().labels().keySet()).containsExactly(
        "section.cost", "band.high", "rating.evidence", "setting.youth-club");
    assertThat(read.profile().name()).isEqualTo("yef");
    assertThat(YAML.writeAsString(read)).contains("""
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
    Files.writeString(file, YAML.writeAsString(Samples.learning())
        // an unfinished intervention does not stand in the way of the profile
        .replace("title: Breakfast clubs", "titel: Breakfast clubs"));
    assertThat(READER.readProfile(file)).isEqualTo(Samples.learningProfile());
    assertThatThrownBy(() -> READER.readToolkit(file)).isInstanceOf(ToolkitFormatException.class);

    Path plain = dir.resolve("plain.json");
    Files.writeString(plain, JSON.writeAsString(Samples.toolkit()));
    assertThat(READER.readProfile(plain)).isSameAs(Profile.yef());

    assertThat(READER.with(DocumentFormat.YAML)
        .readProfile(Source.named("s").text(YAML.writeAsString(Samples.learning()))))
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
    String yaml = GoldenFilesTest.golden("learning-toolkit.yaml", YAML.writeAsString(Samples.learning()));
    String json = GoldenFilesTest.golden("learning-toolkit.json", JSON.writeAsString(Samples.learning()));
    Toolkit fromYaml = READER.with(DocumentFormat.YAML)
        .readToolkit(Source.named("learning-toolkit.yaml").text(yaml));
    assertThat(JSON.writeAsString(fromYaml)).isEqualTo(json);
    Toolkit fromJson = READER.with(DocumentFormat.JSON)
        .readToolkit(Source.named("learning-toolkit.json").text(json));
    assertThat(YAML.writeAsString(fromJson)).isEqualTo(yaml);
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
