package org.evidencetoolkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.evidencetoolkit.model.ImpactBand;
import org.evidencetoolkit.model.ImpactRating;
import org.evidencetoolkit.model.Intervention;
import org.junit.jupiter.api.Test;

/** The {@code headlineOnly} flag: read as a boolean, written only when set, refused otherwise. */
class HeadlineOnlyFieldTest {
  private static final ToolkitReader READER = ToolkitReader.defaults();

  private static final Intervention HEADLINE =
      Intervention.builder()
          .id("mentoring")
          .title("Mentoring")
          .impact(ImpactRating.of(ImpactBand.MODERATE))
          .headlineOnly(true)
          .build();

  @Test
  void readsTrueAndFalseInBothFormats() {
    assertThat(READER.with(DocumentFormat.JSON).readIntervention(
            Source.named("a.json")
                .text("{\"id\": \"a\", \"title\": \"A\", \"impact\": {\"band\": \"low\"}, \"headlineOnly\": true}")).headlineOnly())
        .isTrue();
    assertThat(READER.with(DocumentFormat.YAML).readIntervention(
            Source.named("a.yaml")
                .text("id: a\ntitle: A\nimpact: {band: low}\nheadlineOnly: false\n")).headlineOnly())
        .isFalse();
    assertThat(READER.with(DocumentFormat.YAML).readIntervention(
            Source.named("a.yaml").text("id: a\ntitle: A\nimpact: {band: low}\n")).headlineOnly())
        .isFalse();
  }

  @Test
  void isWrittenAfterTheStudyCountOnlyWhenSet() {
    String yaml = ToolkitWriter.defaults().writeAsString(HEADLINE);
    assertThat(yaml).contains("cost: '?'\nheadlineOnly: true\n");
    String json =
        ToolkitWriter.builder().format(DocumentFormat.JSON).build().writeAsString(HEADLINE);
    assertThat(json).contains("\"headlineOnly\": true");
    Intervention full = Intervention.builder().from(HEADLINE).headlineOnly(false).build();
    assertThat(ToolkitWriter.defaults().writeAsString(full)).doesNotContain("headlineOnly");
    assertThat(READER.with(DocumentFormat.YAML)
        .readIntervention(Source.named("a.yaml").text(yaml))).isEqualTo(HEADLINE);
    assertThat(READER.with(DocumentFormat.JSON)
        .readIntervention(Source.named("a.json").text(json))).isEqualTo(HEADLINE);
  }

  @Test
  void refusesAnythingButABooleanWithItsPlace() {
    Problem yes =
        ProblemReportingTest.only(
            "id: a\ntitle: A\nimpact: {band: low}\nheadlineOnly: yes\n", DocumentFormat.YAML);
    assertThat(yes.kind()).isEqualTo(Problem.Kind.WRONG_TYPE);
    assertThat(yes.pointer()).isEqualTo("/headlineOnly");
    assertThat(yes.line()).isEqualTo(4);
    assertThat(yes.message()).contains("\"headlineOnly\"").contains("true or false");
    Problem quoted =
        ProblemReportingTest.only(
            "{\"id\": \"a\", \"title\": \"A\", \"impact\": {\"band\": \"low\"},\n"
                + " \"headlineOnly\": \"true\"}",
            DocumentFormat.JSON);
    assertThat(quoted.kind()).isEqualTo(Problem.Kind.WRONG_TYPE);
    assertThat(quoted.pointer()).isEqualTo("/headlineOnly");
    assertThat(quoted.line()).isEqualTo(2);
  }
}
