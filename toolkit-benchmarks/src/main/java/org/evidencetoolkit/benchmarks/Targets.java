package org.evidencetoolkit.benchmarks;

import java.util.List;
import java.util.Map;

/** The comparisons a run reports, with the targets of the benchmark plan. */
public final class Targets {
  private Targets() {}

  /** Every comparison, in the order of the report. */
  public static List<Comparison> all() {
    return List.of(
        Comparison.of("validate vs visitor", "ValidateBenchmark.ours", "ValidateBenchmark.handWrittenVisitor",
            1 / 1.5, "≥ 0.67× (≤ 1.5× the visitor's time)"),
        Comparison.limit("parse (limit)", "ParseBenchmark.streamingRecordsCommonmark", "ParseBenchmark.jacksonRecordsCommonmark"),
        Comparison.limit("escape: OWASP vs copy", "EscapeBenchmark.owaspForHtmlContent", "EscapeBenchmark.plainAppend"));
  }

  /** Only ASCII text: "clean" text with nothing to escape. */
  static final Map<String, String> ASCII = Map.of("profile", "ASCII");
}
