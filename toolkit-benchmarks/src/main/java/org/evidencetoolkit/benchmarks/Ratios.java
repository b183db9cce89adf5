package org.evidencetoolkit.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * Computes the ratios of a run: ours ÷ baseline throughput, with the lower bound taken from the
 * JMH error intervals (our score less its error over the baseline's score plus its error), so a
 * target counts as met only when the whole interval clears it.
 */
public final class Ratios {
  private Ratios() {}

  /**
   * One computed ratio.
   *
   * @param comparison what was compared
   * @param params the parameters of our side
   * @param ours our score and error
   * @param baseline the baseline's score and error
   */
  public record Row(Comparison comparison, Map<String, String> params, Score ours, Score baseline) {
    /** Our throughput over the baseline's. */
    public double ratio() {
      return ours.score() / baseline.score();
    }

    /** The ratio's lower bound from both error intervals. */
    public double lowerBound() {
      return Math.max(0, ours.score() - ours.error()) / (baseline.score() + baseline.error());
    }

    /**
     * Whether the lower bound (or, for a target set on the point estimate, the ratio) meets the
     * target; true for a comparison without one.
     */
    public boolean met() {
      double judged = comparison.onPointEstimate() ? ratio() : lowerBound();
      return !comparison.hasTarget() || judged >= comparison.target();
    }
  }

  /**
   * A score with its error (half the 99.9% confidence interval) and its allocation per operation.
   *
   * @param score operations per second
   * @param error the error
   * @param bytesPerOp bytes allocated per operation, or {@code NaN} without {@code -prof gc}
   */
  public record Score(double score, double error, double bytesPerOp) {
    static Score of(RunResult result) {
      Result<?> primary = result.getPrimaryResult();
      Result<?> alloc = result.getSecondaryResults().get("gc.alloc.rate.norm");
      double error = Double.isNaN(primary.getScoreError()) ? 0 : primary.getScoreError();
      return new Score(primary.getScore(), error, alloc == null ? Double.NaN : alloc.getScore());
    }
  }

  /** Every ratio of the comparisons that the results allow. */
  public static List<Row> rows(List<Comparison> comparisons, Collection<RunResult> results) {
    List<Row> rows = new ArrayList<>();
    for (Comparison c : comparisons) {
      for (RunResult ours : results) {
        if (!matches(ours.getParams(), c.ours(), c.oursOnly())) {
          continue;
        }
        for (RunResult base : results) {
          if (matches(base.getParams(), c.baseline(), c.baselineOnly())
              && sharedParamsAgree(ours.getParams(), base.getParams(), c)) {
            rows.add(new Row(c, params(ours.getParams()), Score.of(ours), Score.of(base)));
          }
        }
      }
    }
    return rows;
  }

  /** The ratios as a Markdown table. */
  public static String markdown(List<Row> rows) {
    StringBuilder out = new StringBuilder();
    out.append("| workload | parameters | ours ops/time | baseline | baseline ops/time | ratio | lower bound | target | met |\n");
    out.append("|---|---|--:|---|--:|--:|--:|---|---|\n");
    for (Row row : rows) {
      Comparison c = row.comparison();
      out.append("| ").append(c.workload())
          .append(" | ").append(paramsText(row.params()))
          .append(" | ").append(ops(row.ours()))
          .append(" | ").append(method(c.baseline()))
          .append(" | ").append(ops(row.baseline()))
          .append(" | ").append(String.format(Locale.ROOT, "%.2f×", row.ratio()))
          .append(" | ").append(String.format(Locale.ROOT, "%.2f×", row.lowerBound()))
          .append(" | ").append(c.targetText())
          .append(" | ").append(c.hasTarget() ? (row.met() ? "yes" : "**no**") : "–")
          .append(" |\n");
    }
    return out.toString();
  }

  /** Allocation per operation of every result that has it, as a Markdown table. */
  public static String allocationMarkdown(Collection<RunResult> results) {
    StringBuilder out = new StringBuilder();
    out.append("| benchmark | parameters | ops per time unit | KB allocated per op |\n|---|---|--:|--:|\n");
    for (RunResult r : results) {
      Score s = Score.of(r);
      if (!Double.isNaN(s.bytesPerOp())) {
        out.append("| ").append(name(r.getParams()))
            .append(" | ").append(paramsText(params(r.getParams())))
            .append(" | ").append(ops(s))
            .append(" | ").append(String.format(Locale.ROOT, "%,.1f", s.bytesPerOp() / 1024))
            .append(" |\n");
      }
    }
    return out.toString();
  }

  private static String ops(Score s) {
    return number(s.score()) + " ± " + number(s.error());
  }

  /** Three significant figures at least, thousands separated. */
  private static String number(double value) {
    double magnitude = Math.abs(value);
    if (magnitude >= 100 || magnitude == 0) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    return String.format(Locale.ROOT, magnitude >= 10 ? "%.1f" : magnitude >= 1 ? "%.2f" : "%.3f", value);
  }

  private static String method(String name) {
    return name.substring(name.indexOf('.') + 1);
  }

  private static String paramsText(Map<String, String> params) {
    StringBuilder out = new StringBuilder();
    params.forEach((k, v) -> out.append(out.length() == 0 ? "" : " ").append(k).append('=').append(v));
    return out.toString();
  }

  /** {@code SimpleClassName.method} of a benchmark. */
  static String name(BenchmarkParams params) {
    String full = params.getBenchmark();
    int method = full.lastIndexOf('.');
    int type = full.lastIndexOf('.', method - 1);
    return full.substring(type + 1);
  }

  private static Map<String, String> params(BenchmarkParams params) {
    Map<String, String> out = new TreeMap<>();
    for (String key : params.getParamsKeys()) {
      String value = params.getParam(key);
      if (value != null) {
        out.put(key, value);
      }
    }
    return out;
  }

  private static boolean matches(BenchmarkParams params, String name, Map<String, String> only) {
    if (!name(params).equals(name)) {
      return false;
    }
    for (Map.Entry<String, String> e : only.entrySet()) {
      if (!e.getValue().equals(params.getParam(e.getKey()))) {
        return false;
      }
    }
    return true;
  }

  private static boolean sharedParamsAgree(BenchmarkParams ours, BenchmarkParams base, Comparison c) {
    for (String key : ours.getParamsKeys()) {
      if (c.oursOnly().containsKey(key) || c.baselineOnly().containsKey(key)) {
        continue;
      }
      String theirs = base.getParam(key);
      if (theirs != null && !theirs.equals(ours.getParam(key))) {
        return false;
      }
    }
    return true;
  }
}
