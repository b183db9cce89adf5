package org.evidencetoolkit.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.PreventionType;
import org.evidencetoolkit.model.Samples;
import org.junit.jupiter.api.Test;

class PreventionPresentRuleTest {
  private static final String RULE = "prevention.present";

  private static Intervention with(PreventionType... types) {
    return Intervention.builder().from(Samples.clean()).preventionTypes(List.of(types)).build();
  }

  @Test
  void acceptsDistinctTypes() {
    assertThat(
            RuleCheck.violations(
                with(PreventionType.PRIMARY, PreventionType.SECONDARY, PreventionType.TERTIARY),
                RULE))
        .isEmpty();
  }

  @Test
  void refusesNoType() {
    Violation v = RuleCheck.single(with(), RULE, Severity.ERROR, "/preventionTypes");
    assertThat(v.message()).contains("primary, secondary");
  }

  @Test
  void acceptsNoTypeOnAHeadlineOnlyEntry() {
    Intervention headline =
        Intervention.builder().from(with()).headlineOnly(true).build();
    assertThat(RuleCheck.violations(headline, RULE)).isEmpty();
  }

  @Test
  void stillRefusesARepeatOnAHeadlineOnlyEntry() {
    Intervention headline =
        Intervention.builder()
            .from(with(PreventionType.PRIMARY, PreventionType.PRIMARY))
            .headlineOnly(true)
            .build();
    RuleCheck.single(headline, RULE, Severity.ERROR, "/preventionTypes/1");
  }

  @Test
  void refusesARepeatAtItsPlace() {
    Violation v =
        RuleCheck.single(
            with(PreventionType.SECONDARY, PreventionType.PRIMARY, PreventionType.SECONDARY),
            RULE,
            Severity.ERROR,
            "/preventionTypes/2");
    assertThat(v.message()).contains("secondary").contains("more than once");
  }
}
