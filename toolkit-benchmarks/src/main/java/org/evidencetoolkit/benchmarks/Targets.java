package org.evidencetoolkit.benchmarks;

import java.util.List;
import java.util.Map;

/** The comparisons a run reports, with the targets of the benchmark plan and of issue 15. */
public final class Targets {
  private static final Map<String, String> JSON = Map.of("format", "JSON");
  private static final Map<String, String> ASCII = Map.of("profile", "ASCII");

  private Targets() {}

  /** Every comparison, in the order of the report. */
  public static List<Comparison> all() {
    return List.of(
        Comparison.of("HTML page vs jte", "HtmlPageBenchmark.ours", "HtmlPageBenchmark.jte", 1.0, "≥ 1.0×"),
        Comparison.of("HTML page vs mustache", "HtmlPageBenchmark.ours", "HtmlPageBenchmark.mustache", 3.0, "≥ 3×"),
        Comparison.of("parse vs Jackson records + commonmark", "ParseBenchmark.ours", "ParseBenchmark.jacksonRecordsCommonmark", 1.0, "≥ 1.0× (JSON)")
            .oursOnly(JSON).baselineOnly(JSON),
        Comparison.of("parse YAML vs Jackson records + commonmark", "ParseBenchmark.ours", "ParseBenchmark.jacksonRecordsCommonmark", 1.0, "≥ 1.0× (YAML, point estimate)")
            .oursOnly(Map.of("format", "YAML")).baselineOnly(Map.of("format", "YAML"))
            .judgedOnPointEstimate(),
        Comparison.of("validate vs our parse", "ValidateBenchmark.ours", "ParseBenchmark.ours", 5.0, "≥ 5×")
            .baselineOnly(JSON),
        Comparison.of("escape clean text vs copy", "EscapeBenchmark.ours", "EscapeBenchmark.plainAppend",
            1 / 1.2, "≥ 0.83× (≤ 1.2× its time)").oursOnly(ASCII).baselineOnly(ASCII),
        Comparison.limit("escape vs OWASP forHtml", "EscapeBenchmark.ours", "EscapeBenchmark.owaspForHtml"),
        Comparison.limit("escape vs OWASP forHtmlContent", "EscapeBenchmark.ours", "EscapeBenchmark.owaspForHtmlContent"),
        Comparison.limit("link check vs the baselines'", "LinkBenchmark.ours", "LinkBenchmark.linkAddresses"),
        Comparison.of("site vs single pages", "SiteBenchmark.site", "SiteBenchmark.singlePages",
            1 / 1.05, "≥ 0.95× (≤ 1.05× their time)"),
        Comparison.of("site: 2 threads vs 1", "SiteBenchmark.siteTwoThreads", "SiteBenchmark.site",
            1.7, "≥ 1.7× (85% efficiency)"),
        Comparison.of("site: builder on 2 threads vs 1", "SiteBenchmark.siteParallel", "SiteBenchmark.site",
            1.7, "≥ 1.7× (85% efficiency)"),
        Comparison.limit("single pages: 2 threads vs 1", "SiteBenchmark.singlePagesTwoThreads", "SiteBenchmark.singlePages"),
        Comparison.of("JSON round trip vs Jackson records", "RoundTripBenchmark.ours", "RoundTripBenchmark.jacksonRecords", 0.8, "≥ 0.8×"));
  }
}
