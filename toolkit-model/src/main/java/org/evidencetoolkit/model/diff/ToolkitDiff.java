package org.evidencetoolkit.model.diff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.evidencetoolkit.model.ImpactBand;
import org.evidencetoolkit.model.ImplementationTip;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Resource;
import org.evidencetoolkit.model.Sector;
import org.evidencetoolkit.model.Setting;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.model.diff.Change.Direction;
import org.evidencetoolkit.model.diff.Change.Field;
import org.evidencetoolkit.model.diff.Change.Kind;
import org.evidencetoolkit.model.text.RichText;
import org.jspecify.annotations.Nullable;

/**
 * Compares two editions of a toolkit, or two interventions, and lists what changed (SPEC §12).
 *
 * <pre>{@code
 * List<Change> changes = ToolkitDiff.between(lastYear, thisYear);
 * boolean same = changes.isEmpty();
 * }</pre>
 *
 * <p><b>Matching.</b> Interventions are matched by id, never by position, and list items by
 * identity: implementation tips by title, resources by address (or by title when they have none),
 * prevention types, settings, sectors and related ids by code, custom sections by section id. When
 * an identity occurs more than once in a list, the first occurrence in one edition matches the
 * first in the other, the second the second, and so on. Moving an item (or an intervention) within
 * its list is not a change: the order of facets carries no meaning, and a reordering of tips or
 * interventions shows in the documents themselves.
 *
 * <p><b>What is reported.</b> An intervention added or removed is one change (its fields are not
 * listed). For an intervention in both editions, every field that differs is one {@link
 * Change.Kind#CHANGED} change (band, estimate and measure separately), and every list item or
 * custom section that only one side has is one {@link Change.Kind#ADDED} or {@link
 * Change.Kind#REMOVED} change. A tip present on both sides whose body differs is a {@link
 * Change.Field#TIP_BODY} change; a resource present on both sides whose title, description or
 * address differs is a changed {@link Change.Field#RESOURCE}. A setting or sector the toolkit
 * declares on both sides with a new label is a changed {@link Change.Field#SETTING} or {@link
 * Change.Field#SECTOR}. Rich text carries how many words were added and removed. Comparing an
 * edition with itself gives no changes.
 *
 * <p><b>Direction</b> is given for impact bands (only between rated bands, ordered HARMFUL &lt;
 * NO_EFFECT &lt; LOW &lt; MODERATE &lt; HIGH), estimates (when both sides have one, in the same
 * measure), and evidence and cost ratings (when both sides are rated). For cost, up means dearer.
 *
 * <p><b>Order</b> is deterministic: the toolkit's own fields first in document order (title,
 * about, source, profile, settings, sectors), then the interventions in the new edition's order,
 * each removed one where it stood in the old edition (after the intervention it followed), and
 * within an intervention by document field order; within a list, in the new list's order with
 * removed items where they stood.
 */
public final class ToolkitDiff {
  private ToolkitDiff() {}

  /** The changes from one edition of a toolkit to the next. */
  public static List<Change> between(Toolkit before, Toolkit after) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    List<Change> out = new ArrayList<>();
    Scope toolkit = new Scope(out, Optional.empty());
    toolkit.value(Field.TITLE, "/title", orNull(before.title()), orNull(after.title()));
    toolkit.text(Field.ABOUT, "/about", before.about(), after.about(), Optional.empty());
    toolkit.value(Field.SOURCE, "/source", before.source().orElse(null), after.source().orElse(null));
    toolkit.value(Field.PROFILE, "/profile", before.profile(), after.profile());
    toolkit.vocabulary(Field.SETTING, "/settings", before.settings(), after.settings(),
        Setting::code, Setting::label);
    toolkit.vocabulary(Field.SECTOR, "/sectors", before.sectors(), after.sectors(),
        Sector::code, Sector::label);
    List<Intervention> old = before.interventions();
    List<Intervention> next = after.interventions();
    for (Step step : align(keys(old, Intervention::id), keys(next, Intervention::id))) {
      if (step.before() < 0) {
        Intervention added = next.get(step.after());
        out.add(change(Kind.ADDED, Field.INTERVENTION, Optional.of(added.id()),
            "/interventions/" + step.after(), null, added).build());
      } else if (step.after() < 0) {
        Intervention removed = old.get(step.before());
        out.add(change(Kind.REMOVED, Field.INTERVENTION, Optional.of(removed.id()),
            "/interventions/" + step.before(), removed, null).build());
      } else {
        compare(out, old.get(step.before()), next.get(step.after()));
      }
    }
    return List.copyOf(out);
  }

  /**
   * The changes from one edition of an intervention to the next, with pointers relative to the
   * intervention. Their intervention id is the new edition's; if the ids differ, the first change
   * is an {@link Change.Field#ID} change.
   */
  public static List<Change> between(Intervention before, Intervention after) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    List<Change> out = new ArrayList<>();
    compare(out, before, after);
    return List.copyOf(out);
  }

  private static void compare(List<Change> out, Intervention b, Intervention a) {
    Scope s = new Scope(out, Optional.of(a.id()));
    s.value(Field.ID, "/id", b.id(), a.id());
    s.value(Field.TITLE, "/title", orNull(b.title()), orNull(a.title()));
    s.value(Field.SUMMARY, "/summary", orNull(b.summary()), orNull(a.summary()));
    ImpactBand bandBefore = b.impact().band();
    ImpactBand bandAfter = a.impact().band();
    if (bandBefore != bandAfter) {
      s.add(change(Kind.CHANGED, Field.IMPACT_BAND, s.id, "/impact/band", bandBefore, bandAfter)
          .direction(bandBefore.isRated() && bandAfter.isRated()
              ? direction(Integer.compare(bandAfter.rank(), bandBefore.rank()))
              : Optional.empty()));
    }
    Optional<BigDecimal> estimateBefore = b.impact().estimate();
    Optional<BigDecimal> estimateAfter = a.impact().estimate();
    if (!estimateBefore.equals(estimateAfter)) {
      boolean comparable = estimateBefore.isPresent() && estimateAfter.isPresent()
          && b.impact().measure().equals(a.impact().measure());
      s.add(change(Kind.CHANGED, Field.ESTIMATE, s.id, "/impact/estimate",
              estimateBefore.orElse(null), estimateAfter.orElse(null))
          .direction(comparable
              ? direction(estimateAfter.get().compareTo(estimateBefore.get()))
              : Optional.empty()));
    }
    s.value(Field.MEASURE, "/impact/measure",
        b.impact().measure().orElse(null), a.impact().measure().orElse(null));
    if (b.evidence() != a.evidence()) {
      s.add(change(Kind.CHANGED, Field.EVIDENCE, s.id, "/evidence", b.evidence(), a.evidence())
          .direction(b.evidence().isRated() && a.evidence().isRated()
              ? direction(Integer.compare(
                  a.evidence().level().getAsInt(), b.evidence().level().getAsInt()))
              : Optional.empty()));
    }
    if (b.cost() != a.cost()) {
      s.add(change(Kind.CHANGED, Field.COST, s.id, "/cost", b.cost(), a.cost())
          .direction(b.cost().isRated() && a.cost().isRated()
              ? direction(Integer.compare(a.cost().level().getAsInt(), b.cost().level().getAsInt()))
              : Optional.empty()));
    }
    s.value(Field.STUDY_COUNT, "/studyCount", boxed(b.studyCount()), boxed(a.studyCount()));
    s.value(Field.HEADLINE_ONLY, "/headlineOnly", b.headlineOnly(), a.headlineOnly());
    s.items(Field.PREVENTION_TYPE, "/preventionTypes", b.preventionTypes(), a.preventionTypes(),
        Enum::name);
    s.items(Field.SETTING, "/settings", b.settings(), a.settings(), Setting::code);
    s.items(Field.SECTOR, "/sectors", b.sectors(), a.sectors(), Sector::code);
    s.section("what-is-it", "/whatIsIt", b.whatIsIt(), a.whatIsIt());
    s.section("effectiveness", "/effectiveness", b.effectiveness(), a.effectiveness());
    s.section("evidence-security", "/evidenceSecurity", b.evidenceSecurity(), a.evidenceSecurity());
    s.section("cost", "/costDetails", b.costDetails(), a.costDetails());
    s.tips(b.implementation(), a.implementation());
    s.section("topic-summary", "/topicSummary", b.topicSummary(), a.topicSummary());
    s.resources(b.resources(), a.resources());
    s.customSections(b.sections(), a.sections());
    s.items(Field.RELATED, "/related", b.related(), a.related(), Function.identity());
    s.value(Field.LAST_UPDATED, "/lastUpdated",
        b.lastUpdated().orElse(null), a.lastUpdated().orElse(null));
  }

  /** Where changes go, and for which intervention. */
  private static final class Scope {
    private final List<Change> out;
    private final Optional<String> id;

    Scope(List<Change> out, Optional<String> id) {
      this.out = out;
      this.id = id;
    }

    void add(Change.Builder change) {
      out.add(change.build());
    }

    /** A field whose values are compared whole; {@code null} is "not given". */
    void value(Field field, String pointer, @Nullable Object before, @Nullable Object after) {
      if (!Objects.equals(before, after)) {
        add(change(Kind.CHANGED, field, id, pointer, before, after));
      }
    }

    void text(Field field, String pointer, RichText before, RichText after, Optional<String> key) {
      if (!before.equals(after)) {
        int[] words = Words.difference(before, after);
        add(change(Kind.CHANGED, field, id, pointer, orNull(before), orNull(after))
            .key(key)
            .wordsAdded(words[0])
            .wordsRemoved(words[1]));
      }
    }

    void section(String sectionId, String pointer, RichText before, RichText after) {
      text(Field.SECTION, pointer, before, after, Optional.of(sectionId));
    }

    /** Items added and removed, matched by identity; items present on both sides are equal. */
    <T> void items(Field field, String base, List<T> before, List<T> after,
        Function<T, String> identity) {
      matched(field, base, before, after, identity, (old, next, pointer) -> {});
    }

    /** A toolkit's declared settings or sectors: by code, and relabelled ones as changes. */
    <T> void vocabulary(Field field, String base, List<T> before, List<T> after,
        Function<T, String> code, Function<T, String> label) {
      matched(field, base, before, after, code, (old, next, pointer) -> {
        if (!label.apply(old).equals(label.apply(next))) {
          add(change(Kind.CHANGED, field, id, pointer, old, next));
        }
      });
    }

    void tips(List<ImplementationTip> before, List<ImplementationTip> after) {
      matched(Field.TIP, "/implementation", before, after, ImplementationTip::title,
          (old, next, pointer) -> text(Field.TIP_BODY, pointer + "/body", old.body(), next.body(),
              Optional.of(next.title())));
    }

    void resources(List<Resource> before, List<Resource> after) {
      matched(Field.RESOURCE, "/resources", before, after, ToolkitDiff::identity,
          (old, next, pointer) -> {
            if (!old.equals(next)) {
              add(change(Kind.CHANGED, Field.RESOURCE, id, pointer, old, next));
            }
          });
    }

    /**
     * The one walk over two lists matched by identity: an item only in {@code after} is added
     * (at its new index under {@code base}), one only in {@code before} removed (at its old
     * index), and a pair on both sides goes to {@code kept} with its new pointer, in the order of
     * the alignment.
     */
    private <T> void matched(Field field, String base, List<T> before, List<T> after,
        Function<T, String> identity, Kept<T> kept) {
      for (Step step : align(keys(before, identity), keys(after, identity))) {
        if (step.before() < 0) {
          add(change(Kind.ADDED, field, id, base + "/" + step.after(), null,
              after.get(step.after())));
        } else if (step.after() < 0) {
          add(change(Kind.REMOVED, field, id, base + "/" + step.before(),
              before.get(step.before()), null));
        } else {
          kept.accept(before.get(step.before()), after.get(step.after()), base + "/" + step.after());
        }
      }
    }

    void customSections(Map<String, RichText> before, Map<String, RichText> after) {
      List<String> old = List.copyOf(before.keySet());
      List<String> next = List.copyOf(after.keySet());
      for (Step step : align(old, next)) {
        if (step.before() < 0) {
          String key = next.get(step.after());
          RichText text = after.getOrDefault(key, RichText.empty());
          add(change(Kind.ADDED, Field.SECTION, id, "/sections/" + token(key), null, text)
              .key(key)
              .wordsAdded(Words.count(text))
              .wordsRemoved(0));
        } else if (step.after() < 0) {
          String key = old.get(step.before());
          RichText text = before.getOrDefault(key, RichText.empty());
          add(change(Kind.REMOVED, Field.SECTION, id, "/sections/" + token(key), text, null)
              .key(key)
              .wordsAdded(0)
              .wordsRemoved(Words.count(text)));
        } else {
          String key = next.get(step.after());
          text(Field.SECTION, "/sections/" + token(key),
              before.getOrDefault(key, RichText.empty()), after.getOrDefault(key, RichText.empty()),
              Optional.of(key));
        }
      }
    }
  }

  private static Change.Builder change(Kind kind, Field field, Optional<String> id, String pointer,
      @Nullable Object before, @Nullable Object after) {
    return Change.builder()
        .kind(kind)
        .field(field)
        .interventionId(id)
        .pointer(pointer)
        .before(Optional.ofNullable(before))
        .after(Optional.ofNullable(after));
  }

  /** Empty rich text is "no text": the format leaves it out. */
  private static @Nullable RichText orNull(RichText text) {
    return text.isEmpty() ? null : text;
  }

  /** Empty text is "no text", as for rich text. */
  private static @Nullable String orNull(String text) {
    return text.isEmpty() ? null : text;
  }

  private static @Nullable Integer boxed(OptionalInt value) {
    return value.isPresent() ? value.getAsInt() : null;
  }

  private static Optional<Direction> direction(int comparison) {
    return comparison == 0
        ? Optional.empty()
        : Optional.of(comparison > 0 ? Direction.UP : Direction.DOWN);
  }

  /** A resource is its address, or its title when it has none. */
  private static String identity(Resource resource) {
    return resource.url().map(u -> "url:" + u).orElseGet(() -> "title:" + resource.title());
  }

  /** A JSON Pointer reference token (RFC 6901): {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
  private static String token(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  /**
   * Each item's identity with its occurrence number, so that the n-th item with an identity in one
   * list matches the n-th in the other.
   */
  private static <T> List<String> keys(List<T> items, Function<T, String> identity) {
    Map<String, Integer> seen = new HashMap<>();
    List<String> keys = new ArrayList<>(items.size());
    for (T item : items) {
      String key = identity.apply(item);
      int n = seen.merge(key, 1, Integer::sum);
      keys.add(n == 1 ? key : key + '\u0000' + n);
    }
    return keys;
  }

  /**
   * One step of an alignment: an index into each list, or -1 for the side that lacks the item.
   *
   * @param before index in the old list, or -1 for an added item
   * @param after index in the new list, or -1 for a removed item
   */
  private record Step(int before, int after) {}

  /** What to do with an item present in both editions, given its pointer in the new one. */
  @FunctionalInterface
  private interface Kept<T> {
    void accept(T before, T after, String pointer);
  }

  /**
   * The two lists of keys merged: the new list's order, each key only the old list has placed
   * right after the key it followed there (or first, if it followed none that survives).
   */
  private static List<Step> align(List<String> before, List<String> after) {
    Map<String, Integer> newIndex = new HashMap<>();
    for (int i = 0; i < after.size(); i++) {
      newIndex.put(after.get(i), i);
    }
    Map<String, Integer> oldIndex = new HashMap<>();
    // Removed items, by the new index of the surviving item they followed (-1: none).
    Map<Integer, List<Integer>> removedAfter = new HashMap<>();
    int anchor = -1;
    for (int i = 0; i < before.size(); i++) {
      oldIndex.put(before.get(i), i);
      Integer kept = newIndex.get(before.get(i));
      if (kept == null) {
        removedAfter.computeIfAbsent(anchor, k -> new ArrayList<>()).add(i);
      } else {
        anchor = kept;
      }
    }
    List<Step> steps = new ArrayList<>(Math.max(before.size(), after.size()));
    for (int removed : removedAfter.getOrDefault(-1, List.of())) {
      steps.add(new Step(removed, -1));
    }
    for (int i = 0; i < after.size(); i++) {
      Integer old = oldIndex.get(after.get(i));
      steps.add(new Step(old == null ? -1 : old, i));
      for (int removed : removedAfter.getOrDefault(i, List.of())) {
        steps.add(new Step(removed, -1));
      }
    }
    return steps;
  }
}
