package org.evidencetoolkit.model;

/**
 * How {@link Toolkit#query(ToolkitQuery)} orders its results. Each key sorts in the order a reader
 * choosing an approach would want; unrated values always come last, and ties keep the toolkit's own
 * order (sorting is stable).
 */
public enum SortKey {
  /**
   * Most effective first: by {@link ImpactBand#rank()} descending, then by estimate descending (an
   * estimate before none); insufficient evidence last.
   */
  IMPACT,
  /** Most secure evidence first; not rated last. */
  EVIDENCE,
  /** Cheapest first; not rated last. */
  COST,
  /** By title, alphabetically, ignoring case and accents (root-locale collation). */
  TITLE
}
