package org.evidencetoolkit.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Samples;
import org.evidencetoolkit.model.Sector;
import org.evidencetoolkit.model.Toolkit;
import org.junit.jupiter.api.Test;

class SectorKnownRuleTest {
  private static final String RULE = "sector.known";
  private static final Sector SPORT = Sector.of("sport", "Sport");

  private static Intervention with(Sector... sectors) {
    return Intervention.builder().from(Samples.clean()).sectors(List.of(sectors)).build();
  }

  @Test
  void acceptsNoSectorAndBuiltInSectors() {
    assertThat(RuleCheck.violations(with(), RULE)).isEmpty();
    assertThat(RuleCheck.violations(with(Sector.builtIns().toArray(Sector[]::new)), RULE))
        .isEmpty();
  }

  @Test
  void refusesAnUndeclaredSectorAtItsPlace() {
    Violation v = RuleCheck.single(with(Sector.HEALTH, SPORT), RULE, Severity.ERROR, "/sectors/1");
    assertThat(v.message()).contains("\"sport\"").contains("not declared").contains("\"policing\"");
  }

  @Test
  void acceptsASectorTheToolkitDeclares() {
    Toolkit toolkit =
        Toolkit.builder().title("Toolkit").addSector(SPORT).addIntervention(with(SPORT)).build();
    assertThat(RuleCheck.violations(toolkit, RULE)).isEmpty();
  }

  @Test
  void refusesARepeat() {
    Violation v =
        RuleCheck.single(
            with(Sector.HEALTH, Sector.EDUCATION, Sector.HEALTH),
            RULE,
            Severity.ERROR,
            "/sectors/2");
    assertThat(v.message()).contains("\"health\"").contains("more than once");
  }

  @Test
  void refusesADeclaredCodeThatIsNotASlugAtItsDeclaration() {
    Sector spaced = Sector.of("Youth Work", "Youth work");
    Toolkit toolkit =
        Toolkit.builder().title("Toolkit").addSector(spaced).addSector(SPORT)
            .addIntervention(with(SPORT, spaced)).build();
    Violation v = RuleCheck.single(toolkit, RULE, Severity.ERROR, "/sectors/0/code");
    assertThat(v.message()).contains("\"Youth Work\"").contains("not a slug");
  }
}
