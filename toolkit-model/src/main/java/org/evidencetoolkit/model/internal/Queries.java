package org.evidencetoolkit.model.internal;

import java.math.BigDecimal;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.evidencetoolkit.model.ImplementationTip;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.SortKey;
import org.evidencetoolkit.model.ToolkitQuery;

/** Evaluates a {@link ToolkitQuery}: filters combine with AND, sorting is stable. */
public final class Queries {
  private Queries() {}

  /** The interventions that pass the query, in its order. */
  public static List<Intervention> run(List<Intervention> interventions, ToolkitQuery query) {
    Predicate<Intervention> filter = filter(query);
    Stream<Intervention> hits = interventions.stream().filter(filter);
    if (query.sortBy().isPresent()) {
      hits = hits.sorted(order(query.sortBy().get()));
    }
    return hits.toList();
  }

  /** The predicate an intervention must pass. */
  public static Predicate<Intervention> filter(ToolkitQuery query) {
    Predicate<Intervention> p = i -> true;
    if (query.preventionType().isPresent()) {
      var type = query.preventionType().get();
      p = p.and(i -> i.preventionTypes().contains(type));
    }
    if (query.setting().isPresent()) {
      String code = query.setting().get();
      p = p.and(i -> i.settings().stream().anyMatch(s -> s.code().equals(code)));
    }
    if (query.sector().isPresent()) {
      String code = query.sector().get();
      p = p.and(i -> i.sectors().stream().anyMatch(s -> s.code().equals(code)));
    }
    if (query.band().isPresent()) {
      var band = query.band().get();
      p = p.and(i -> i.impact().band() == band);
    }
    if (query.minEvidence().isPresent()) {
      var min = query.minEvidence().get();
      p = p.and(i -> i.evidence().isRated() && i.evidence().compareTo(min) >= 0);
    }
    if (query.maxCost().isPresent()) {
      var max = query.maxCost().get();
      p = p.and(i -> i.cost().isRated() && i.cost().compareTo(max) <= 0);
    }
    if (query.text().isPresent()) {
      String needle = fold(query.text().get());
      p = p.and(i -> fold(searchableText(i)).contains(needle));
    }
    return p;
  }

  /** The order for a sort key; unrated last; ties left to the stable sort. */
  public static Comparator<Intervention> order(SortKey key) {
    return switch (key) {
      case IMPACT ->
          Comparator.<Intervention>comparingInt(i -> -i.impact().band().rank())
              .thenComparing(i -> i.impact().estimate(), Queries::largerEstimateFirst);
      case EVIDENCE ->
          Comparator.comparingInt(i -> -i.evidence().level().orElse(Integer.MIN_VALUE + 1));
      case COST -> Comparator.comparingInt(i -> i.cost().level().orElse(Integer.MAX_VALUE));
      case TITLE -> {
        Collator collator = Collator.getInstance(Locale.ROOT);
        collator.setStrength(Collator.PRIMARY);
        yield Comparator.comparing(Intervention::title, collator);
      }
    };
  }

  private static int largerEstimateFirst(Optional<BigDecimal> a, Optional<BigDecimal> b) {
    if (a.isPresent() && b.isPresent()) {
      return b.get().compareTo(a.get());
    }
    // an estimate before none
    return Boolean.compare(a.isEmpty(), b.isEmpty());
  }

  private static String fold(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private static String searchableText(Intervention i) {
    StringBuilder text = new StringBuilder();
    text.append(i.id()).append('\n').append(i.title()).append('\n').append(i.summary());
    Stream.of(i.whatIsIt(), i.effectiveness(), i.evidenceSecurity(), i.costDetails(), i.topicSummary())
        .forEach(rich -> text.append('\n').append(rich.plainText()));
    for (ImplementationTip tip : i.implementation()) {
      text.append('\n').append(tip.title()).append('\n').append(tip.body().plainText());
    }
    return text.toString();
  }

}
