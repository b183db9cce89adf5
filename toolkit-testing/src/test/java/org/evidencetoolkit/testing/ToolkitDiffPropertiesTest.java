package org.evidencetoolkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.evidencetoolkit.model.CostRating;
import org.evidencetoolkit.model.EvidenceRating;
import org.evidencetoolkit.model.ImpactBand;
import org.evidencetoolkit.model.ImpactRating;
import org.evidencetoolkit.model.ImplementationTip;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Setting;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.model.diff.Change;
import org.evidencetoolkit.model.diff.Change.Field;
import org.evidencetoolkit.model.diff.Change.Kind;
import org.evidencetoolkit.model.diff.ToolkitDiff;
import org.evidencetoolkit.model.text.RichText;
import org.junit.jupiter.api.Test;

/**
 * The laws of {@link ToolkitDiff} over generated content: an edition against itself has no
 * changes; one edit gives exactly that change; swapping the sides swaps added and removed (and
 * before and after).
 */
class ToolkitDiffPropertiesTest {
  @Test
  void anEditionAgainstItselfHasNoChanges() {
    qt().withExamples(100).forAll(Generators.toolkits())
        .checkAssert(t -> assertThat(ToolkitDiff.between(t, Toolkit.builder().from(t).build())).isEmpty());
    qt().withExamples(500).forAll(Generators.interventions())
        .checkAssert(i -> assertThat(ToolkitDiff.between(i, i)).isEmpty());
  }

  /** One edit of an intervention, and the one change it must give. */
  private record Edit(Intervention edited, Kind kind, Field field, String pointer) {}

  private static final int EDITS = 10;

  private static Edit edit(Intervention i, int which) {
    Intervention.Builder b = Intervention.builder().from(i);
    return switch (which) {
      case 0 -> new Edit(b.title(i.title() + " revised").build(), Kind.CHANGED, Field.TITLE, "/title");
      case 1 -> new Edit(b.evidence(i.evidence() == EvidenceRating.HIGH ? EvidenceRating.LOW : EvidenceRating.HIGH)
            .build(), Kind.CHANGED, Field.EVIDENCE, "/evidence");
      case 2 -> new Edit(b.cost(i.cost() == CostRating.VERY_LOW ? CostRating.VERY_HIGH : CostRating.VERY_LOW)
            .build(), Kind.CHANGED, Field.COST, "/cost");
      case 3 -> new Edit(b.impact(ImpactRating.builder().from(i.impact())
              .band(i.impact().band() == ImpactBand.HIGH ? ImpactBand.LOW : ImpactBand.HIGH).build()).build(),
          Kind.CHANGED, Field.IMPACT_BAND, "/impact/band");
      case 4 -> new Edit(b.impact(ImpactRating.builder().from(i.impact())
              .estimate(i.impact().estimate().orElse(BigDecimal.ZERO).add(BigDecimal.ONE)).build()).build(),
          Kind.CHANGED, Field.ESTIMATE, "/impact/estimate");
      case 5 -> new Edit(b.addImplementation(ImplementationTip.of(
              "A tip no generator writes " + i.implementation().size(), RichText.paragraph("Do it.")))
              .build(),
          Kind.ADDED, Field.TIP, "/implementation/" + i.implementation().size());
      case 6 -> i.resources().isEmpty()
          ? edit(i, 0)
          : new Edit(b.resources(i.resources().subList(0, i.resources().size() - 1)).build(),
              Kind.REMOVED, Field.RESOURCE, "/resources/" + (i.resources().size() - 1));
      case 7 -> new Edit(b.addSetting(Setting.of("nowhere-in-particular", "Nowhere")).build(),
            Kind.ADDED, Field.SETTING, "/settings/" + i.settings().size());
      case 8 -> new Edit(b.effectiveness(RichText.paragraph(i.effectiveness().plainText() + " And more."))
            .build(), Kind.CHANGED, Field.SECTION, "/effectiveness");
      default -> new Edit(b.studyCount(i.studyCount().orElse(0) + 1).build(),
            Kind.CHANGED, Field.STUDY_COUNT, "/studyCount");
    };
  }

  @Test
  void oneEditGivesExactlyThatChange() {
    qt().withExamples(1_000).forAll(Generators.interventions(), integers().between(0, EDITS - 1))
        .checkAssert((i, which) -> {
          Edit edit = edit(i, which);
          List<Change> changes = ToolkitDiff.between(i, edit.edited());
          assertThat(changes).as("edit %d", which).hasSize(1);
          Change change = changes.get(0);
          assertThat(change.kind()).isEqualTo(edit.kind());
          assertThat(change.field()).isEqualTo(edit.field());
          assertThat(change.pointer()).isEqualTo(edit.pointer());
          assertThat(change.interventionId()).contains(i.id());
        });
  }

  @Test
  void oneEditInsideAToolkitGivesExactlyThatChange() {
    qt().withExamples(100)
        .forAll(Generators.toolkits(), integers().between(0, 1_000), integers().between(0, EDITS + 1))
        // No assumption: QuickTheories gives up when its first draws are mostly empty toolkits,
        // so an empty toolkit takes the one edit it has, its title.
        .checkAssert((t, at, whichDrawn) -> {
          int which = t.interventions().isEmpty() ? EDITS + 1 : whichDrawn;
          List<Intervention> interventions = new ArrayList<>(t.interventions());
          int n = interventions.isEmpty() ? 0 : at % interventions.size();
          List<Change> changes;
          if (which == EDITS) {
            Intervention target = interventions.get(n);
            interventions.remove(n);
            changes = ToolkitDiff.between(t, Toolkit.builder().from(t).interventions(interventions).build());
            assertThat(changes).singleElement().satisfies(c -> {
              assertThat(c.kind()).isEqualTo(Kind.REMOVED);
              assertThat(c.pointer()).isEqualTo("/interventions/" + n);
              assertThat(c.before()).contains(target);
            });
          } else if (which == EDITS + 1) {
            changes = ToolkitDiff.between(t, Toolkit.builder().from(t).title(t.title() + " 2").build());
            assertThat(changes).singleElement().satisfies(c -> {
              assertThat(c.field()).isEqualTo(Field.TITLE);
              assertThat(c.interventionId()).isEmpty();
              assertThat(c.pointer()).isEqualTo("/title");
            });
          } else {
            Intervention target = interventions.get(n);
            Edit edit = edit(target, which);
            interventions.set(n, edit.edited());
            changes = ToolkitDiff.between(t, Toolkit.builder().from(t).interventions(interventions).build());
            assertThat(changes).singleElement().satisfies(c -> {
              assertThat(c.field()).isEqualTo(edit.field());
              assertThat(c.pointer()).isEqualTo(edit.pointer());
              assertThat(c.interventionId()).contains(target.id());
            });
          }
        });
  }

  /**
   * Two editions that share some interventions, differ in others, and have edited some: the
   * first half of one toolkit's interventions, each other one edited, plus a second toolkit's
   * interventions under ids of their own.
   */
  private static Toolkit nextEdition(Toolkit first, Toolkit second, int which) {
    List<Intervention> kept = new ArrayList<>();
    List<Intervention> old = first.interventions();
    for (int k = 0; k < (old.size() + 1) / 2; k++) {
      kept.add(k % 2 == 0 ? old.get(k) : edit(old.get(k), (which + k) % EDITS).edited());
    }
    for (Intervention other : second.interventions()) {
      kept.add(Intervention.builder().from(other).id("other-" + other.id()).build());
    }
    return Toolkit.builder().from(first).title(first.title() + (which % 2 == 0 ? "" : " 2"))
        .interventions(kept).build();
  }

  @Test
  void swappingTheSidesSwapsAddedAndRemoved() {
    qt().withExamples(100)
        .forAll(Generators.toolkits(), Generators.toolkits(), integers().between(0, EDITS - 1))
        .checkAssert((first, second, which) -> {
          Toolkit a = first;
          Toolkit b = nextEdition(first, second, which);
          List<Change> forward = ToolkitDiff.between(a, b);
          List<Change> backward = ToolkitDiff.between(b, a);
          assertThat(counts(forward.stream().map(ToolkitDiffPropertiesTest::key).toList()))
              .isEqualTo(counts(backward.stream().map(ToolkitDiffPropertiesTest::mirrorKey).toList()));
          assertThat(forward.stream().filter(c -> c.kind() == Kind.ADDED).count())
              .isEqualTo(backward.stream().filter(c -> c.kind() == Kind.REMOVED).count());
        });
  }

  /** What a change says, with the pointer only where it must match (items and interventions). */
  private static List<Object> key(Change c) {
    return List.of(c.kind(), c.field(), c.interventionId(), c.kind() == Kind.CHANGED ? "" : c.pointer(),
        c.before(), c.after(), c.direction(), c.key(), c.wordsAdded(), c.wordsRemoved());
  }

  /** The key of the change the other way round. */
  private static List<Object> mirrorKey(Change c) {
    Kind kind = switch (c.kind()) {
      case ADDED -> Kind.REMOVED;
      case REMOVED -> Kind.ADDED;
      case CHANGED -> Kind.CHANGED;
    };
    Optional<Change.Direction> direction = c.direction().map(
        d -> d == Change.Direction.UP ? Change.Direction.DOWN : Change.Direction.UP);
    OptionalInt added = c.wordsRemoved();
    OptionalInt removed = c.wordsAdded();
    return List.of(kind, c.field(), c.interventionId(), kind == Kind.CHANGED ? "" : c.pointer(),
        c.after(), c.before(), direction, c.key(), added, removed);
  }

  private static Map<List<Object>, Integer> counts(List<List<Object>> keys) {
    Map<List<Object>, Integer> counts = new HashMap<>();
    keys.forEach(k -> counts.merge(k, 1, Integer::sum));
    return counts;
  }
}
