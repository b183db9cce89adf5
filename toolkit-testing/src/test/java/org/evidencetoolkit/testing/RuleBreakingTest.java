package org.evidencetoolkit.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.evidencetoolkit.testing.ToolkitAssertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.evidencetoolkit.model.rules.ContentRule;
import org.evidencetoolkit.model.rules.ContentRules;
import org.evidencetoolkit.model.rules.RuleIds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * For every default rule, the breaking generators make content that violates that rule and no
 * other, alone and inside a toolkit.
 */
class RuleBreakingTest {
  static final int EXAMPLES = 1_000;
  static final int TOOLKIT_EXAMPLES = 200;

  static Stream<String> defaultRuleIds() {
    return ContentRules.defaults().rules().stream().map(ContentRule::id);
  }

  static Stream<String> interventionRuleIds() {
    return Generators.interventionRuleIds().stream();
  }

  @Test
  void everyDefaultRuleCanBeBroken() {
    List<String> ids = defaultRuleIds().toList();
    assertThat(ids).as("the default rules").hasSizeGreaterThanOrEqualTo(17);
    assertThat(Generators.breakableRuleIds()).containsExactlyElementsOf(ids);
  }

  @Test
  void interventionAndToolkitRulesAreSeparateSetsThatMakeUpTheBreakableOnes() {
    assertThat(Generators.toolkitRuleIds()).containsExactly(RuleIds.TOOLKIT_UNIQUE_IDS);
    assertThat(Generators.interventionRuleIds())
        .doesNotContainAnyElementsOf(Generators.toolkitRuleIds())
        .contains(RuleIds.ID_FORMAT, RuleIds.TEXT_CLEAN, RuleIds.TOOLKIT_RELATED_RESOLVES);
    Set<String> both = new HashSet<>(Generators.interventionRuleIds());
    both.addAll(Generators.toolkitRuleIds());
    assertThat(both).isEqualTo(Generators.breakableRuleIds());
    // Every intervention rule can be looped into interventionsBreaking; every toolkit rule is refused.
    for (String id : Generators.interventionRuleIds()) {
      assertThat(Generators.interventionsBreaking(id)).isNotNull();
    }
    for (String id : Generators.toolkitRuleIds()) {
      assertThatThrownBy(() -> Generators.interventionsBreaking(id))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @ParameterizedTest
  @MethodSource("interventionRuleIds")
  void interventionsBreakingViolateThatRuleAlone(String ruleId) {
    qt().withExamples(EXAMPLES)
        .forAll(Generators.interventionsBreaking(ruleId))
        .checkAssert(i -> assertThat(i).violatesOnly(ruleId));
  }

  @ParameterizedTest
  @MethodSource("defaultRuleIds")
  void toolkitsBreakingViolateThatRuleAlone(String ruleId) {
    qt().withExamples(TOOLKIT_EXAMPLES)
        .forAll(Generators.toolkitsBreaking(ruleId))
        .checkAssert(t -> assertThat(t).violatesOnly(ruleId));
  }

  @Test
  void aToolkitRuleNeedsAToolkit() {
    assertThatThrownBy(() -> Generators.interventionsBreaking(RuleIds.TOOLKIT_UNIQUE_IDS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("toolkitsBreaking");
  }

  @Test
  void anUnknownRuleIsRefusedWithTheKnownOnes() {
    assertThatThrownBy(() -> Generators.interventionsBreaking("house.cites-two"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("house.cites-two")
        .hasMessageContaining("text.clean");
  }
}
