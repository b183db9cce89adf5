package org.evidencetoolkit.benchmarks;

import java.util.Map;

/**
 * One ratio the full run reports: the throughput of one benchmark method (ours) divided by another
 * (a baseline), paired on the parameters they share.
 *
 * @param workload what is measured, as the table names it
 * @param ours {@code SimpleClassName.method} of our side
 * @param baseline {@code SimpleClassName.method} of the baseline
 * @param target the least lower bound of the ratio that meets the target; {@code NaN} for a ratio
 *     reported without a target (a limit)
 * @param targetText the target in words
 * @param oursOnly parameter values our side is restricted to
 * @param baselineOnly parameter values the baseline is restricted to
 * @param onPointEstimate whether the target is judged on the ratio itself rather than on its lower
 *     bound (the issue sets one such target: YAML parsing)
 */
public record Comparison(
    String workload,
    String ours,
    String baseline,
    double target,
    String targetText,
    Map<String, String> oursOnly,
    Map<String, String> baselineOnly,
    boolean onPointEstimate) {

  /** A comparison on every shared parameter with a target. */
  public static Comparison of(String workload, String ours, String baseline, double target, String targetText) {
    return new Comparison(workload, ours, baseline, target, targetText, Map.of(), Map.of(), false);
  }

  /** A comparison reported without a target. */
  public static Comparison limit(String workload, String ours, String baseline) {
    return new Comparison(
        workload, ours, baseline, Double.NaN, "limit (reported)", Map.of(), Map.of(), false);
  }

  /** This comparison with our side restricted to some parameter values. */
  public Comparison oursOnly(Map<String, String> only) {
    return new Comparison(
        workload, ours, baseline, target, targetText, only, baselineOnly, onPointEstimate);
  }

  /** This comparison with the baseline restricted to some parameter values. */
  public Comparison baselineOnly(Map<String, String> only) {
    return new Comparison(
        workload, ours, baseline, target, targetText, oursOnly, only, onPointEstimate);
  }

  /** This comparison with its target judged on the ratio, not on the ratio's lower bound. */
  public Comparison judgedOnPointEstimate() {
    return new Comparison(workload, ours, baseline, target, targetText, oursOnly, baselineOnly, true);
  }

  /** Whether a comparison has a target to meet. */
  public boolean hasTarget() {
    return !Double.isNaN(target);
  }
}
