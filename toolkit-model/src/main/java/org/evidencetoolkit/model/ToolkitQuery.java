package org.evidencetoolkit.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Filters and an order for {@link Toolkit#query(ToolkitQuery)}. Every filter is optional and
 * filters combine with AND; an empty query returns the whole toolkit in its own order.
 *
 * <ul>
 *   <li>{@code minEvidence} and {@code maxCost} compare levels, so an intervention whose evidence
 *       or cost is not rated never passes them: nothing is known to meet the bar.
 *   <li>{@code text} matches, ignoring case, anywhere in the id, title, summary, narrative
 *       sections, tip titles and bodies.
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

  /** The query with no filters and no order. */
  static ToolkitQuery all() {
    return builder().build();
  }

  /** A builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ToolkitQuery}. */
  final class Builder extends ImmutableToolkitQuery.Builder {}
}
