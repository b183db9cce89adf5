package org.evidencetoolkit.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdFormatRuleTest {
  private static final String RULE = "id.format";

  private static Intervention withId(String id) {
    return Intervention.builder().from(Samples.clean()).id(id).build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"mentoring", "a", "9", "a1-b2-c3", "trauma-informed-training"})
  void acceptsSlugs(String id) {
    assertThat(RuleCheck.violations(withId(id), RULE)).isEmpty();
  }

  @Test
  void acceptsSixtyFourCharacters() {
    assertThat(RuleCheck.violations(withId("a".repeat(64)), RULE)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Mentoring", "mentoring-", "-mentoring", "a--b", "a_b", "a b", "école", "a.b", " a"})
  void refusesWhatIsNotASlug(String id) {
    Violation v = RuleCheck.single(withId(id), RULE, Severity.ERROR, "/id");
    assertThat(v.message()).contains("\"" + id + "\"").contains("not a slug");
  }

  @Test
  void refusesSixtyFiveCharacters() {
    Violation v = RuleCheck.single(withId("a".repeat(65)), RULE, Severity.ERROR, "/id");
    assertThat(v.message()).contains("65 characters").contains("64");
  }

  @Test
  void suggestsASlugMadeFromTheId() {
    Violation v = RuleCheck.single(withId("Trauma Informed Training"), RULE, Severity.ERROR, "/id");
    assertThat(v.message()).contains("\"trauma-informed-training\"");
  }

  @Test
  void suggestsASlugMadeFromTheTitleWhenTheIdIsEmpty() {
    Intervention i = Intervention.builder().from(withId("")).title("Écoles & Colleges").build();
    Violation v = RuleCheck.single(i, RULE, Severity.ERROR, "/id");
    assertThat(v.message()).contains("empty").contains("\"ecoles-colleges\"");
  }

  @Test
  void judgesALongHostileIdWithoutOverflowingTheStack() {
    String id = "a-".repeat(200_000) + "a";
    Violation v = RuleCheck.single(withId(id), RULE, Severity.ERROR, "/id");
    assertThat(v.message()).contains("400001 characters");
  }

  @Test
  void quotesAnIdWithControlCharactersSafely() {
    Violation v = RuleCheck.single(withId("bad\u001B[31m"), RULE, Severity.ERROR, "/id");
    assertThat(v.message()).contains("\\u001B").doesNotContain("\u001B");
  }
}
