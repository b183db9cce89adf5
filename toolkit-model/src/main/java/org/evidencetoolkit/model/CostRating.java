package org.evidencetoolkit.model;

import java.util.OptionalInt;

/**
 * What an approach costs relative to the other approaches in the same toolkit, on a 1–5 scale, or
 * not rated (shown to readers as "?").
 */
public enum CostRating {
  /** Not enough is known to rate the cost. */
  NOT_RATED(0),
  /** Level 1, the cheapest. */
  VERY_LOW(1),
  /** Level 2. */
  LOW(2),
  /** Level 3. */
  MODERATE(3),
  /** Level 4. */
  HIGH(4),
  /** Level 5, the most expensive. */
  VERY_HIGH(5);

  private final int level;

  CostRating(int level) {
    this.level = level;
  }

  /** The level 1–5, or empty when not rated. */
  public OptionalInt level() {
    return level == 0 ? OptionalInt.empty() : OptionalInt.of(level);
  }

  /** Whether a level has been given. */
  public boolean isRated() {
    return level != 0;
  }

  /**
   * The rating for a level.
   *
   * @throws IllegalArgumentException if {@code level} is outside 1–5
   */
  public static CostRating ofLevel(int level) {
    return values()[Levels.check(level, "cost")];
  }
}
