package org.evidencetoolkit.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.evidencetoolkit.model.Samples;
import org.evidencetoolkit.model.Toolkit;
import org.junit.jupiter.api.Test;

class ToolkitUniqueIdsRuleTest {
  private static final String RULE = "toolkit.unique-ids";

  @Test
  void acceptsDistinctIds() {
    Toolkit toolkit =
        Samples.toolkit(Samples.clean("mentoring", "Mentoring"), Samples.clean("cbt", "CBT"));
    assertThat(RuleCheck.violations(toolkit, RULE)).isEmpty();
  }

  @Test
  void refusesARepeatedIdAtTheRepeat() {
    Toolkit toolkit =
        Samples.toolkit(
            Samples.clean("mentoring", "Mentoring"),
            Samples.clean("cbt", "CBT"),
            Samples.clean("mentoring", "Mentoring again"));
    Violation v = RuleCheck.single(toolkit, RULE, Severity.ERROR, "/interventions/2/id");
    assertThat(v.interventionId()).contains("mentoring");
    assertThat(v.message()).contains("\"mentoring\"").contains("intervention 1").contains("\"Mentoring\"");
  }

  @Test
  void comparesIdsExactly() {
    Toolkit toolkit =
        Samples.toolkit(Samples.clean("mentoring", "Mentoring"), Samples.clean("Mentoring", "Other"));
    assertThat(RuleCheck.violations(toolkit, RULE)).isEmpty();
  }

  @Test
  void doesNotRunOnASingleIntervention() {
    assertThat(ContentRules.defaults().validate(Samples.clean()).of(RULE)).isEmpty();
  }
}
