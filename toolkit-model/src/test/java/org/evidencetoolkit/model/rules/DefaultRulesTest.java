package org.evidencetoolkit.model.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.evidencetoolkit.model.ImpactScale;
import org.evidencetoolkit.model.Samples;
import org.junit.jupiter.api.Test;

class DefaultRulesTest {
  @Test
  void holdEveryRuleOfTheSpecificationWithItsSeverityInOrder() {
    assertThat(ContentRules.defaults().rules())
        .extracting(ContentRule::id, ContentRule::severity)
        .containsExactly(
            tuple("id.format", Severity.ERROR),
            tuple("text.present", Severity.ERROR),
            tuple("text.length", Severity.WARNING),
            tuple("text.clean", Severity.ERROR),
            tuple("impact.estimate-matches-band", Severity.ERROR),
            tuple("impact.insufficient-has-no-estimate", Severity.ERROR),
            tuple("impact.evidence-not-rated", Severity.WARNING),
            tuple("impact.high-on-weak-evidence", Severity.WARNING),
            tuple("impact.measure-known", Severity.ERROR),
            tuple("prevention.present", Severity.ERROR),
            tuple("setting.present", Severity.ERROR),
            tuple("setting.known", Severity.ERROR),
            tuple("sector.known", Severity.ERROR),
            tuple("section.known", Severity.ERROR),
            tuple("tips.unique", Severity.ERROR),
            tuple("link.scheme", Severity.ERROR),
            tuple("resource.duplicate", Severity.WARNING),
            tuple("toolkit.unique-ids", Severity.ERROR),
            tuple("toolkit.related-resolves", Severity.ERROR));
  }

  @Test
  void judgeByTheDefaultScale() {
    assertThat(ContentRules.defaults().impactScale()).isEqualTo(ImpactScale.defaults());
  }

  @Test
  void findNothingWrongWithTheCleanSample() {
    assertThat(ContentRules.defaults().validate(Samples.clean()).violations()).isEmpty();
    assertThat(ContentRules.defaults().validate(Samples.toolkit(Samples.clean())).violations())
        .isEmpty();
  }
}
