package org.evidencetoolkit.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.evidencetoolkit.testing.ToolkitAssertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicInteger;
import org.evidencetoolkit.model.ImpactScale;
import org.evidencetoolkit.model.rules.ContentRules;
import org.junit.jupiter.api.Test;

/** {@link Generators#interventions()} makes only content that every default rule accepts. */
class ValidInterventionsTest {
  static final int EXAMPLES = 10_000;

  @Test
  void defaultInterventionsHaveNoViolationsAtAll() {
    AtomicInteger checked = new AtomicInteger();
    qt().withExamples(EXAMPLES)
        .forAll(Generators.interventions())
        .checkAssert(
            i -> {
              checked.incrementAndGet();
              assertThat(i).hasNoViolations();
            });
    // QuickTheories skips an example whose random draws repeat one it has already checked, so a
    // run may check a handful fewer than asked; what matters is that it checked about that many.
    assertThat(checked.get()).isGreaterThanOrEqualTo(EXAMPLES * 99 / 100);
  }

  @Test
  void theSamePropertyFailsOnContentThatBreaksARule() {
    // Control case: the check above can fail, and says why.
    assertThatThrownBy(
            () ->
                qt().withExamples(100)
                    .forAll(Generators.interventionsBreaking("text.clean"))
                    .checkAssert(i -> assertThat(i).hasNoViolations()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("[text.clean]");
  }

  @Test
  void everyPartAlwaysPresentIsStillValid() {
    GeneratorConfig full = GeneratorConfig.builder().alwaysInclude(Part.values()).build();
    qt().withExamples(1_000)
        .forAll(Generators.interventions(full))
        .checkAssert(i -> assertThat(i).hasNoViolations());
  }

  @Test
  void everyPartLeftOutIsStillValid() {
    GeneratorConfig bare =
        GeneratorConfig.builder().exclude(Part.values()).alphabet(TextAlphabet.ENGLISH).build();
    qt().withExamples(1_000)
        .forAll(Generators.interventions(bare))
        .checkAssert(i -> assertThat(i).hasNoViolations());
  }

  @Test
  void largeDocumentsStayValid() {
    GeneratorConfig large =
        GeneratorConfig.builder()
            .maxBlocks(8)
            .maxInlines(8)
            .maxListItems(8)
            .maxWords(40)
            .maxTips(12)
            .maxResources(12)
            .maxRelated(8)
            .build();
    qt().withExamples(300)
        .forAll(Generators.interventions(large))
        .checkAssert(i -> assertThat(i).hasNoViolations());
  }

  @Test
  void estimatesFitAnotherScaleWhenConfigured() {
    ImpactScale strict =
        ImpactScale.builder()
            .version("strict-1")
            .highFrom(new BigDecimal("40"))
            .moderateFrom(new BigDecimal("15.25"))
            .lowFrom(new BigDecimal("5"))
            .harmfulTo(new BigDecimal("-0.05"))
            .build();
    GeneratorConfig config = GeneratorConfig.builder().impactScale(strict).build();
    ContentRules rules = ContentRules.defaults().withImpactScale(strict);
    qt().withExamples(1_000)
        .forAll(Generators.interventions(config))
        .checkAssert(i -> assertThat(i).usingRules(rules).hasNoViolations());
  }
}
