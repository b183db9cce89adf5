package org.evidencetoolkit.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Samples;
import org.evidencetoolkit.model.Setting;
import org.junit.jupiter.api.Test;

class SettingPresentRuleTest {
  private static final String RULE = "setting.present";

  private static Intervention with(Setting... settings) {
    return Intervention.builder().from(Samples.clean()).settings(List.of(settings)).build();
  }

  @Test
  void acceptsOneOrMoreSettings() {
    assertThat(RuleCheck.violations(with(Setting.CUSTODY), RULE)).isEmpty();
    assertThat(RuleCheck.violations(with(Setting.builtIns().toArray(Setting[]::new)), RULE))
        .isEmpty();
  }

  @Test
  void refusesNoSetting() {
    Violation v = RuleCheck.single(with(), RULE, Severity.ERROR, "/settings");
    assertThat(v.message()).contains("No setting");
  }

  @Test
  void acceptsNoSettingOnAHeadlineOnlyEntry() {
    Intervention headline = Intervention.builder().from(with()).headlineOnly(true).build();
    assertThat(RuleCheck.violations(headline, RULE)).isEmpty();
  }

  @Test
  void stillRefusesARepeatOnAHeadlineOnlyEntry() {
    Intervention headline =
        Intervention.builder()
            .from(with(Setting.CUSTODY, Setting.CUSTODY))
            .headlineOnly(true)
            .build();
    RuleCheck.single(headline, RULE, Severity.ERROR, "/settings/1");
  }

  @Test
  void refusesTheSameCodeTwiceWhateverItsLabel() {
    Violation v =
        RuleCheck.single(
            with(Setting.COMMUNITY, Setting.CUSTODY, Setting.of("community", "Local area")),
            RULE,
            Severity.ERROR,
            "/settings/2");
    assertThat(v.message()).contains("\"community\"").contains("more than once");
  }
}
