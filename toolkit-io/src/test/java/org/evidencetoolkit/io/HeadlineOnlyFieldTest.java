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
    assertThat(READER.readIntervention(
            "{\"id\": \"a\", \"title\": \"A\", \"impact\": {\"band\": \"low\"}, \"headlineOnly\": true}",
            DocumentFormat.JSON, "a.json").headlineOnly())
        .isTrue();
    assertThat(READER.readIntervention(
            "id: a\ntitle: A\nimpact: {band: low}\nheadlineOnly: false\n",
            DocumentFormat.YAML, "a.yaml").headlineOnly())
        .isFalse();
    assertThat(READER.readIntervention(
            "id: a\ntitle: A\nimpact: {band: low}\n", DocumentFormat.YAML, "a.yaml").headlineOnly())
        .isFalse();
  }

  @Test
  void isWrittenAfterTheStudyCountOnlyWhenSet() {
    String yaml = ToolkitWriter.defaults().toString(HEADLINE);
    assertThat(yaml).contains("cost: '?'\nheadlineOnly: true\n");
    String json =
        ToolkitWriter.builder().format(DocumentFormat.JSON).build().toString(HEADLINE);
    assertThat(json).contains("\"headlineOnly\": true");
    Intervention full = Intervention.builder().from(HEADLINE).headlineOnly(false).build();
    assertThat(ToolkitWriter.defaults().toString(full)).doesNotContain("headlineOnly");
    assertThat(READER.readIntervention(yaml, DocumentFormat.YAML, "a.yaml")).isEqualTo(HEADLINE);
    assertThat(READER.readIntervention(json, DocumentFormat.JSON, "a.json")).isEqualTo(HEADLINE);
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
