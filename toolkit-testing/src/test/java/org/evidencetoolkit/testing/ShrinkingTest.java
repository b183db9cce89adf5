package org.evidencetoolkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.rules.ContentRules;
import org.junit.jupiter.api.Test;

/**
 * When a property fails, QuickTheories shrinks a generated document towards a small, readable one
 * that still fails.
 */
class ShrinkingTest {
  @Test
  void aFailingDocumentShrinksToTheSmallestThatStillFails() {
    List<Intervention> failures = new ArrayList<>();
    // A property that is false whenever there is a resource: the smallest counter-example has
    // exactly one resource and nothing else optional.
    assertThatThrownBy(
            () ->
                qt().withExamples(500)
                    .forAll(Generators.interventions())
                    .check(
                        i -> {
                          boolean holds = i.resources().isEmpty();
                          if (!holds) {
                            failures.add(i);
                          }
                          return holds;
                        }))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Property falsified");
    Intervention smallest =
        failures.stream().min(Comparator.comparingInt(ShrinkingTest::size)).orElseThrow();
    assertThat(smallest.resources()).hasSize(1);
    assertThat(smallest.implementation()).isEmpty();
    assertThat(smallest.related()).isEmpty();
    assertThat(smallest.costDetails().isEmpty()).isTrue();
    assertThat(smallest.topicSummary().isEmpty()).isTrue();
    assertThat(smallest.whatIsIt().blocks()).hasSize(1);
    assertThat(smallest.title().split(" ")).hasSize(1);
    // Shrinking never leaves the valid content.
    assertThat(ContentRules.defaults().validate(smallest).isClean()).isTrue();
    assertThat(size(smallest)).isLessThan(size(failures.get(0)));
  }

  @Test
  void theFailureReportPrintsTheDocument() {
    assertThatThrownBy(
            () ->
                qt().withExamples(100)
                    .withShrinkCycles(20)
                    .forAll(Generators.interventions())
                    .check(i -> i.title().length() > 1000))
        .hasMessageContaining("Property falsified")
        .hasMessageContaining("title");
  }

  static int size(Intervention i) {
    return i.toString().length();
  }
}
