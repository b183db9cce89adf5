package org.evidencetoolkit.model;

/**
 * The headline verdict on an approach's impact, as a What Works Centre prints it ("High impact",
 * "Insufficient evidence of impact").
 *
 * <p>The declaration order runs from most harmful to most effective with {@link
 * #INSUFFICIENT_EVIDENCE} in the middle, as the format lists them; use {@link #rank()} for ordering
 * by effect.
 */
public enum ImpactBand {
  /** The approach increased violence. */
  HARMFUL(1),
  /** The estimate is close to zero either way. */
  NO_EFFECT(2),
  /** There is not enough evidence to estimate an effect; such a rating carries no estimate. */
  INSUFFICIENT_EVIDENCE(0),
  /** A small reduction. */
  LOW(3),
  /** A moderate reduction. */
  MODERATE(4),
  /** A large reduction. */
  HIGH(5);

  private final int rank;

  ImpactBand(int rank) {
    this.rank = rank;
  }

  /**
   * Orders bands by effect for a reader choosing what works: {@code HIGH} 5 down to {@code HARMFUL}
   * 1; {@code INSUFFICIENT_EVIDENCE} is 0 because nothing is known of its effect.
   */
  public int rank() {
    return rank;
  }

  /** Whether an estimate may accompany this band ({@code false} only for insufficient evidence). */
  public boolean isRated() {
    return this != INSUFFICIENT_EVIDENCE;
  }
}
