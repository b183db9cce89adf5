package org.evidencetoolkit.model;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The headline impact: a {@link ImpactBand} and, where one was published, the estimated change in
 * a {@link Measure} of the toolkit's {@link Profile}: by default the built-in profile's first
 * measure, violence in percent. Positive is always the better direction ("21% less violence" is
 * {@code 21}); negative is worse.
 *
 * <p>Estimates are held without trailing zeros ({@code 21.0} becomes {@code 21}) so that equal
 * numbers are equal values. Whether the estimate fits the band is a content rule ({@code
 * impact.estimate-matches-band}), not a construction failure.
 *
 * <pre>{@code
 * ImpactRating mentoring = ImpactRating.of(ImpactBand.MODERATE, new BigDecimal("21"));
 * ImpactRating unknown = ImpactRating.of(ImpactBand.INSUFFICIENT_EVIDENCE);
 * }</pre>
 */
@Value.Immutable
public interface ImpactRating {
  /** The band. */
  ImpactBand band();

  /** The estimated change in the measure, positive = better (for violence: less violence). */
  Optional<BigDecimal> estimate();

  /**
   * The id of the profile's {@link Measure} the estimate is given in; absent means the profile's
   * first (default) measure. Whether the profile declares it is the content rule {@code
   * impact.measure-known}.
   */
  Optional<String> measure();

  /** A rating with no estimate. */
  static ImpactRating of(ImpactBand band) {
    return builder().band(band).build();
  }

  /** A rating with an estimate in the profile's default measure. */
  static ImpactRating of(ImpactBand band, BigDecimal estimate) {
    return builder().band(band).estimate(estimate).build();
  }

  /** A rating with an estimate in a named measure, e.g. {@code crime}. */
  static ImpactRating of(ImpactBand band, BigDecimal estimate, String measure) {
    return builder().band(band).estimate(estimate).measure(measure).build();
  }

  /** A builder; the band is required. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ImpactRating}. */
  final class Builder extends ImmutableImpactRating.Builder {
    /** An empty builder, the same as {@link ImpactRating#builder()}. */
    public Builder() {}
  }

  /** Strips trailing zeros so that 21 and 21.0 are one value. */
  @Value.Check
  @SuppressWarnings("BigDecimalEquals") // the scale is exactly what this compares
  default ImpactRating normalize() {
    Optional<BigDecimal> estimate = estimate();
    if (estimate.isPresent()) {
      BigDecimal stripped = canonical(estimate.get());
      if (!stripped.equals(estimate.get())) {
        return builder().from(this).estimate(stripped).build();
      }
    }
    return this;
  }

  private static BigDecimal canonical(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    // 10 strips to 1E+1; keep whole numbers at scale 0 so they print as plain integers. A
    // stripped value is already canonical, so the cap keeps a hostile 1E+999999999 from being
    // expanded into a billion digits while equal numbers still make equal values.
    int maxPlainZeros = 64;
    return stripped.scale() < 0 && stripped.scale() >= -maxPlainZeros
        ? stripped.setScale(0)
        : stripped;
  }
}
