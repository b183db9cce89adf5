package org.evidencetoolkit.model;

import java.math.BigDecimal;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Evaluates a {@link ToolkitQuery}: filters combine with AND, sorting is stable. The semantics are
 * documented on {@link ToolkitQuery} and {@link SortKey}.
 */
final class Queries {
  private Queries() {}

  /** The interventions that pass the query, in its order. */
  public static List<Intervention> run(List<Intervention> interventions, ToolkitQuery query) {
    Stream<Intervention> hits = interventions.stream().filter(filter(query));
    if (query.sortBy().isPresent()) {
      // Stream.sorted is stable for ordered streams, so ties keep the toolkit's order.
      hits = hits.sorted(order(query.sortBy().get()));
    }
    return hits.toList();
  }

  /** The predicate an intervention must pass. */
  public static Predicate<Intervention> filter(ToolkitQuery query) {
    List<Predicate<Intervention>> tests = new ArrayList<>();
    if (query.preventionType().isPresent()) {
      PreventionType type = query.preventionType().get();
      tests.add(i -> i.preventionTypes().contains(type));
    }
    if (query.setting().isPresent()) {
      String code = query.setting().get();
      tests.add(i -> i.settings().stream().anyMatch(s -> s.code().equals(code)));
    }
    if (query.sector().isPresent()) {
      String code = query.sector().get();
      tests.add(i -> i.sectors().stream().anyMatch(s -> s.code().equals(code)));
    }
    if (query.band().isPresent()) {
      ImpactBand band = query.band().get();
      tests.add(i -> i.impact().band() == band);
    }
    if (query.minEvidence().isPresent()) {
      int min = level(query.minEvidence().get());
      tests.add(i -> i.evidence().isRated() && level(i.evidence()) >= min);
    }
    if (query.maxCost().isPresent()) {
      int max = level(query.maxCost().get());
      tests.add(i -> i.cost().isRated() && level(i.cost()) <= max);
    }
    if (query.text().isPresent()) {
      String needle = fold(query.text().get().strip());
      if (!needle.isEmpty()) {
        tests.add(i -> searchableFields(i).anyMatch(field -> fold(field).contains(needle)));
      }
    }
    return i -> tests.stream().allMatch(t -> t.test(i));
  }

  /** The order for a sort key; unrated last; ties left to the stable sort. */
  public static Comparator<Intervention> order(SortKey key) {
    return switch (key) {
      case IMPACT ->
          Comparator.comparing(
                  (Intervention i) -> i.impact().band().rank(), Comparator.reverseOrder())
              .thenComparing(i -> i.impact().estimate(), Queries::largerEstimateFirst);
      case EVIDENCE ->
          Comparator.comparing(
              (Intervention i) -> i.evidence().level(), ratedLast(Comparator.reverseOrder()));
      case COST ->
          Comparator.comparing(
              (Intervention i) -> i.cost().level(), ratedLast(Comparator.naturalOrder()));
      case TITLE -> {
        // A collator per comparator: Collator instances are not meant to be shared across threads.
        Collator collator = Collator.getInstance(Locale.ROOT);
        collator.setStrength(Collator.PRIMARY);
        yield Comparator.comparing(Intervention::title, collator);
      }
    };
  }

  /** Orders levels by {@code byLevel}, with an absent level after every present one. */
  private static Comparator<OptionalInt> ratedLast(Comparator<Integer> byLevel) {
    return (a, b) -> {
      if (a.isPresent() && b.isPresent()) {
        return byLevel.compare(a.getAsInt(), b.getAsInt());
      }
      return Boolean.compare(a.isEmpty(), b.isEmpty());
    };
  }

  private static int largerEstimateFirst(Optional<BigDecimal> a, Optional<BigDecimal> b) {
    if (a.isPresent() && b.isPresent()) {
      return b.get().compareTo(a.get());
    }
    return Boolean.compare(a.isEmpty(), b.isEmpty());
  }

  private static int level(EvidenceRating rating) {
    return rating.level().orElse(0);
  }

  private static int level(CostRating rating) {
    return rating.level().orElse(0);
  }

  private static String fold(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** Each searchable field on its own, so a query cannot match across a field boundary. */
  private static Stream<String> searchableFields(Intervention i) {
    List<String> fields = new ArrayList<>();
    fields.add(i.id());
    fields.add(i.title());
    fields.add(i.summary());
    Stream.of(i.whatIsIt(), i.effectiveness(), i.evidenceSecurity(), i.costDetails())
        .forEach(rich -> fields.add(rich.plainText()));
    for (ImplementationTip tip : i.implementation()) {
      fields.add(tip.title());
      fields.add(tip.body().plainText());
    }
    fields.add(i.topicSummary().plainText());
    return fields.stream();
  }
}
