package org.evidencetoolkit.model;

import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * The thresholds that map an impact estimate to an {@link ImpactBand}; versioned and replaceable,
 * because a What Works Centre may revise its bands.
 *
 * <p>An estimate {@code e} falls in {@code HIGH} when {@code e ≥ highFrom}, {@code MODERATE} when
 * {@code e ≥ moderateFrom}, {@code LOW} when {@code e ≥ lowFrom}, {@code HARMFUL} when {@code e ≤
 * harmfulTo}, and {@code NO_EFFECT} in between. The {@linkplain #defaults() default} follows the
 * YEF Toolkit's published bands ("30%+", "10%–30%", "2%–9%"), closing their gaps downward: HIGH ≥
 * 30, MODERATE ≥ 10, LOW ≥ 2, NO_EFFECT &gt; −2, HARMFUL ≤ −2.
 *
 * <pre>{@code
 * ImpactScale.defaults().bandOf(new BigDecimal("21"));   // MODERATE
 * ImpactScale strict = ImpactScale.builder().version("strict-1").highFrom(new BigDecimal("40"))
 *     .moderateFrom(BigDecimal.TEN).lowFrom(new BigDecimal("2")).harmfulTo(new BigDecimal("-2")).build();
 * }</pre>
 */
@Value.Immutable
public interface ImpactScale {
  /** A name for this set of thresholds, so reports can say which scale judged them. */
  String version();

  /** The lowest estimate that is {@code HIGH}. */
  BigDecimal highFrom();

  /** The lowest estimate that is {@code MODERATE}. */
  BigDecimal moderateFrom();

  /** The lowest estimate that is {@code LOW}. */
  BigDecimal lowFrom();

  /** The highest estimate that is {@code HARMFUL}. */
  BigDecimal harmfulTo();

  /** The band an estimate falls in; never {@code INSUFFICIENT_EVIDENCE}. */
  default ImpactBand bandOf(BigDecimal estimate) {
    if (estimate.compareTo(highFrom()) >= 0) {
      return ImpactBand.HIGH;
    }
    if (estimate.compareTo(moderateFrom()) >= 0) {
      return ImpactBand.MODERATE;
    }
    if (estimate.compareTo(lowFrom()) >= 0) {
      return ImpactBand.LOW;
    }
    if (estimate.compareTo(harmfulTo()) <= 0) {
      return ImpactBand.HARMFUL;
    }
    return ImpactBand.NO_EFFECT;
  }

  /** Whether {@code estimate} falls in {@code band} under this scale. */
  default boolean admits(ImpactBand band, BigDecimal estimate) {
    return band.isRated() && bandOf(estimate) == band;
  }

  /** Thresholds must rise strictly, or some band would be empty or overlap another. */
  @Value.Check
  default void check() {
    if (!(harmfulTo().compareTo(lowFrom()) < 0
        && lowFrom().compareTo(moderateFrom()) < 0
        && moderateFrom().compareTo(highFrom()) < 0)) {
      throw new IllegalStateException(
          "ImpactScale thresholds must rise strictly: harmfulTo < lowFrom < moderateFrom <"
              + " highFrom, was "
              + harmfulTo()
              + ", "
              + lowFrom()
              + ", "
              + moderateFrom()
              + ", "
              + highFrom());
    }
  }

  /**
   * The default scale, version {@code yef-2024}: HIGH ≥ 30, MODERATE ≥ 10, LOW ≥ 2, HARMFUL ≤ −2.
   */
  static ImpactScale defaults() {
    return DefaultImpactScale.YEF_2024;
  }

  /** A builder for a custom scale. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ImpactScale}; every threshold and the version are required. */
  final class Builder extends ImmutableImpactScale.Builder {
    /** An empty builder, the same as {@link ImpactScale#builder()}. */
    public Builder() {}
  }
}
