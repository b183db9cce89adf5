package org.evidencetoolkit.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Samples;
import org.evidencetoolkit.model.Setting;
import org.evidencetoolkit.model.Toolkit;
import org.junit.jupiter.api.Test;

class SettingKnownRuleTest {
  private static final String RULE = "setting.known";
  private static final Setting AE = Setting.of("accident-and-emergency", "A&E departments");

  private static Intervention with(Setting... settings) {
    return Intervention.builder().from(Samples.clean()).settings(List.of(settings)).build();
  }

  @Test
  void acceptsBuiltInSettings() {
    assertThat(RuleCheck.violations(with(Setting.builtIns().toArray(Setting[]::new)), RULE))
        .isEmpty();
  }

  @Test
  void refusesAnUndeclaredSettingAtItsPlace() {
    Violation v =
        RuleCheck.single(with(Setting.COMMUNITY, AE), RULE, Severity.ERROR, "/settings/1");
    assertThat(v.message())
        .contains("\"accident-and-emergency\"")
        .contains("not declared")
        .contains("\"community\", \"custody\", \"school-and-college\"");
  }

  @Test
  void acceptsASettingTheToolkitDeclares() {
    Toolkit toolkit =
        Toolkit.builder().title("Toolkit").addSetting(AE).addIntervention(with(AE)).build();
    assertThat(RuleCheck.violations(toolkit, RULE)).isEmpty();
  }

  @Test
  void refusesInAToolkitThatDoesNotDeclareIt() {
    Toolkit toolkit = Samples.toolkit(with(Setting.CUSTODY, AE));
    Violation v = RuleCheck.single(toolkit, RULE, Severity.ERROR, "/interventions/0/settings/1");
    assertThat(v.interventionId()).contains("mentoring");
  }

  @Test
  void suggestsTheCodeMeant() {
    Violation v =
        RuleCheck.single(
            with(Setting.of("Community", "Community")), RULE, Severity.ERROR, "/settings/0");
    assertThat(v.message()).contains("did you mean \"community\"?");
    Violation typo =
        RuleCheck.single(
            with(Setting.of("custdy", "Custody")), RULE, Severity.ERROR, "/settings/0");
    assertThat(typo.message()).contains("did you mean \"custody\"?");
  }

  /**
   * A declared code with a space passed every rule, yet the site's filter (codes separated by
   * spaces) could never match it: declared codes are slugs, reported where they are declared.
   */
  @Test
  void refusesADeclaredCodeThatIsNotASlugAtItsDeclaration() {
    Setting spaced = Setting.of("youth club", "Youth club");
    Toolkit toolkit =
        Toolkit.builder().title("Toolkit").addSetting(AE).addSetting(spaced)
            .addIntervention(with(spaced)).build();
    Violation v = RuleCheck.single(toolkit, RULE, Severity.ERROR, "/settings/1/code");
    assertThat(v.message()).contains("\"youth club\"").contains("not a slug");
    assertThat(v.interventionId()).isEmpty();
  }
}
