package org.evidencetoolkit.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.evidencetoolkit.model.EvidenceRating;
import org.evidencetoolkit.model.ImpactBand;
import org.evidencetoolkit.model.ImpactRating;
import org.evidencetoolkit.model.ImpactScale;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Samples;
import org.evidencetoolkit.model.Toolkit;
import org.junit.jupiter.api.Test;

class ContentRulesTest {
  /** A house rule: a high-impact approach cites two sources. */
  private static final ContentRule CITES_TWO =
      new ContentRule() {
        @Override
        public String id() {
          return "house.cites-two";
        }

        @Override
        public Severity severity() {
          return Severity.WARNING;
        }

        @Override
        public List<Violation> check(Intervention i, RuleContext context) {
          return i.resources().size() < 3
              ? List.of(Violation.of(this, "/resources", "Cite three sources."))
              : List.of();
        }
      };

  /** A stricter {@code text.length}: every title is too long. */
  private static final ContentRule STRICT_LENGTH =
      new ContentRule() {
        @Override
        public String id() {
          return "text.length";
        }

        @Override
        public Severity severity() {
          return Severity.ERROR;
        }

        @Override
        public List<Violation> check(Intervention i, RuleContext context) {
          return List.of(Violation.of(this, "/title", "Too long for us."));
        }
      };

  private static List<String> ids(ContentRules rules) {
    return rules.rules().stream().map(ContentRule::id).toList();
  }

  @Test
  void addsARuleWithANewIdAtTheEnd() {
    ContentRules rules = ContentRules.defaults().with(CITES_TWO);
    assertThat(ids(rules)).endsWith("toolkit.related-resolves", "house.cites-two").hasSize(20);
    assertThat(rules.validate(Samples.clean()).violations())
        .extracting(Violation::ruleId)
        .containsExactly("house.cites-two");
    assertThat(ContentRules.defaults().rules()).hasSize(19);
  }

  @Test
  void replacesARuleWithTheSameIdInItsPlace() {
    ContentRules rules = ContentRules.defaults().with(STRICT_LENGTH);
    assertThat(ids(rules)).isEqualTo(ids(ContentRules.defaults()));
    assertThat(rules.rule("text.length")).containsSame(STRICT_LENGTH);
    assertThat(rules.validate(Samples.clean()).errors())
        .extracting(Violation::ruleId, Violation::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("text.length", "Too long for us."));
  }

  @Test
  void removesRulesById() {
    Intervention draft =
        Intervention.builder().from(Samples.clean()).title("T".repeat(120)).summary("").build();
    ContentRules rules =
        ContentRules.defaults().without("text.length", "text.present", "no.such-rule");
    assertThat(ids(rules)).doesNotContain("text.length", "text.present").hasSize(17);
    assertThat(rules.validate(draft).isClean()).isTrue();
    assertThat(ContentRules.defaults().validate(draft).violations())
        .extracting(Violation::ruleId)
        .containsExactly("text.present", "text.length");
  }

  @Test
  void buildsExactlyTheRulesGiven() {
    ContentRules rules = ContentRules.of(CITES_TWO, STRICT_LENGTH);
    assertThat(ids(rules)).containsExactly("house.cites-two", "text.length");
    assertThat(rules.rule("id.format")).isEmpty();
  }

  @Test
  void judgesEstimatesByTheScaleItIsGiven() {
    Intervention high =
        Intervention.builder()
            .from(Samples.clean())
            .impact(ImpactRating.of(ImpactBand.HIGH, new BigDecimal("25")))
            .evidence(EvidenceRating.HIGH)
            .build();
    ImpactScale generous =
        ImpactScale.builder()
            .version("generous-1")
            .highFrom(new BigDecimal("20"))
            .moderateFrom(BigDecimal.TEN)
            .lowFrom(new BigDecimal("2"))
            .harmfulTo(new BigDecimal("-2"))
            .build();
    assertThat(ContentRules.defaults().validate(high).of("impact.estimate-matches-band"))
        .hasSize(1);
    ContentRules rules = ContentRules.defaults().withImpactScale(generous);
    assertThat(rules.impactScale()).isEqualTo(generous);
    assertThat(rules.validate(high).isClean()).isTrue();
    Intervention moderate =
        Intervention.builder()
            .from(high)
            .impact(ImpactRating.of(ImpactBand.MODERATE, new BigDecimal("25")))
            .build();
    assertThat(rules.validate(moderate).of("impact.estimate-matches-band"))
        .singleElement()
        .extracting(Violation::message)
        .asString()
        .contains("\"generous-1\"")
        .contains("High band (20 or more)");
  }

  @Test
  void prefixesPathsIntoInterventionsAndNamesThem() {
    Intervention broken =
        Intervention.builder().from(Samples.clean("cbt", "CBT")).summary("").build();
    Toolkit toolkit = Samples.toolkit(Samples.clean(), broken);
    ValidationReport report = ContentRules.defaults().validate(toolkit);
    assertThat(report.violations()).hasSize(1);
    Violation v = report.violations().get(0);
    assertThat(v.path()).isEqualTo("/interventions/1/summary");
    assertThat(v.interventionId()).contains("cbt");
    assertThat(ContentRules.defaults().validate(broken).violations().get(0).interventionId())
        .isEmpty();
  }

  @Test
  void listsViolationsInterventionByInterventionThenAcrossTheToolkit() {
    Intervention first = Intervention.builder().from(Samples.clean()).summary("").title("").build();
    Intervention second = Intervention.builder().from(Samples.clean()).id("Bad Id").build();
    Toolkit toolkit =
        Toolkit.builder().title("").addInterventions(first, second, Samples.clean()).build();
    assertThat(ContentRules.defaults().validate(toolkit).violations())
        .extracting(Violation::path)
        .containsExactly(
            "/interventions/0/title",
            "/interventions/0/summary",
            "/interventions/1/id",
            "/title",
            "/interventions/2/id");
  }

  @Test
  void reportsErrorsAndWarningsApart() {
    Intervention i =
        Intervention.builder().from(Samples.clean()).title("T".repeat(101)).summary("").build();
    ValidationReport report = ContentRules.defaults().validate(i);
    assertThat(report.hasErrors()).isTrue();
    assertThat(report.hasWarnings()).isTrue();
    assertThat(report.errors()).extracting(Violation::ruleId).containsExactly("text.present");
    assertThat(report.warnings()).extracting(Violation::ruleId).containsExactly("text.length");
  }
}
