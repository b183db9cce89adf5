package org.evidencetoolkit.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Filters and an order for {@link Toolkit#query(ToolkitQuery)}. Every filter is optional and
 * filters combine with AND; an empty query returns the whole toolkit in its own order.
 *
 * <ul>
 *   <li>{@code preventionType}, {@code setting}, {@code sector}: the intervention lists it
 *       (settings and sectors are matched by code, exactly).
 *   <li>{@code band}: the headline band is this one.
 *   <li>{@code minEvidence} and {@code maxCost} compare levels, so an intervention whose evidence
 *       or cost is not rated never passes them: nothing is known to meet the bar. For the same
 *       reason the bar itself must be a level: {@code NOT_RATED} is refused when the query is
 *       built.
 *   <li>{@code text} matches, ignoring case (root locale) and leading and trailing white space of
 *       the query text, anywhere within one of: the id, title, summary, a narrative section's words
 *       (link text included, addresses not), a tip's title or body. A blank text matches every
 *       intervention.
 * </ul>
 *
 * <pre>{@code
 * ToolkitQuery q = ToolkitQuery.builder()
 *     .preventionType(PreventionType.SECONDARY)
 *     .minEvidence(EvidenceRating.MODERATE)
 *     .sortBy(SortKey.IMPACT)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public interface ToolkitQuery {
  /** Keep interventions with this prevention type. */
  Optional<PreventionType> preventionType();

  /** Keep interventions delivered in the setting with this code. */
  Optional<String> setting();

  /** Keep interventions delivered by the sector with this code. */
  Optional<String> sector();

  /** Keep interventions in this impact band. */
  Optional<ImpactBand> band();

  /** Keep interventions whose evidence is rated at least this. */
  Optional<EvidenceRating> minEvidence();

  /** Keep interventions whose cost is rated at most this. */
  Optional<CostRating> maxCost();

  /** Keep interventions that mention this text. */
  Optional<String> text();

  /** The order of the results; empty keeps the toolkit's order. */
  Optional<SortKey> sortBy();

  /** A bar must be a level: "at least not rated" or "at most not rated" means nothing. */
  @Value.Check
  default void check() {
    if (minEvidence().filter(e -> !e.isRated()).isPresent()) {
      throw new IllegalStateException(
          "minEvidence must be a level (VERY_LOW to VERY_HIGH), not NOT_RATED; leave it out for no"
              + " bar");
    }
    if (maxCost().filter(c -> !c.isRated()).isPresent()) {
      throw new IllegalStateException(
          "maxCost must be a level (VERY_LOW to VERY_HIGH), not NOT_RATED; leave it out for no"
              + " bar");
    }
  }

  /** The query with no filters and no order. */
  static ToolkitQuery all() {
    return builder().build();
  }

  /** A builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ToolkitQuery}. */
  final class Builder extends ImmutableToolkitQuery.Builder {
    /** An empty builder, the same as {@link ToolkitQuery#builder()}. */
    public Builder() {}
  }
}
