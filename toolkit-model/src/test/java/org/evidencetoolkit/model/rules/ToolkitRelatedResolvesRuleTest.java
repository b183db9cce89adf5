package org.evidencetoolkit.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Samples;
import org.evidencetoolkit.model.Toolkit;
import org.junit.jupiter.api.Test;

class ToolkitRelatedResolvesRuleTest {
  private static final String RULE = "toolkit.related-resolves";

  private static Intervention related(String id, String... relatedIds) {
    return Intervention.builder()
        .from(Samples.clean(id, "Title of " + id))
        .related(List.of(relatedIds))
        .build();
  }

  @Test
  void acceptsIdsOfOtherInterventions() {
    Toolkit toolkit = Samples.toolkit(related("mentoring", "cbt"), related("cbt", "mentoring"));
    assertThat(RuleCheck.violations(toolkit, RULE)).isEmpty();
  }

  @Test
  void refusesAnIdNoInterventionHas() {
    Toolkit toolkit =
        Samples.toolkit(related("mentoring", "cbt"), related("cbt", "mentoring", "nowhere"));
    Violation v = RuleCheck.single(toolkit, RULE, Severity.ERROR, "/interventions/1/related/1");
    assertThat(v.interventionId()).contains("cbt");
    assertThat(v.message()).contains("\"nowhere\"").contains("no intervention");
  }

  @Test
  void suggestsANearMiss() {
    Toolkit toolkit = Samples.toolkit(related("mentoring"), related("cbt", "mentorin"));
    Violation v = RuleCheck.single(toolkit, RULE, Severity.ERROR, "/interventions/1/related/0");
    assertThat(v.message()).contains("did you mean \"mentoring\"?");
  }

  @Test
  void refusesARelationToItselfEvenAlone() {
    Violation v = RuleCheck.single(related("mentoring", "mentoring"), RULE, Severity.ERROR, "/related/0");
    assertThat(v.message()).contains("own id");
    Toolkit toolkit = Samples.toolkit(related("mentoring", "mentoring"));
    RuleCheck.single(toolkit, RULE, Severity.ERROR, "/interventions/0/related/0");
  }

  @Test
  void refusesARepeat() {
    Toolkit toolkit = Samples.toolkit(related("mentoring", "cbt", "cbt"), related("cbt"));
    Violation v = RuleCheck.single(toolkit, RULE, Severity.ERROR, "/interventions/0/related/1");
    assertThat(v.interventionId()).contains("mentoring");
    assertThat(v.message()).contains("more than once");
  }

  @Test
  void doesNotResolveIdsOfASingleIntervention() {
    assertThat(RuleCheck.violations(related("mentoring", "somewhere-else"), RULE)).isEmpty();
  }
}
