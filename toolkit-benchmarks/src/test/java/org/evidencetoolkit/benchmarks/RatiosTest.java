package org.evidencetoolkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** When a ratio meets its target: on its lower bound, unless the target is set on the ratio. */
class RatiosTest {
  private static final Comparison ON_LOWER_BOUND =
      Comparison.of("w", "A.ours", "A.base", 1.0, "≥ 1.0×");

  // Ours 110 ± 20 against 100 ± 5: the ratio is 1.10×, its lower bound 90 / 105 = 0.86×.
  private static Ratios.Row row(Comparison c) {
    return new Ratios.Row(c, Map.of(), new Ratios.Score(110, 20, Double.NaN),
        new Ratios.Score(100, 5, Double.NaN));
  }

  @Test
  void aTargetIsJudgedOnTheLowerBound() {
    Ratios.Row row = row(ON_LOWER_BOUND);
    assertThat(row.ratio()).isEqualTo(1.10, Offset.offset(1e-9));
    assertThat(row.lowerBound()).isEqualTo(90.0 / 105, Offset.offset(1e-9));
    assertThat(row.met()).isFalse();
  }

  @Test
  void aTargetSetOnThePointEstimateIsJudgedOnTheRatio() {
    assertThat(row(ON_LOWER_BOUND.judgedOnPointEstimate()).met()).isTrue();
    Comparison higher = Comparison.of("w", "A.ours", "A.base", 1.2, "≥ 1.2×").judgedOnPointEstimate();
    assertThat(row(higher).met()).isFalse();
  }

  @Test
  void aLimitIsAlwaysMet() {
    assertThat(row(Comparison.limit("w", "A.ours", "A.base")).met()).isTrue();
  }

  @Test
  void theIssueSetsTheYamlParseTargetOnThePointEstimateAndTheRoundTripOnTheLowerBound() {
    Comparison yaml = Targets.all().stream()
        .filter(c -> c.workload().startsWith("parse YAML")).findFirst().orElseThrow();
    assertThat(yaml.onPointEstimate()).isTrue();
    assertThat(yaml.target()).isEqualTo(1.0);
    Comparison roundTrip = Targets.all().stream()
        .filter(c -> c.workload().startsWith("JSON round trip")).findFirst().orElseThrow();
    assertThat(roundTrip.onPointEstimate()).isFalse();
    assertThat(roundTrip.target()).isEqualTo(0.8);
  }
}
