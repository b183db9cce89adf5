package org.evidencetoolkit.model.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.ModelGen;
import org.evidencetoolkit.model.Toolkit;
import org.junit.jupiter.api.Test;

/**
 * Validation never throws for a constructible value, hostile text and odd addresses included;
 * it is deterministic; and every violation is well formed: a default rule's id and severity, a
 * readable message free of control characters, and a path that points at something there.
 */
class ValidationPropertiesTest {
  private static final ContentRules RULES = ContentRules.defaults();

  @Test
  void validatesAnyInterventionDeterministically() {
    qt().withExamples(300)
        .forAll(ModelGen.interventions())
        .checkAssert(
            i -> {
              ValidationReport report = RULES.validate(i);
              assertThat(RULES.validate(Intervention.builder().from(i).build())).isEqualTo(report);
              assertThat(RULES.validate(i)).isEqualTo(report);
              for (Violation v : report.violations()) {
                assertWellFormed(v);
                assertThat(Pointers.resolves(i, v.path())).as("path %s of %s", v.path(), v).isTrue();
                assertThat(v.interventionId()).isEmpty();
              }
            });
  }

  @Test
  void validatesAnyToolkitDeterministically() {
    qt().withExamples(100)
        .forAll(ModelGen.toolkits())
        .checkAssert(
            t -> {
              ValidationReport report = RULES.validate(t);
              assertThat(RULES.validate(Toolkit.builder().from(t).build())).isEqualTo(report);
              for (Violation v : report.violations()) {
                assertWellFormed(v);
                assertThat(Pointers.resolves(t, v.path())).as("path %s of %s", v.path(), v).isTrue();
                if (v.path().startsWith("/interventions/")) {
                  int n = Integer.parseInt(v.path().split("/", -1)[2]);
                  assertThat(v.interventionId()).contains(t.interventions().get(n).id());
                } else {
                  assertThat(v.interventionId()).isEmpty();
                }
              }
            });
  }

  @Test
  void validatesEachInterventionOfAToolkitAsItWouldAlone() {
    // Toolkit validation adds a prefix and the toolkit's vocabularies; with none declared, the
    // per-intervention findings are exactly those of validating each intervention alone.
    qt().withExamples(100)
        .forAll(ModelGen.toolkits())
        .checkAssert(
            t -> {
              Toolkit plain = Toolkit.builder().from(t).settings(List.of()).sectors(List.of()).build();
              List<Violation> all = RULES.validate(plain).violations();
              for (int n = 0; n < plain.interventions().size(); n++) {
                String prefix = "/interventions/" + n + "/";
                List<String> inToolkit =
                    all.stream()
                        .filter(v -> (v.path() + "/").startsWith(prefix))
                        .filter(v -> !v.ruleId().equals("toolkit.unique-ids"))
                        .filter(v -> !(v.ruleId().equals("toolkit.related-resolves") && v.message().contains("names no")))
                        .map(v -> v.ruleId() + " " + v.path().substring(prefix.length() - 1) + " " + v.message())
                        .toList();
                List<String> alone =
                    RULES.validate(plain.interventions().get(n)).violations().stream()
                        .map(v -> v.ruleId() + " " + (v.path().isEmpty() ? "/" : v.path()) + " " + v.message())
                        .toList();
                assertThat(inToolkit).isEqualTo(alone);
              }
            });
  }

  private static void assertWellFormed(Violation v) {
    ContentRule rule = RULES.rule(v.ruleId()).orElseThrow();
    assertThat(v.severity()).isEqualTo(rule.severity());
    assertThat(v.message()).isNotBlank().hasSizeLessThan(1_000);
    assertThat(v.message().codePoints().noneMatch(cp -> Character.getType(cp) == Character.CONTROL))
        .as("no control characters in %s", v.message())
        .isTrue();
    assertThat(v.path()).matches("(/[A-Za-z]+|/[0-9]+)*");
  }
}
