package org.evidencetoolkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.evidencetoolkit.model.text.Emphasis;
import org.evidencetoolkit.model.text.Paragraph;
import org.evidencetoolkit.model.text.RichText;
import org.evidencetoolkit.model.text.Text;
import org.junit.jupiter.api.Test;

class ToolkitQueryTest {
  private static Intervention.Builder approach(String id, String title, ImpactRating impact) {
    return Intervention.builder().id(id).title(title).impact(impact);
  }

  private static final Intervention MENTORING =
      approach("mentoring", "Mentoring", ImpactRating.of(ImpactBand.MODERATE, new BigDecimal("21")))
          .summary("A trusted adult supports a young person.")
          .evidence(EvidenceRating.MODERATE)
          .cost(CostRating.LOW)
          .addPreventionType(PreventionType.SECONDARY)
          .addSetting(Setting.COMMUNITY)
          .addSector(Sector.YOUTH_JUSTICE)
          .build();
  private static final Intervention DETERRENCE =
      approach("focused-deterrence", "Focused deterrence", ImpactRating.of(ImpactBand.HIGH, new BigDecimal("33")))
          .evidence(EvidenceRating.HIGH)
          .addPreventionType(PreventionType.TERTIARY)
          .addSetting(Setting.COMMUNITY)
          .addSector(Sector.POLICING)
          .build();
  private static final Intervention CBT =
      approach("cbt", "Cognitive behavioural therapy", ImpactRating.of(ImpactBand.HIGH))
          .cost(CostRating.VERY_LOW)
          .addPreventionTypes(PreventionType.PRIMARY, PreventionType.SECONDARY)
          .addSettings(Setting.SCHOOL_AND_COLLEGE, Setting.CUSTODY)
          .addSector(Sector.HEALTH)
          .whatIsIt(
              RichText.of(
                  new Paragraph(List.of(new Text("Therapy that changes "), new Emphasis(List.of(new Text("Thinking"))))))
          )
          .build();
  private static final Intervention BOOT_CAMPS =
      approach("boot-camps", "Boot camps", ImpactRating.of(ImpactBand.HARMFUL))
          .evidence(EvidenceRating.LOW)
          .cost(CostRating.HIGH)
          .addPreventionType(PreventionType.TERTIARY)
          .addSetting(Setting.CUSTODY)
          .addImplementation(ImplementationTip.of("Avoid military drill", RichText.paragraph("It backfires.")))
          .build();
  private static final Intervention ECOLE =
      approach("ecole", "École partnerships", ImpactRating.of(ImpactBand.INSUFFICIENT_EVIDENCE))
          .addPreventionType(PreventionType.PRIMARY)
          .addSetting(Setting.SCHOOL_AND_COLLEGE)
          .addSector(Sector.EDUCATION)
          .build();
  private static final Intervention ARTS =
      approach("arts", "arts programmes", ImpactRating.of(ImpactBand.INSUFFICIENT_EVIDENCE))
          .evidence(EvidenceRating.VERY_LOW)
          .cost(CostRating.MODERATE)
          .addPreventionType(PreventionType.PRIMARY)
          .addSetting(Setting.COMMUNITY)
          .build();
  private static final Intervention LOW_ESTIMATE =
      approach("sports", "Sports programmes", ImpactRating.of(ImpactBand.MODERATE, new BigDecimal("12")))
          .evidence(EvidenceRating.MODERATE)
          .cost(CostRating.LOW)
          .addPreventionType(PreventionType.SECONDARY)
          .addSetting(Setting.COMMUNITY)
          .build();

  private static final Toolkit TOOLKIT =
      Toolkit.builder()
          .title("Examples")
          .addInterventions(MENTORING, DETERRENCE, CBT, BOOT_CAMPS, ECOLE, ARTS, LOW_ESTIMATE)
          .build();

  private static List<String> ids(ToolkitQuery.Builder query) {
    return TOOLKIT.query(query.build()).stream().map(Intervention::id).toList();
  }

  @Test
  void returnsEverythingInToolkitOrderForAnEmptyQuery() {
    assertThat(TOOLKIT.query(ToolkitQuery.all())).isEqualTo(TOOLKIT.interventions());
  }

  @Test
  void filtersByPreventionType() {
    assertThat(ids(ToolkitQuery.builder().preventionType(PreventionType.SECONDARY)))
        .containsExactly("mentoring", "cbt", "sports");
  }

  @Test
  void filtersBySettingCode() {
    assertThat(ids(ToolkitQuery.builder().setting("custody"))).containsExactly("cbt", "boot-camps");
    assertThat(ids(ToolkitQuery.builder().setting("Custody"))).isEmpty();
  }

  @Test
  void filtersBySectorCode() {
    assertThat(ids(ToolkitQuery.builder().sector("policing"))).containsExactly("focused-deterrence");
  }

  @Test
  void filtersByBand() {
    assertThat(ids(ToolkitQuery.builder().band(ImpactBand.HIGH))).containsExactly("focused-deterrence", "cbt");
    assertThat(ids(ToolkitQuery.builder().band(ImpactBand.INSUFFICIENT_EVIDENCE))).containsExactly("ecole", "arts");
  }

  @Test
  void filtersByMinimumEvidenceLeavingOutUnrated() {
    assertThat(ids(ToolkitQuery.builder().minEvidence(EvidenceRating.MODERATE)))
        .containsExactly("mentoring", "focused-deterrence", "sports");
    assertThat(ids(ToolkitQuery.builder().minEvidence(EvidenceRating.VERY_LOW)))
        .containsExactly("mentoring", "focused-deterrence", "boot-camps", "arts", "sports");
  }

  @Test
  void filtersByMaximumCostLeavingOutUnrated() {
    assertThat(ids(ToolkitQuery.builder().maxCost(CostRating.LOW))).containsExactly("mentoring", "cbt", "sports");
    assertThat(ids(ToolkitQuery.builder().maxCost(CostRating.VERY_HIGH)))
        .containsExactly("mentoring", "cbt", "boot-camps", "arts", "sports");
  }

  @Test
  void refusesNotRatedAsABar() {
    assertThatThrownBy(() -> ToolkitQuery.builder().minEvidence(EvidenceRating.NOT_RATED).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("minEvidence");
    assertThatThrownBy(() -> ToolkitQuery.builder().maxCost(CostRating.NOT_RATED).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("maxCost");
  }

  @Test
  void filtersByTextIgnoringCaseAcrossFields() {
    assertThat(ids(ToolkitQuery.builder().text("TRUSTED ADULT"))).containsExactly("mentoring"); // summary
    assertThat(ids(ToolkitQuery.builder().text("changes thinking"))).containsExactly("cbt"); // rich text
    assertThat(ids(ToolkitQuery.builder().text("military"))).containsExactly("boot-camps"); // tip title
    assertThat(ids(ToolkitQuery.builder().text("backfires"))).containsExactly("boot-camps"); // tip body
    assertThat(ids(ToolkitQuery.builder().text("focused-det"))).containsExactly("focused-deterrence"); // id
    assertThat(ids(ToolkitQuery.builder().text("  École "))).containsExactly("ecole"); // trimmed
  }

  @Test
  void doesNotMatchAcrossFieldBoundaries() {
    // "Mentoring" ends the title and "A trusted" starts the summary.
    assertThat(ids(ToolkitQuery.builder().text("mentoring a trusted"))).isEmpty();
  }

  @Test
  void matchesEverythingForBlankText() {
    assertThat(ids(ToolkitQuery.builder().text(" "))).hasSize(7);
  }

  @Test
  void combinesFiltersWithAnd() {
    assertThat(
            ids(
                ToolkitQuery.builder()
                    .preventionType(PreventionType.SECONDARY)
                    .setting("community")
                    .maxCost(CostRating.LOW)
                    .band(ImpactBand.MODERATE)))
        .containsExactly("mentoring", "sports");
  }

  @Test
  void sortsByImpactMostEffectiveFirstWithInsufficientEvidenceLast() {
    assertThat(ids(ToolkitQuery.builder().sortBy(SortKey.IMPACT)))
        .containsExactly("focused-deterrence", "cbt", "mentoring", "sports", "boot-camps", "ecole", "arts");
  }

  @Test
  void sortsByEvidenceStrongestFirstWithUnratedLast() {
    assertThat(ids(ToolkitQuery.builder().sortBy(SortKey.EVIDENCE)))
        .containsExactly("focused-deterrence", "mentoring", "sports", "boot-camps", "arts", "cbt", "ecole");
  }

  @Test
  void sortsByCostCheapestFirstWithUnratedLast() {
    assertThat(ids(ToolkitQuery.builder().sortBy(SortKey.COST)))
        .containsExactly("cbt", "mentoring", "sports", "arts", "boot-camps", "focused-deterrence", "ecole");
  }

  @Test
  void sortsByTitleIgnoringCaseAndAccents() {
    assertThat(ids(ToolkitQuery.builder().sortBy(SortKey.TITLE)))
        .containsExactly("arts", "boot-camps", "cbt", "ecole", "focused-deterrence", "mentoring", "sports");
  }

  @Test
  void filtersThenSorts() {
    assertThat(ids(ToolkitQuery.builder().setting("community").sortBy(SortKey.COST)))
        .containsExactly("mentoring", "sports", "arts", "focused-deterrence");
  }
}
