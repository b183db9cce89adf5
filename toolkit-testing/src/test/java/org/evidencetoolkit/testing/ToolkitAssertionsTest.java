package org.evidencetoolkit.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.evidencetoolkit.testing.ToolkitAssertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.evidencetoolkit.model.ImpactBand;
import org.evidencetoolkit.model.ImpactRating;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.PreventionType;
import org.evidencetoolkit.model.Setting;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.model.rules.ContentRule;
import org.evidencetoolkit.model.rules.ContentRules;
import org.evidencetoolkit.model.rules.RuleContext;
import org.evidencetoolkit.model.rules.Severity;
import org.evidencetoolkit.model.rules.ValidationReport;
import org.evidencetoolkit.model.rules.Violation;
import org.evidencetoolkit.model.text.RichText;
import org.junit.jupiter.api.Test;

/** The assertions pass on good content and fail with the violations and the document. */
class ToolkitAssertionsTest {
  static final Intervention MENTORING =
      Intervention.builder()
          .id("mentoring")
          .title("Mentoring")
          .summary("Pairing a young person with a trusted adult.")
          .impact(ImpactRating.of(ImpactBand.MODERATE, new BigDecimal("21")))
          .evidence(org.evidencetoolkit.model.EvidenceRating.MODERATE)
          .addPreventionType(PreventionType.SECONDARY)
          .addSetting(Setting.COMMUNITY)
          .whatIsIt(RichText.paragraph("Mentoring pairs a young person with a trusted adult."))
          .effectiveness(RichText.paragraph("On average, mentoring reduces violence."))
          .evidenceSecurity(RichText.paragraph("Many studies, of moderate quality."))
          .build();

  static final Intervention UNTITLED = Intervention.builder().from(MENTORING).title("").build();

  static final ContentRule CITES_TWO =
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
          return i.impact().band() == ImpactBand.MODERATE && i.resources().size() < 2
              ? List.of(Violation.of(this, "/resources", "Cite at least two sources."))
              : List.of();
        }
      };

  @Test
  void goodContentPasses() {
    assertThat(MENTORING).hasNoErrors().hasNoViolations().satisfies(ContentRules.defaults());
    assertThat(MENTORING).doesNotViolate("text.present");
    assertThat(Toolkit.builder().title("Sample").addIntervention(MENTORING).build()).hasNoViolations();
  }

  @Test
  void aFailureListsTheViolationsAndPrintsTheDocument() {
    assertThatThrownBy(() -> assertThat(UNTITLED).hasNoErrors())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected intervention \"mentoring\" to have no errors")
        .hasMessageContaining("ERROR [text.present] /title")
        .hasMessageContaining("Document:")
        .hasMessageContaining("Pairing a young person with a trusted adult.");
  }

  @Test
  void violatesFindsTheRuleAndItsPlace() {
    assertThat(UNTITLED).violates("text.present").violatesOnly("text.present").violatesAt("text.present", "/title");
    assertThatThrownBy(() -> assertThat(MENTORING).violates("text.present"))
        .hasMessageContaining("to violate text.present, but found no violations");
    assertThatThrownBy(() -> assertThat(UNTITLED).violatesAt("text.present", "/summary"))
        .hasMessageContaining("at /summary")
        .hasMessageContaining("/title");
  }

  @Test
  void violatesOnlyFailsWhenAnotherRuleFires() {
    Intervention two = Intervention.builder().from(UNTITLED).id("Mentoring").build();
    assertThatThrownBy(() -> assertThat(two).violatesOnly("text.present"))
        .hasMessageContaining("to violate text.present and no other rule")
        .hasMessageContaining("[id.format]");
  }

  @Test
  void aRuleIdThatIsNotInUseIsReportedAsSuch() {
    assertThatThrownBy(() -> assertThat(MENTORING).violates("house.cites-two"))
        .hasMessageContaining("No rule \"house.cites-two\" in the rules in use")
        .hasMessageContaining("usingRules");
  }

  @Test
  void customRulesAreUsedWhenNamed() {
    ContentRules house = ContentRules.defaults().with(CITES_TWO);
    assertThat(MENTORING).usingRules(house).violatesOnly("house.cites-two").hasNoErrors();
    assertThatThrownBy(() -> assertThat(MENTORING).usingRules(house).hasNoViolations())
        .hasMessageContaining("WARNING [house.cites-two] /resources: Cite at least two sources.");
  }

  @Test
  void reportsHaveTheirOwnAssertions() {
    ValidationReport report = ContentRules.defaults().validate(UNTITLED);
    assertThat(report).violates("text.present").violatesOnly("text.present").hasCount(Severity.ERROR, 1);
    assertThatThrownBy(() -> assertThat(report).hasNoErrors())
        .hasMessageContaining("Expected no errors, but the report holds 1 violation(s):")
        .hasMessageContaining("[text.present]");
  }

  @Test
  void toolkitFailuresNameTheIntervention() {
    Toolkit twice = Toolkit.builder().title("Sample").addIntervention(MENTORING).addIntervention(MENTORING).build();
    assertThatThrownBy(() -> assertThat(twice).hasNoErrors())
        .hasMessageContaining("Expected toolkit \"Sample\" to have no errors")
        .hasMessageContaining("[toolkit.unique-ids] /interventions/1/id in mentoring");
  }
}
