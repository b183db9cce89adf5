package org.evidencetoolkit.model;

import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * What an impact estimate measures, and how to say it: "21% less violence", "+3 months", "4
 * percentage points more young people in work". A {@link Profile} lists its measures; an {@link
 * ImpactRating} names one by {@link #id()} (or takes the profile's first).
 *
 * <p>A positive estimate is always the better direction. {@link #better()}, {@link #worse()} and
 * {@link #none()} are the wordings for a positive, negative and zero estimate; {@code {0}} stands
 * for the estimate's absolute value, as written (no rounding, no grouping). This is the one place
 * an estimate is put into words: rule messages and every renderer call {@link #describe}.
 *
 * <pre>{@code
 * Measure months = Measure.builder().id("attainment").outcome("attainment").unit("months")
 *     .better("+{0} months").worse("−{0} months").none("no change in attainment").build();
 * months.describe(new BigDecimal("3"));    // "+3 months"
 * }</pre>
 */
@Value.Immutable
public interface Measure {
  /** The placeholder for the estimate's absolute value in a wording. */
  String VALUE = "{0}";

  /** A kebab-case id, e.g. {@code violence}, named by {@code impact.measure}. */
  String id();

  /** A noun for people: what changes, e.g. "violence", "crime", "attainment". */
  String outcome();

  /**
   * The unit of the estimate, for machines (CSV, structured data): {@code percent}, {@code months},
   * {@code percentage-points}, {@code effect-size}, or any kebab-case word.
   */
  String unit();

  /** The wording of a positive estimate, with {@code {0}}: "{0}% less violence". */
  String better();

  /** The wording of a negative estimate, with {@code {0}}: "{0}% more violence". */
  String worse();

  /** The wording of a zero estimate: "no change in violence". */
  String none();

  /** The estimate in this measure's words, e.g. "21% less violence" for {@code 21}. */
  default String describe(BigDecimal estimate) {
    int sign = estimate.signum();
    if (sign == 0) {
      return none().replace(VALUE, "0");
    }
    return (sign > 0 ? better() : worse()).replace(VALUE, number(estimate.abs()));
  }

  /**
   * A number as an editor wrote it, without exponent unless it is extreme: {@code toPlainString}
   * of 1E+999999999 would be a billion digits long.
   */
  static String number(BigDecimal value) {
    boolean modest = Math.abs(value.scale()) <= 40 && value.precision() <= 40;
    return modest ? value.toPlainString() : value.toString();
  }

  /** The directional wordings must show the value. */
  @Value.Check
  default void check() {
    if (!better().contains(VALUE) || !worse().contains(VALUE)) {
      throw new IllegalStateException(
          "Measure " + id() + ": the wordings better and worse must contain " + VALUE);
    }
  }

  /** A builder; every attribute is required. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Measure}. */
  final class Builder extends ImmutableMeasure.Builder {
    /** An empty builder, the same as {@link Measure#builder()}. */
    public Builder() {}
  }
}
