package org.evidencetoolkit.model;

import java.util.OptionalInt;

/**
 * How secure the evidence behind an impact estimate is, on a 1–5 scale, or not rated.
 *
 * <p>Example: {@code EvidenceRating.ofLevel(3)} is {@link #MODERATE}.
 */
public enum EvidenceRating {
  /** No rating has been given. */
  NOT_RATED(0),
  /** Level 1. */
  VERY_LOW(1),
  /** Level 2. */
  LOW(2),
  /** Level 3. */
  MODERATE(3),
  /** Level 4. */
  HIGH(4),
  /** Level 5. */
  VERY_HIGH(5);

  private final int level;

  EvidenceRating(int level) {
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
  public static EvidenceRating ofLevel(int level) {
    return values()[Levels.check(level, "evidence")];
  }
}
