package org.example.house;

import static org.evidencetoolkit.testing.ToolkitAssertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.evidencetoolkit.model.EvidenceRating;
import org.evidencetoolkit.model.ImpactBand;
import org.evidencetoolkit.model.ImpactRating;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.rules.ContentRule;
import org.evidencetoolkit.model.rules.ContentRules;
import org.evidencetoolkit.model.rules.RuleContext;
import org.evidencetoolkit.model.rules.Severity;
import org.evidencetoolkit.model.rules.Violation;
import org.evidencetoolkit.testing.GeneratorConfig;
import org.evidencetoolkit.testing.Generators;
import org.evidencetoolkit.testing.Part;
import org.junit.jupiter.api.Test;

class CitesTwoSourcesPropertyTest {
  /** The rule under test; -Dhouse.rule=broken swaps in a sabotaged copy, to prove this test can fail. */
  static ContentRule rule() {
    return "broken".equals(System.getProperty("house.rule")) ? new OffByOne() : new CitesTwoSources();
  }

  @Test
  void firesExactlyForHighImpactWithFewerThanTwoSources() {
    ContentRules house = ContentRules.defaults().with(rule());
    AtomicInteger examples = new AtomicInteger();
    // A bounded shrink keeps a failing run short; the shrunk example is printed as YAML.
    qt().withExamples(1000)
        .withShrinkCycles(100)
        .forAll(Generators.interventions())
        .checkAssert(
            i -> {
              examples.incrementAndGet();
              long cited = i.resources().stream().filter(r -> r.url().isPresent()).count();
              if (i.impact().band() == ImpactBand.HIGH && cited < 2) {
                assertThat(i).usingRules(house).violatesOnly(CitesTwoSources.ID);
              } else {
                assertThat(i).usingRules(house).hasNoViolations();
              }
            });
    System.out.println("house property: " + examples.get() + " examples checked");
  }

  @Test
  void aHighImpactStrandWithoutSourcesAlwaysViolates() {
    ContentRules house = ContentRules.defaults().with(rule());
    GeneratorConfig noSources = GeneratorConfig.builder().exclude(Part.RESOURCES).build();
    qt().withExamples(500)
        .forAll(Generators.interventions(noSources))
        .checkAssert(
            i -> {
              Intervention high =
                  Intervention.builder()
                      .from(i)
                      .impact(ImpactRating.of(ImpactBand.HIGH))
                      .evidence(EvidenceRating.HIGH)
                      .build();
              assertThat(high).usingRules(house).violatesOnly(CitesTwoSources.ID);
            });
  }

  /** The house rule with an off-by-one mistake: it accepts a single source. */
  static final class OffByOne implements ContentRule {
    @Override
    public String id() {
      return CitesTwoSources.ID;
    }

    @Override
    public Severity severity() {
      return Severity.ERROR;
    }

    @Override
    public List<Violation> check(Intervention i, RuleContext context) {
      long cited = i.resources().stream().filter(r -> r.url().isPresent()).count();
      return i.impact().band() == ImpactBand.HIGH && cited < 1
          ? List.of(Violation.of(this, "/resources", "Cite two sources."))
          : List.of();
    }
  }
}
