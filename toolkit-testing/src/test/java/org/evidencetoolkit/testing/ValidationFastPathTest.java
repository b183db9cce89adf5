package org.evidencetoolkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Profile;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.model.rules.ContentRule;
import org.evidencetoolkit.model.rules.ContentRules;
import org.evidencetoolkit.model.rules.RuleContext;
import org.evidencetoolkit.model.rules.RuleIds;
import org.evidencetoolkit.model.rules.Severity;
import org.evidencetoolkit.model.rules.Violation;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * {@link ContentRules#validate(Intervention)} lets its built-in rules add their findings straight
 * to the report's list. The fast path must report what the plain definition does: every rule's
 * public {@link ContentRule#check}, rule by rule, with the profile's severities applied. The plain
 * path is the same rules wrapped so that the rule set cannot tell them from a custom rule.
 */
class ValidationFastPathTest {
  private static final ContentRules FAST = ContentRules.defaults();
  private static final ContentRules PLAIN = plain(FAST);

  /** The same rules, each behind a wrapper that only delegates: they run as custom rules do. */
  private static ContentRules plain(ContentRules rules) {
    return ContentRules.of(rules.rules().stream().map(ValidationFastPathTest::wrap)
        .toArray(ContentRule[]::new));
  }

  private static ContentRule wrap(ContentRule rule) {
    return new ContentRule() {
      @Override
      public String id() {
        return rule.id();
      }

      @Override
      public Severity severity() {
        return rule.severity();
      }

      @Override
      public List<Violation> check(Intervention intervention, RuleContext context) {
        return rule.check(intervention, context);
      }

      @Override
      public List<Violation> checkToolkit(Toolkit toolkit, RuleContext context) {
        return rule.checkToolkit(toolkit, context);
      }
    };
  }

  /** Interventions breaking the rules whose hot paths have shortcuts, and any rule at all. */
  private static Gen<Intervention> breaking() {
    Gen<Intervention> gen = Generators.interventionsBreaking(RuleIds.TEXT_CLEAN);
    for (String id :
        List.of(RuleIds.TIPS_UNIQUE, RuleIds.RESOURCE_DUPLICATE,
            RuleIds.TOOLKIT_RELATED_RESOLVES, RuleIds.LINK_SCHEME, RuleIds.TEXT_PRESENT)) {
      gen = gen.mix(Generators.interventionsBreaking(id));
    }
    List<String> all = Generators.interventionRuleIds().stream().sorted().toList();
    return gen.mix(Generate.pick(all).flatMap(Generators::interventionsBreaking), 30);
  }

  @Test
  void validInterventionsReportTheSame() {
    qt().withExamples(200)
        .forAll(Generators.interventions())
        .checkAssert(i -> assertThat(FAST.validate(i)).isEqualTo(PLAIN.validate(i)));
  }

  @Test
  void interventionsBreakingRulesReportTheSame() {
    qt().withExamples(400)
        .forAll(breaking())
        .checkAssert(
            i -> {
              assertThat(FAST.validate(i).violations()).isNotEmpty();
              assertThat(FAST.validate(i)).isEqualTo(PLAIN.validate(i));
            });
  }

  @Test
  void hostileInterventionsReportTheSame() {
    qt().withExamples(300)
        .forAll(Generators.hostileInterventions())
        .checkAssert(i -> assertThat(FAST.validate(i)).isEqualTo(PLAIN.validate(i)));
  }

  @Test
  void underAnyProfileTheSeveritiesAreTheSame() {
    // Generated profiles turn rules off and change severities: applied after the fast path too.
    qt().withExamples(100)
        .forAll(Generators.profiles(), Generators.hostileInterventions().mix(breaking()))
        .checkAssert(
            (Profile p, Intervention i) ->
                assertThat(FAST.withProfile(p).validate(i))
                    .isEqualTo(PLAIN.withProfile(p).validate(i)));
  }
}
