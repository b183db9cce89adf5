package org.evidencetoolkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Laws of {@link Toolkit#query}, {@link Toolkit#find} and {@link Toolkit#compare} over generated
 * toolkits, checked against an independent statement of each filter and order.
 */
class ToolkitQueryPropertiesTest {
  private static final int EXAMPLES = 200;

  @Test
  void returnsExactlyTheInterventionsThatPassEveryFilterInToolkitOrder() {
    qt().withExamples(EXAMPLES)
        .forAll(ModelGen.toolkits(), ModelGen.queries())
        .checkAssert(
            (toolkit, query) -> {
              ToolkitQuery unsorted = ToolkitQuery.builder().from(query).sortBy(Optional.empty()).build();
              List<Intervention> expected =
                  toolkit.interventions().stream().filter(i -> passes(i, query)).toList();
              assertSameInstances(toolkit.query(unsorted), expected);
            });
  }

  @Test
  void sortsStablyIntoTheOrderOfItsKey() {
    qt().withExamples(EXAMPLES)
        .forAll(ModelGen.toolkits(), ModelGen.queries(), Generate.enumValues(SortKey.class))
        .checkAssert(
            (toolkit, query, key) -> {
              List<Intervention> hits =
                  toolkit.query(ToolkitQuery.builder().from(query).sortBy(key).build());
              List<Intervention> unsorted =
                  toolkit.query(ToolkitQuery.builder().from(query).sortBy(Optional.empty()).build());
              assertThat(hits).containsExactlyInAnyOrderElementsOf(unsorted).hasSameSizeAs(unsorted);
              IdentityHashMap<Intervention, Integer> position = new IdentityHashMap<>();
              for (int n = 0; n < toolkit.interventions().size(); n++) {
                position.put(toolkit.interventions().get(n), n);
              }
              Comparator<Intervention> order = expectedOrder(key);
              for (int n = 1; n < hits.size(); n++) {
                Intervention before = hits.get(n - 1);
                Intervention after = hits.get(n);
                int c = order.compare(before, after);
                assertThat(c).as("%s before %s by %s", before.id(), after.id(), key).isLessThanOrEqualTo(0);
                if (c == 0) {
                  assertThat(position.get(before)).as("ties keep toolkit order").isLessThan(position.get(after));
                }
              }
            });
  }

  @Test
  void findsTheFirstInterventionWithAnId() {
    Gen<String> ids = Generate.pick(ModelGen.ID_POOL).mix(ModelGen.texts(), 20);
    qt().withExamples(EXAMPLES)
        .forAll(ModelGen.toolkits(), ids)
        .checkAssert(
            (toolkit, id) -> {
              Optional<Intervention> first =
                  toolkit.interventions().stream().filter(i -> i.id().equals(id)).findFirst();
              Optional<Intervention> found = toolkit.find(id);
              assertThat(found.isPresent()).isEqualTo(first.isPresent());
              first.ifPresent(f -> assertThat(found.get()).isSameAs(f));
            });
  }

  @Test
  void comparesInTheOrderGivenOrNamesEveryMissingId() {
    Gen<List<String>> idLists = lists().of(Generate.pick(ModelGen.ID_POOL)).ofSizeBetween(0, 5);
    qt().withExamples(EXAMPLES)
        .forAll(ModelGen.toolkits(), idLists)
        .checkAssert(
            (toolkit, ids) -> {
              List<String> missing = ids.stream().filter(id -> toolkit.find(id).isEmpty()).toList();
              if (missing.isEmpty()) {
                List<Intervention> chosen = toolkit.compare(ids);
                assertThat(chosen).hasSameSizeAs(ids);
                for (int n = 0; n < ids.size(); n++) {
                  assertThat(chosen.get(n)).isSameAs(toolkit.find(ids.get(n)).orElseThrow());
                }
              } else {
                assertThatThrownBy(() -> toolkit.compare(ids))
                    .isInstanceOf(IllegalArgumentException.class)
                    .satisfies(
                        e -> {
                          String message = String.valueOf(e.getMessage());
                          int from = 0;
                          for (String id : missing) {
                            int at = message.indexOf('"' + id + '"', from);
                            assertThat(at).as("%s named in order in %s", id, message).isGreaterThanOrEqualTo(0);
                            from = at;
                          }
                        });
              }
            });
  }

  private static void assertSameInstances(List<Intervention> actual, List<Intervention> expected) {
    assertThat(actual).hasSameSizeAs(expected);
    for (int n = 0; n < expected.size(); n++) {
      assertThat(actual.get(n)).isSameAs(expected.get(n));
    }
  }

  /** The filters as ToolkitQuery documents them, written independently of the implementation. */
  private static boolean passes(Intervention i, ToolkitQuery q) {
    if (q.preventionType().isPresent() && !i.preventionTypes().contains(q.preventionType().get())) {
      return false;
    }
    if (q.setting().isPresent()
        && i.settings().stream().noneMatch(s -> s.code().equals(q.setting().get()))) {
      return false;
    }
    if (q.sector().isPresent()
        && i.sectors().stream().noneMatch(s -> s.code().equals(q.sector().get()))) {
      return false;
    }
    if (q.band().isPresent() && i.impact().band() != q.band().get()) {
      return false;
    }
    if (q.minEvidence().isPresent()
        && (i.evidence().level().isEmpty()
            || i.evidence().level().getAsInt() < q.minEvidence().get().level().getAsInt())) {
      return false;
    }
    if (q.maxCost().isPresent()
        && (i.cost().level().isEmpty()
            || i.cost().level().getAsInt() > q.maxCost().get().level().getAsInt())) {
      return false;
    }
    if (q.text().isPresent() && !q.text().get().isBlank()) {
      String needle = q.text().get().strip().toLowerCase(Locale.ROOT);
      List<String> fields = new ArrayList<>(List.of(i.id(), i.title(), i.summary()));
      fields.add(i.whatIsIt().plainText());
      fields.add(i.effectiveness().plainText());
      fields.add(i.evidenceSecurity().plainText());
      fields.add(i.costDetails().plainText());
      fields.add(i.topicSummary().plainText());
      i.implementation().forEach(t -> {
        fields.add(t.title());
        fields.add(t.body().plainText());
      });
      return fields.stream().anyMatch(f -> f.toLowerCase(Locale.ROOT).contains(needle));
    }
    return true;
  }

  /** Each key's order as SortKey documents it; 0 means a tie. */
  private static Comparator<Intervention> expectedOrder(SortKey key) {
    return switch (key) {
      case IMPACT -> (a, b) -> {
        int byRank = Integer.compare(b.impact().band().rank(), a.impact().band().rank());
        if (byRank != 0) {
          return byRank;
        }
        Optional<BigDecimal> x = a.impact().estimate();
        Optional<BigDecimal> y = b.impact().estimate();
        if (x.isPresent() && y.isPresent()) {
          return y.get().compareTo(x.get());
        }
        return x.isPresent() == y.isPresent() ? 0 : x.isPresent() ? -1 : 1;
      };
      case EVIDENCE -> (a, b) -> rank(a.evidence().level(), true) - rank(b.evidence().level(), true);
      case COST -> (a, b) -> rank(a.cost().level(), false) - rank(b.cost().level(), false);
      case TITLE -> {
        Collator collator = Collator.getInstance(Locale.ROOT);
        collator.setStrength(Collator.PRIMARY);
        yield (a, b) -> collator.compare(a.title(), b.title());
      }
    };
  }

  /** Position in the order: rated levels first (highest or lowest first), unrated after all. */
  private static int rank(java.util.OptionalInt level, boolean highestFirst) {
    if (level.isEmpty()) {
      return 100;
    }
    return highestFirst ? 10 - level.getAsInt() : level.getAsInt();
  }
}
