package org.evidencetoolkit.render.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.evidencetoolkit.model.CostRating;
import org.evidencetoolkit.model.EvidenceRating;
import org.evidencetoolkit.model.ImpactBand;
import org.evidencetoolkit.model.ImpactRating;
import org.evidencetoolkit.model.ImplementationTip;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Measure;
import org.evidencetoolkit.model.PreventionType;
import org.evidencetoolkit.model.Profile;
import org.evidencetoolkit.model.Resource;
import org.evidencetoolkit.model.Section;
import org.evidencetoolkit.model.Sector;
import org.evidencetoolkit.model.Setting;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.model.diff.Change;
import org.evidencetoolkit.model.diff.Change.Direction;
import org.evidencetoolkit.model.diff.Change.Field;
import org.evidencetoolkit.model.diff.Change.Kind;
import org.evidencetoolkit.render.labels.Labels;
import org.jspecify.annotations.Nullable;

/**
 * A diff in words, grouped: one entry for the toolkit's own fields, then one per intervention in
 * the order of the changes, each naming its subject and listing one clause per change, in the
 * labels' words and the profiles' wording of estimates. Every output format of the changelog is
 * made from these entries, so they all say the same thing.
 *
 * <p>The impact band, estimate and measure of one intervention are one clause ("impact raised
 * from Moderate impact (14% less violence) to High impact (31% less violence)"), worded from the
 * whole impact rating of each edition: an estimate means nothing without its measure.
 */
public final class ChangeSentences {
  /**
   * One entry of the changelog.
   *
   * @param name what the entry is about: an intervention's title, or the toolkit label
   * @param intervention the intervention in the new edition, to link to; empty for the toolkit
   *     and for a removed intervention
   * @param clauses what changed, one clause per change (impact changes as one)
   */
  public record Entry(String name, Optional<Intervention> intervention, List<String> clauses) {
    /** Copies the list. */
    public Entry {
      clauses = List.copyOf(clauses);
    }
  }

  private final Labels labels;
  private final Function<String, Optional<Intervention>> oldById;
  private final Function<String, Optional<Intervention>> newById;
  private final Profile oldProfile;
  private final Profile newProfile;

  private ChangeSentences(Labels labels,
      Function<String, Optional<Intervention>> oldById, Profile oldProfile,
      Function<String, Optional<Intervention>> newById, Profile newProfile) {
    this.labels = labels;
    this.oldById = oldById;
    this.newById = newById;
    this.oldProfile = oldProfile;
    this.newProfile = newProfile;
  }

  /** The entries for changes between two editions of a toolkit. */
  public static List<Entry> of(Labels labels, List<Change> changes, Toolkit before, Toolkit after) {
    return new ChangeSentences(labels, before::find, before.profile(), after::find, after.profile())
        .entries(changes);
  }

  /** The entries for changes between two editions of an intervention, worded by one profile. */
  public static List<Entry> of(
      Labels labels, List<Change> changes, Intervention before, Intervention after, Profile profile) {
    return new ChangeSentences(labels, id -> Optional.of(before), profile,
        id -> Optional.of(after), profile).entries(changes);
  }

  private List<Entry> entries(List<Change> changes) {
    // Grouped by intervention id in first-seen order; the toolkit's own fields under "".
    Map<String, List<Change>> groups = new LinkedHashMap<>();
    for (Change change : changes) {
      groups.computeIfAbsent(change.interventionId().orElse(""), k -> new ArrayList<>()).add(change);
    }
    List<Entry> entries = new ArrayList<>();
    for (Map.Entry<String, List<Change>> group : groups.entrySet()) {
      if (group.getKey().isEmpty()) {
        entries.add(new Entry(labels.text("changes.toolkit"), Optional.empty(),
            clauses(group.getValue(), null, null)));
        continue;
      }
      Intervention old = find(oldById, group.getKey(), group.getValue(), true);
      Intervention next = find(newById, group.getKey(), group.getValue(), false);
      Intervention named = next != null ? next : old;
      String name = named == null ? group.getKey() : RatingText.title(labels, named);
      entries.add(new Entry(name, Optional.ofNullable(next), clauses(group.getValue(), old, next)));
    }
    return entries;
  }

  /**
   * The intervention a group of changes is about, in one edition: the one the change carries if
   * it is a whole intervention, else the edition's intervention with that id.
   */
  private static @Nullable Intervention find(
      Function<String, Optional<Intervention>> edition, String id, List<Change> group, boolean old) {
    for (Change change : group) {
      if (change.field() == Field.INTERVENTION) {
        Optional<Object> side = old ? change.before() : change.after();
        return side.map(Intervention.class::cast).orElse(null);
      }
    }
    return edition.apply(id).orElse(null);
  }

  private List<String> clauses(
      List<Change> group, @Nullable Intervention old, @Nullable Intervention next) {
    List<String> clauses = new ArrayList<>();
    boolean impactSaid = false;
    for (Change c : group) {
      switch (c.field()) {
        case IMPACT_BAND, ESTIMATE, MEASURE -> {
          if (old == null || next == null) {
            clauses.add(value(c, "changes.field.impact"));
          } else if (!impactSaid) {
            clauses.add(impact(group, old.impact(), next.impact()));
            impactSaid = true;
          }
        }
        default -> clauses.add(clause(c));
      }
    }
    return clauses;
  }

  private String impact(List<Change> group, ImpactRating old, ImpactRating next) {
    Optional<Direction> direction = Optional.empty();
    for (Field field : List.of(Field.IMPACT_BAND, Field.ESTIMATE)) {
      for (Change c : group) {
        if (c.field() == field && direction.isEmpty()) {
          direction = c.direction();
        }
      }
    }
    return moved("changes.field.impact", direction,
        impact(old, oldProfile), impact(next, newProfile));
  }

  private String impact(ImpactRating rating, Profile profile) {
    String band = labels.band(rating.band());
    Optional<BigDecimal> estimate = rating.estimate();
    return estimate.isEmpty()
        ? band
        : labels.format("impact.with-estimate", band, profile.describe(rating, estimate.get()));
  }

  private String clause(Change c) {
    return switch (c.field()) {
      case INTERVENTION -> labels.text(c.kind() == Kind.ADDED
          ? "changes.intervention.added" : "changes.intervention.removed");
      case ID -> value(c, "changes.field.id");
      case TITLE -> value(c, "changes.field.title");
      case SUMMARY -> value(c, "changes.field.summary");
      case EVIDENCE -> moved("changes.field.evidence", c.direction(),
          RatingText.evidence(labels, (EvidenceRating) c.before().orElseThrow()),
          RatingText.evidence(labels, (EvidenceRating) c.after().orElseThrow()));
      case COST -> moved("changes.field.cost", c.direction(),
          RatingText.cost(labels, (CostRating) c.before().orElseThrow()),
          RatingText.cost(labels, (CostRating) c.after().orElseThrow()));
      case STUDY_COUNT -> value(c, "changes.field.studies");
      case HEADLINE_ONLY -> labels.text(Boolean.TRUE.equals(c.after().orElse(false))
          ? "changes.headline-only.on" : "changes.headline-only.off");
      case PREVENTION_TYPE -> item(c, "changes.field.prevention");
      case SETTING -> c.kind() == Kind.CHANGED
          ? value(c, "changes.field.setting") : item(c, "changes.field.setting");
      case SECTOR -> c.kind() == Kind.CHANGED
          ? value(c, "changes.field.sector") : item(c, "changes.field.sector");
      case SECTION -> text(c, sectionName(c.key().orElse("")));
      case TIP_BODY -> text(c, labels.format("changes.field.tip-body",
          quote(c.key().orElse(""))));
      case ABOUT -> text(c, labels.text("changes.field.about"));
      case TIP -> item(c, "changes.field.tip");
      case RESOURCE -> c.kind() == Kind.CHANGED
          ? labels.format("changes.edited", labels.text("changes.field.resource"), word(c.after()))
          : item(c, "changes.field.resource");
      case RELATED -> related(c);
      case LAST_UPDATED -> value(c, "changes.field.last-updated");
      case SOURCE -> value(c, "changes.field.source");
      case PROFILE -> value(c, "changes.field.profile");
      case IMPACT_BAND, ESTIMATE, MEASURE -> value(c, "changes.field.impact");
    };
  }

  private String sectionName(String id) {
    return labels.find(Section.labelKey(id)).orElse(id);
  }

  /** "title changed from ‘A’ to ‘B’", "… set to ‘B’", "… removed (was ‘A’)". */
  private String value(Change c, String fieldKey) {
    String field = labels.text(fieldKey);
    if (c.before().isEmpty()) {
      return labels.format("changes.set", field, quoted(c.after()));
    }
    if (c.after().isEmpty()) {
      return labels.format("changes.cleared", field, quoted(c.before()));
    }
    return labels.format("changes.changed", field, quoted(c.before()), quoted(c.after()));
  }

  /** "evidence quality raised from 2/5 Low to 3/5 Moderate". */
  private String moved(String fieldKey, Optional<Direction> direction, String from, String to) {
    String key = direction.map(d -> d == Direction.UP ? "changes.raised" : "changes.lowered")
        .orElse("changes.changed");
    return labels.format(key, labels.text(fieldKey), from, to);
  }

  /** "tip added: Supervise the matches". */
  private String item(Change c, String fieldKey) {
    String field = labels.text(fieldKey);
    return c.kind() == Kind.REMOVED
        ? labels.format("changes.removed", field, word(c.before()))
        : labels.format("changes.added", field, word(c.after()));
  }

  /** "Is it effective? changed (+4 −3 words)". */
  private String text(Change c, String name) {
    int added = c.wordsAdded().orElse(0);
    int removed = c.wordsRemoved().orElse(0);
    return switch (c.kind()) {
      case ADDED -> labels.format("changes.text.added", name, added);
      case REMOVED -> labels.format("changes.text.removed", name, removed);
      case CHANGED -> labels.format("changes.text", name, added, removed);
    };
  }

  private String quoted(Optional<Object> value) {
    Object v = value.orElseThrow();
    // Vocabulary entries and ratings read as words, not as quoted text.
    return v instanceof String || v instanceof Resource || v instanceof Profile
        ? quote(word(value)) : word(value);
  }

  private String quote(String text) {
    return labels.format("changes.quote", text);
  }

  /** A value as a reader says it. */
  private String word(Optional<Object> value) {
    Object v = value.orElseThrow();
    if (v instanceof ImplementationTip tip) {
      return tip.title();
    } else if (v instanceof Resource resource) {
      return resource.title();
    } else if (v instanceof PreventionType type) {
      return labels.preventionType(type);
    } else if (v instanceof Setting setting) {
      return labels.setting(setting);
    } else if (v instanceof Sector sector) {
      return labels.sector(sector);
    } else if (v instanceof LocalDate date) {
      return labels.date(date);
    } else if (v instanceof Profile profile) {
      return profile.name();
    } else if (v instanceof Intervention intervention) {
      return RatingText.title(labels, intervention);
    } else if (v instanceof ImpactBand band) {
      return labels.band(band);
    } else if (v instanceof BigDecimal number) {
      return Measure.number(number);
    }
    return String.valueOf(v);
  }

  /** "related approach added: Family therapy", by its title where either edition has it. */
  private String related(Change c) {
    String id = String.valueOf(c.kind() == Kind.REMOVED ? c.before().orElseThrow() : c.after().orElseThrow());
    String name = newById.apply(id).or(() -> oldById.apply(id))
        .filter(i -> i.id().equals(id))
        .map(i -> RatingText.title(labels, i))
        .orElse(id);
    return labels.format(c.kind() == Kind.REMOVED ? "changes.removed" : "changes.added",
        labels.text("changes.field.related"), name);
  }
}
