package org.evidencetoolkit.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.evidencetoolkit.testing.ToolkitAssertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.stream.Stream;
import org.evidencetoolkit.model.rules.ContentRule;
import org.evidencetoolkit.model.rules.ContentRules;
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
    return defaultRuleIds().filter(id -> !id.equals("toolkit.unique-ids"));
  }

  @Test
  void everyDefaultRuleCanBeBroken() {
    List<String> ids = defaultRuleIds().toList();
    assertThat(ids).as("the default rules").hasSizeGreaterThanOrEqualTo(17);
    assertThat(Generators.breakableRuleIds()).containsExactlyInAnyOrderElementsOf(ids);
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
    assertThatThrownBy(() -> Generators.interventionsBreaking("toolkit.unique-ids"))
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
