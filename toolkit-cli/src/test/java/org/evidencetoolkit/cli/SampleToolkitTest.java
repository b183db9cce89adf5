package org.evidencetoolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.evidencetoolkit.model.CostRating;
import org.evidencetoolkit.model.EvidenceRating;
import org.evidencetoolkit.model.ImpactBand;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.PreventionType;
import org.evidencetoolkit.model.Resource;
import org.evidencetoolkit.model.Setting;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.model.rules.ContentRules;
import org.evidencetoolkit.model.rules.ValidationReport;
import org.junit.jupiter.api.Test;

/**
 * The bundled sample states only what the project's fact sheet gives: the reference strand in
 * full, every other strand with its published band (and estimate, where one was published), and
 * nothing rated that was not rated there.
 */
class SampleToolkitTest {
  private static final Toolkit SAMPLE = SampleToolkit.load();
  private static final String REFERENCE = "trauma-informed-training";

  /** Every strand of the fact sheet with its published band. */
  private static final Map<String, ImpactBand> BANDS = new LinkedHashMap<>();

  static {
    BANDS.put(REFERENCE, ImpactBand.INSUFFICIENT_EVIDENCE);
    BANDS.put("a-and-e-navigators", ImpactBand.HIGH);
    BANDS.put("trauma-specific-therapies", ImpactBand.HIGH);
    BANDS.put("cognitive-behavioural-therapy", ImpactBand.HIGH);
    BANDS.put("social-skills-training", ImpactBand.HIGH);
    BANDS.put("focused-deterrence", ImpactBand.HIGH);
    BANDS.put("functional-family-therapy", ImpactBand.MODERATE);
    BANDS.put("multi-systemic-therapy", ImpactBand.MODERATE);
    BANDS.put("pre-court-diversion", ImpactBand.MODERATE);
    BANDS.put("restorative-justice", ImpactBand.MODERATE);
    BANDS.put("mentoring", ImpactBand.MODERATE);
    BANDS.put("adventure-and-wilderness-therapy", ImpactBand.LOW);
    BANDS.put("knife-crime-education-programmes", ImpactBand.INSUFFICIENT_EVIDENCE);
    BANDS.put("arts-programmes", ImpactBand.INSUFFICIENT_EVIDENCE);
    BANDS.put("prison-awareness-programmes", ImpactBand.HARMFUL);
    BANDS.put("boot-camps", ImpactBand.HARMFUL);
  }

  @Test
  void holdsEveryStrandWithItsPublishedBand() {
    assertThat(SAMPLE.interventions()).extracting(Intervention::id).containsExactlyElementsOf(BANDS.keySet());
    for (Intervention i : SAMPLE.interventions()) {
      assertThat(i.impact().band()).as(i.id()).isEqualTo(BANDS.get(i.id()));
    }
  }

  @Test
  void onlyTwoEstimatesArePublishedAndOneStudyCount() {
    for (Intervention i : SAMPLE.interventions()) {
      switch (i.id()) {
        case "focused-deterrence" -> {
          assertThat(i.impact().estimate()).contains(new BigDecimal("33"));
          // The published figure is less crime, not less violence: it is given in yef's crime
          // measure, so every view words it "33% less crime".
          assertThat(i.impact().measure()).contains("crime");
          assertThat(i.studyCount()).isEqualTo(OptionalInt.of(24));
          assertThat(i.effectiveness().plainText()).contains("crime").contains("not violence alone");
        }
        case "mentoring" -> {
          assertThat(i.impact().estimate()).contains(new BigDecimal("21"));
          assertThat(i.impact().measure()).isEmpty();
          assertThat(i.studyCount()).isEmpty();
        }
        default -> {
          assertThat(i.impact().estimate()).as(i.id()).isEmpty();
          assertThat(i.studyCount()).as(i.id()).isEmpty();
        }
      }
    }
  }

  @Test
  void noEvidenceOrCostIsRatedAndNoAddressIsGiven() {
    for (Intervention i : SAMPLE.interventions()) {
      assertThat(i.evidence()).as(i.id()).isEqualTo(EvidenceRating.NOT_RATED);
      assertThat(i.cost()).as(i.id()).isEqualTo(CostRating.NOT_RATED);
      assertThat(i.resources()).allSatisfy(r -> assertThat(r.url()).isEmpty());
      assertThat(i.sectors()).as(i.id()).isEmpty();
      assertThat(i.lastUpdated()).isEmpty();
    }
    // The one address in the sample is the source's: the live YEF Toolkit, the authority.
    assertThat(SampleToolkit.yaml().split("https:", -1)).hasSize(2);
    assertThat(SampleToolkit.yaml()).doesNotContain("http:");
  }

  @Test
  void saysWhatItIsAndWhereTheAuthorityIs() {
    String about = SAMPLE.about().plainText();
    assertThat(about)
        .contains("Youth Endowment Fund (YEF) Toolkit", "own words")
        .contains("not a source of evidence", "The live YEF Toolkit is the authority for current ratings");
    Resource source = SAMPLE.source().orElseThrow();
    assertThat(source.title()).isEqualTo("Youth Endowment Fund Toolkit");
    assertThat(source.description()).hasValueSatisfying(d -> assertThat(d).isNotBlank().doesNotContain("\n"));
    assertThat(source.url()).contains(URI.create("https://youthendowmentfund.org.uk/toolkit/"));
  }

  /** The sample is in the project's own words: no phrase of the source page is repeated. */
  @Test
  void theReferenceStrandsEvidenceSectionIsInOurOwnWords() {
    String evidence = SAMPLE.find(REFERENCE).orElseThrow().evidenceSecurity().plainText();
    assertThat(evidence.toLowerCase(Locale.ROOT))
        .doesNotContain("a narrative review of programmes in the criminal justice system");
    assertThat(evidence).contains("narrative review", "very few impact evaluations", "systematically");
  }

  @Test
  void theReferenceStrandIsInFull() {
    Intervention i = SAMPLE.find(REFERENCE).orElseThrow();
    assertThat(i.title()).isEqualTo("Trauma-informed training and service redesign");
    assertThat(i.preventionTypes())
        .containsExactly(PreventionType.PRIMARY, PreventionType.SECONDARY, PreventionType.TERTIARY);
    assertThat(i.settings())
        .containsExactly(Setting.COMMUNITY, Setting.CUSTODY, Setting.SCHOOL_AND_COLLEGE);
    assertThat(List.of(i.whatIsIt(), i.effectiveness(), i.evidenceSecurity(), i.costDetails(), i.topicSummary()))
        .allSatisfy(text -> assertThat(text.isEmpty()).isFalse());
    assertThat(i.whatIsIt().plainText())
        .contains("Adverse Childhood Experiences", "Realise", "Recognise", "Respond", "re-traumatisation");
    assertThat(i.evidenceSecurity().plainText()).contains("17 evaluations").contains("USA");
    assertThat(i.implementation()).extracting(t -> t.title()).containsExactly(
        "Ensure the approach is clearly defined",
        "Develop an evidence-informed and preventative approach",
        "Ensure children can get specialist support");
    assertThat(i.resources()).extracting(r -> r.title()).containsExactly(
        "Adverse childhood experiences: What we know, what we don't know, and what should happen next",
        "SAMHSA guidelines on trauma-informed practice",
        "Trauma-informed practice briefing");
  }

  @Test
  void aAndENavigatorsHaveTheirDeclaredSettingAndPreventionType() {
    Intervention i = SAMPLE.find("a-and-e-navigators").orElseThrow();
    assertThat(i.preventionTypes()).containsExactly(PreventionType.SECONDARY);
    assertThat(i.settings()).extracting(Setting::code).containsExactly("accident-and-emergency");
    assertThat(SAMPLE.knownSettings())
        .anySatisfy(s -> assertThat(s.label()).isEqualTo("Accident and Emergency departments"));
  }

  @Test
  void everyOtherStrandSaysItCarriesOnlyTheHeadline() {
    for (Intervention i : SAMPLE.interventions()) {
      if (!i.id().equals(REFERENCE)) {
        assertThat(i.summary()).as(i.id()).isNotBlank();
        assertThat(i.whatIsIt().isEmpty()).as(i.id()).isFalse();
        assertThat(i.effectiveness().plainText()).as(i.id()).contains("carries only the published headline");
        assertThat(i.evidenceSecurity().plainText()).as(i.id()).contains("carries only the published headline");
        assertThat(i.implementation()).as(i.id()).isEmpty();
      }
    }
  }

  /**
   * Where no prevention type or setting was published, the sample leaves them out rather than
   * invent them, and marks those strands headline-only; so the default rules find no error in it.
   */
  @Test
  void passesTheDefaultRulesBecauseItsGapsAreMarkedHeadlineOnly() {
    ValidationReport report = ContentRules.defaults().validate(SAMPLE);
    assertThat(report.errors()).isEmpty();
    for (Intervention i : SAMPLE.interventions()) {
      assertThat(i.headlineOnly()).as(i.id()).isEqualTo(!i.id().equals(REFERENCE));
      if (i.preventionTypes().isEmpty() || i.settings().isEmpty()) {
        assertThat(i.headlineOnly()).as(i.id()).isTrue();
      }
    }
    // The flag is what makes the difference: without it, the gaps are errors again.
    Toolkit unmarked = Toolkit.builder().from(SAMPLE).interventions(
        SAMPLE.interventions().stream()
            .map(i -> Intervention.builder().from(i).headlineOnly(false).build())
            .toList()).build();
    assertThat(ContentRules.defaults().validate(unmarked).errors())
        .isNotEmpty()
        .allSatisfy(v -> assertThat(v.ruleId()).isIn("prevention.present", "setting.present"));
  }
}
