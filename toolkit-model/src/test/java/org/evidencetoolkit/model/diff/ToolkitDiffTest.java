package org.evidencetoolkit.model.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.evidencetoolkit.model.CostRating;
import org.evidencetoolkit.model.EvidenceRating;
import org.evidencetoolkit.model.ImpactBand;
import org.evidencetoolkit.model.ImpactRating;
import org.evidencetoolkit.model.ImplementationTip;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.PreventionType;
import org.evidencetoolkit.model.Resource;
import org.evidencetoolkit.model.Setting;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.model.diff.Change.Direction;
import org.evidencetoolkit.model.diff.Change.Field;
import org.evidencetoolkit.model.diff.Change.Kind;
import org.evidencetoolkit.model.text.RichText;
import org.junit.jupiter.api.Test;

/** What {@link ToolkitDiff} reports, in what order, with which pointers, values and directions. */
class ToolkitDiffTest {
  static Intervention mentoring() {
    return Intervention.builder()
        .id("mentoring-pilot")
        .title("Mentoring pilot")
        .impact(ImpactRating.of(ImpactBand.MODERATE, new BigDecimal("14")))
        .evidence(EvidenceRating.LOW)
        .cost(CostRating.LOW)
        .addPreventionType(PreventionType.SECONDARY)
        .addSetting(Setting.COMMUNITY)
        .whatIsIt(RichText.paragraph("Mentoring pairs a young person with a trusted adult."))
        .effectiveness(RichText.paragraph("On average mentoring reduces violence a little."))
        .addImplementation(ImplementationTip.of("Train the mentors", RichText.paragraph("Train them.")))
        .addResource(Resource.builder().title("Briefing").url(URI.create("https://example.org/b")).build())
        .addResource(Resource.builder().title("Review").url(URI.create("https://example.org/r")).build())
        .build();
  }

  static Intervention boxing() {
    return Intervention.builder().id("boxing-club").title("Boxing club")
        .impact(ImpactRating.of(ImpactBand.INSUFFICIENT_EVIDENCE)).build();
  }

  static Intervention family() {
    return Intervention.builder().id("family-therapy").title("Family therapy")
        .impact(ImpactRating.of(ImpactBand.HIGH, new BigDecimal("35"))).build();
  }

  static Intervention sports() {
    return Intervention.builder().id("sports").title("Sports programmes")
        .impact(ImpactRating.of(ImpactBand.LOW, new BigDecimal("5"))).build();
  }

  static Toolkit oldEdition() {
    return Toolkit.builder().title("Example toolkit 2024")
        .interventions(List.of(mentoring(), boxing(), sports())).build();
  }

  /** The "Done when" edit: exactly these changes. */
  static Toolkit newEdition() {
    Intervention m = Intervention.builder().from(mentoring())
        .impact(ImpactRating.of(ImpactBand.HIGH, new BigDecimal("31")))
        .evidence(EvidenceRating.MODERATE)
        .effectiveness(RichText.paragraph("New trials show mentoring reduces violence a lot."))
        .addImplementation(ImplementationTip.of("Supervise the matches", RichText.paragraph("Check in.")))
        .resources(List.of(mentoring().resources().get(0)))
        .build();
    Intervention s = Intervention.builder().from(sports()).title("Sport and physical activity").build();
    return Toolkit.builder().title("Example toolkit 2025").interventions(List.of(m, s, family())).build();
  }

  @Test
  void anEditionAgainstItselfHasNoChanges() {
    assertThat(ToolkitDiff.between(oldEdition(), oldEdition())).isEmpty();
    assertThat(ToolkitDiff.between(mentoring(), mentoring())).isEmpty();
  }

  @Test
  void theDoneWhenScenarioGivesExactlyItsChangesInOrder() {
    List<Change> changes = ToolkitDiff.between(oldEdition(), newEdition());
    assertThat(changes).extracting(c -> c.interventionId().orElse("-") + " " + c.kind() + " "
            + c.field() + " " + c.pointer() + " " + c.direction().map(Enum::name).orElse(""))
        .containsExactly(
            "- CHANGED TITLE /title ",
            "mentoring-pilot CHANGED IMPACT_BAND /impact/band UP",
            "mentoring-pilot CHANGED ESTIMATE /impact/estimate UP",
            "mentoring-pilot CHANGED EVIDENCE /evidence UP",
            "mentoring-pilot CHANGED SECTION /effectiveness ",
            "mentoring-pilot ADDED TIP /implementation/1 ",
            "mentoring-pilot REMOVED RESOURCE /resources/1 ",
            "boxing-club REMOVED INTERVENTION /interventions/1 ",
            "sports CHANGED TITLE /title ",
            "family-therapy ADDED INTERVENTION /interventions/2 ");
    Change title = changes.get(0);
    assertThat(title.interventionId()).isEmpty();
    assertThat(title.before()).contains("Example toolkit 2024");
    assertThat(title.after()).contains("Example toolkit 2025");
    Change band = changes.get(1);
    assertThat(band.before()).contains(ImpactBand.MODERATE);
    assertThat(band.after()).contains(ImpactBand.HIGH);
    assertThat(changes.get(2).before()).contains(new BigDecimal("14"));
    assertThat(changes.get(3).after()).contains(EvidenceRating.MODERATE);
    Change text = changes.get(4);
    assertThat(text.key()).contains("effectiveness");
    // "On average mentoring reduces violence a little." -> "New trials show mentoring reduces violence a lot."
    assertThat(text.wordsAdded()).isEqualTo(OptionalInt.of(4));
    assertThat(text.wordsRemoved()).isEqualTo(OptionalInt.of(3));
    assertThat(changes.get(5).after()).containsInstanceOf(ImplementationTip.class);
    assertThat(changes.get(6).before()).contains(mentoring().resources().get(1));
    assertThat(changes.get(6).after()).isEmpty();
    assertThat(changes.get(7).before()).contains(boxing());
    assertThat(changes.get(9).after()).contains(family());
  }

  @Test
  void interventionsAreMatchedByIdNotPosition() {
    Toolkit reordered = Toolkit.builder().from(oldEdition())
        .interventions(List.of(sports(), boxing(), mentoring())).build();
    assertThat(ToolkitDiff.between(oldEdition(), reordered)).isEmpty();
  }

  @Test
  void removedInterventionsStandWhereTheyStoodAndPointIntoTheOldEdition() {
    Toolkit old = Toolkit.builder().title("T").interventions(List.of(boxing(), mentoring(), sports())).build();
    Toolkit next = Toolkit.builder().title("T").interventions(List.of(family(), mentoring())).build();
    assertThat(ToolkitDiff.between(old, next))
        .extracting(c -> c.kind() + " " + c.interventionId().orElseThrow() + " " + c.pointer())
        .containsExactly(
            "REMOVED boxing-club /interventions/0",
            "ADDED family-therapy /interventions/0",
            "REMOVED sports /interventions/2");
  }

  @Test
  void bandDirectionOnlyBetweenRatedBands() {
    Intervention rated = Intervention.builder().from(mentoring())
        .impact(ImpactRating.of(ImpactBand.HARMFUL, new BigDecimal("-5"))).build();
    Intervention unrated = Intervention.builder().from(mentoring())
        .impact(ImpactRating.of(ImpactBand.INSUFFICIENT_EVIDENCE)).build();
    Change down = ToolkitDiff.between(mentoring(), rated).get(0);
    assertThat(down.field()).isEqualTo(Field.IMPACT_BAND);
    assertThat(down.direction()).contains(Direction.DOWN);
    List<Change> toUnrated = ToolkitDiff.between(mentoring(), unrated);
    assertThat(toUnrated).extracting(Change::field).containsExactly(Field.IMPACT_BAND, Field.ESTIMATE);
    assertThat(toUnrated).allSatisfy(c -> assertThat(c.direction()).isEmpty());
    assertThat(toUnrated.get(1).after()).isEmpty();
  }

  @Test
  void estimatesInDifferentMeasuresHaveNoDirection() {
    Intervention crime = Intervention.builder().from(mentoring())
        .impact(ImpactRating.of(ImpactBand.MODERATE, new BigDecimal("20"), "crime")).build();
    List<Change> changes = ToolkitDiff.between(mentoring(), crime);
    assertThat(changes).extracting(Change::field).containsExactly(Field.ESTIMATE, Field.MEASURE);
    assertThat(changes.get(0).direction()).isEmpty();
    assertThat(changes.get(1).before()).isEmpty();
    assertThat(changes.get(1).after()).contains("crime");
  }

  @Test
  void ratingDirectionsNeedBothSidesRated() {
    Intervention dearer = Intervention.builder().from(mentoring()).cost(CostRating.HIGH)
        .evidence(EvidenceRating.NOT_RATED).build();
    List<Change> changes = ToolkitDiff.between(mentoring(), dearer);
    assertThat(changes).extracting(Change::field).containsExactly(Field.EVIDENCE, Field.COST);
    assertThat(changes.get(0).direction()).isEmpty();
    assertThat(changes.get(1).direction()).contains(Direction.UP);
  }

  @Test
  void listItemsAreMatchedByIdentity() {
    Resource moved = Resource.builder().title("Briefing, revised")
        .url(URI.create("https://example.org/b")).build();
    Resource untitledAddress = Resource.of("A book without an address");
    Intervention next = Intervention.builder().from(mentoring())
        .resources(List.of(mentoring().resources().get(1), moved, untitledAddress))
        .preventionTypes(List.of(PreventionType.PRIMARY, PreventionType.SECONDARY))
        .settings(List.of(Setting.of("community", "Relabelled community")))
        .implementation(List.of(ImplementationTip.of("Train the mentors", RichText.paragraph("Train them well."))))
        .build();
    assertThat(ToolkitDiff.between(mentoring(), next))
        .extracting(c -> c.kind() + " " + c.field() + " " + c.pointer())
        .containsExactly(
            "ADDED PREVENTION_TYPE /preventionTypes/0",
            "CHANGED TIP_BODY /implementation/0/body",
            "CHANGED RESOURCE /resources/1",
            "ADDED RESOURCE /resources/2");
  }

  @Test
  void duplicateIdentitiesMatchInTurn() {
    Intervention once = Intervention.builder().from(mentoring()).related(List.of("a", "b")).build();
    Intervention twice = Intervention.builder().from(mentoring()).related(List.of("a", "b", "a")).build();
    List<Change> changes = ToolkitDiff.between(once, twice);
    assertThat(changes).extracting(c -> c.kind() + " " + c.pointer() + " " + c.after().orElseThrow())
        .containsExactly("ADDED /related/2 a");
  }

  @Test
  void customSectionsByIdWithEscapedPointers() {
    Intervention before = Intervention.builder().from(mentoring())
        .putSection("behind-the-average", RichText.paragraph("Larger for younger pupils."))
        .build();
    Intervention after = Intervention.builder().from(mentoring())
        .putSection("a/b", RichText.paragraph("Two words"))
        .build();
    List<Change> changes = ToolkitDiff.between(before, after);
    assertThat(changes).extracting(c -> c.kind() + " " + c.pointer() + " " + c.key().orElseThrow()
            + " +" + c.wordsAdded().getAsInt() + " -" + c.wordsRemoved().getAsInt())
        .containsExactly(
            "REMOVED /sections/behind-the-average behind-the-average +0 -4",
            "ADDED /sections/a~1b a/b +2 -0");
  }

  @Test
  void everyScalarFieldAndTheToolkitsOwnFields() {
    Intervention next = Intervention.builder().from(mentoring())
        .summary("One line.")
        .studyCount(12)
        .headlineOnly(true)
        .lastUpdated(LocalDate.of(2025, 3, 1))
        .build();
    assertThat(ToolkitDiff.between(mentoring(), next))
        .extracting(c -> c.pointer() + "=" + c.before().orElse("") + ">" + c.after().orElse(""))
        .containsExactly("/summary=>One line.", "/studyCount=>12", "/headlineOnly=false>true",
            "/lastUpdated=>2025-03-01");
    Toolkit before = Toolkit.builder().title("T").addSetting(Setting.of("ae", "A and E")).build();
    Toolkit after = Toolkit.builder().title("T").about(RichText.paragraph("About us."))
        .source(Resource.of("The real toolkit"))
        .addSetting(Setting.of("ae", "Accident and emergency")).build();
    assertThat(ToolkitDiff.between(before, after))
        .extracting(c -> c.field() + " " + c.pointer() + " " + c.interventionId().isPresent())
        .containsExactly("ABOUT /about false", "SOURCE /source false", "SETTING /settings/0 false");
  }

  @Test
  void interventionsWithDifferentIdsReportTheId() {
    Intervention renamed = Intervention.builder().from(mentoring()).id("mentoring").build();
    List<Change> changes = ToolkitDiff.between(mentoring(), renamed);
    assertThat(changes).extracting(Change::field).containsExactly(Field.ID);
    assertThat(changes.get(0).interventionId()).isEqualTo(Optional.of("mentoring"));
    assertThat(changes.get(0).kind()).isEqualTo(Kind.CHANGED);
  }

  @Test
  void wordCountsAlignTheWords() {
    assertThat(Words.difference(List.of("a", "b", "c", "d"), List.of("a", "x", "c", "d", "e")))
        .containsExactly(2, 1);
    assertThat(Words.difference(List.of(), List.of("a", "b"))).containsExactly(2, 0);
    assertThat(Words.difference(List.of("b", "a"), List.of("a", "b"))).containsExactly(1, 1);
  }
}
