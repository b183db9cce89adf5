package org.evidencetoolkit.model;

import java.math.BigDecimal;

/**
 * Holds {@link ImpactScale#defaults()} so it is built once. A top-level package-private class
 * rather than a class nested in {@link ImpactScale}, because a class nested in an interface is
 * public and would join the API.
 */
final class DefaultImpactScale {
  static final ImpactScale YEF_2024 =
      ImpactScale.builder()
          .version("yef-2024")
          .highFrom(BigDecimal.valueOf(30))
          .moderateFrom(BigDecimal.TEN)
          .lowFrom(BigDecimal.valueOf(2))
          .harmfulTo(BigDecimal.valueOf(-2))
          .build();

  private DefaultImpactScale() {}
}
