package org.evidencetoolkit.model.diff;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One difference between two editions, as {@link ToolkitDiff} finds it: what kind of change, to
 * which field of which intervention, where (a JSON Pointer), the values on either side, and for
 * ordered values which way they moved.
 *
 * <p><b>Pointers.</b> Inside an intervention the pointer is relative to that intervention ({@code
 * /evidence}, {@code /impact/band}, {@code /resources/1}); an added or removed intervention and a
 * change to the toolkit's own fields point into the toolkit document ({@code /interventions/2},
 * {@code /title}). A removal points into the old edition, everything else into the new one.
 *
 * <p><b>Values.</b> {@link #before()} and {@link #after()} are model values: {@code String}
 * (titles, summary, ids, measure ids), {@link java.math.BigDecimal} (estimate), {@link Integer}
 * (study count), {@link Boolean} (headline only), {@link java.time.LocalDate}, the rating and
 * band enums, {@link org.evidencetoolkit.model.PreventionType}, {@link
 * org.evidencetoolkit.model.Setting}, {@link org.evidencetoolkit.model.Sector}, {@link
 * org.evidencetoolkit.model.text.RichText}, {@link org.evidencetoolkit.model.ImplementationTip},
 * {@link org.evidencetoolkit.model.Resource}, {@link org.evidencetoolkit.model.Profile} and, for a
 * whole intervention, {@link org.evidencetoolkit.model.Intervention}. A side is empty where the
 * edition has no value: an item added has no before, a field that was not given (an estimate, a
 * study count) has none on that side. Which type {@link #field()} implies is listed on each {@link
 * Field}.
 *
 * <pre>{@code
 * for (Change c : ToolkitDiff.between(lastYear, thisYear)) {
 *   if (c.field() == Change.Field.EVIDENCE && c.direction().equals(Optional.of(Change.Direction.UP))) {
 *     System.out.println(c.interventionId().orElseThrow() + ": evidence raised");
 *   }
 * }
 * }</pre>
 */
@Value.Immutable
public interface Change {
  /** Whether something was added, removed, or changed in place. */
  enum Kind {
    /** In the new edition only: an intervention, a list item, a custom section. */
    ADDED,
    /** In the old edition only. */
    REMOVED,
    /** In both, with different values; every field of a value (not an item) changes this way. */
    CHANGED
  }

  /** Which way an ordered value moved. */
  enum Direction {
    /** To a higher band, a larger estimate, a higher evidence or cost level. */
    UP,
    /** To a lower one. */
    DOWN
  }

  /** What changed; each constant names the type of its values. */
  enum Field {
    /** A whole intervention was added or removed ({@code Intervention}). */
    INTERVENTION,
    /** An intervention's id, when two interventions are compared directly ({@code String}). */
    ID,
    /** The title of an intervention or, with no intervention id, of the toolkit ({@code String}). */
    TITLE,
    /** The one-line summary ({@code String}). */
    SUMMARY,
    /** The impact band ({@code ImpactBand}); a direction only between rated bands. */
    IMPACT_BAND,
    /** The impact estimate ({@code BigDecimal}); a direction when both sides have one in one measure. */
    ESTIMATE,
    /** The id of the estimate's measure ({@code String}; absent means the profile's default). */
    MEASURE,
    /** The evidence rating ({@code EvidenceRating}); a direction when both sides are rated. */
    EVIDENCE,
    /** The cost rating ({@code CostRating}); a direction when both sides are rated (up = dearer). */
    COST,
    /** The study count ({@code Integer}). */
    STUDY_COUNT,
    /** Whether the entry gives only the headline ({@code Boolean}). */
    HEADLINE_ONLY,
    /** A prevention type added or removed ({@code PreventionType}). */
    PREVENTION_TYPE,
    /**
     * A setting added to or removed from an intervention, or a setting the toolkit declares
     * added, removed or relabelled ({@code Setting}).
     */
    SETTING,
    /** As {@link #SETTING}, for sectors ({@code Sector}). */
    SECTOR,
    /**
     * A narrative section: a built-in rich-text field or a custom section ({@code RichText}); see
     * {@link Change#key()} and the word counts.
     */
    SECTION,
    /** An implementation tip added or removed, matched by title ({@code ImplementationTip}). */
    TIP,
    /** The body of a tip present in both editions ({@code RichText}). */
    TIP_BODY,
    /** An item of further reading, matched by address or else by title ({@code Resource}). */
    RESOURCE,
    /** A related intervention's id added or removed ({@code String}). */
    RELATED,
    /** The date last updated ({@code LocalDate}). */
    LAST_UPDATED,
    /** What the toolkit is ({@code RichText}), with word counts. */
    ABOUT,
    /** The toolkit's source publication ({@code Resource}). */
    SOURCE,
    /** The toolkit's profile ({@code Profile}). */
    PROFILE
  }

  /** Added, removed or changed. */
  Kind kind();

  /** What changed. */
  Field field();

  /** The intervention concerned; empty for a change to the toolkit's own fields. */
  Optional<String> interventionId();

  /** Where: a JSON Pointer, as the class comment describes. */
  String pointer();

  /** The value in the old edition, if it had one. */
  Optional<Object> before();

  /** The value in the new edition, if it has one. */
  Optional<Object> after();

  /** Which way an ordered value moved; empty where the values are not ordered or not comparable. */
  Optional<Direction> direction();

  /**
   * Which item of its kind: for {@link Field#SECTION} the section id, a built-in one ({@code
   * what-is-it}, {@code effectiveness}, {@code evidence-security}, {@code cost}, {@code
   * topic-summary}) or a custom one; for {@link Field#TIP_BODY} the tip's title. Empty otherwise.
   */
  Optional<String> key();

  /** For rich text (sections, tip bodies, about): how many words the new edition adds. */
  OptionalInt wordsAdded();

  /** For rich text: how many words of the old edition are gone. */
  OptionalInt wordsRemoved();

  /** A builder; kind, field and pointer are required. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Change}. */
  final class Builder extends ImmutableChange.Builder {
    /** An empty builder, the same as {@link Change#builder()}. */
    public Builder() {}
  }
}
