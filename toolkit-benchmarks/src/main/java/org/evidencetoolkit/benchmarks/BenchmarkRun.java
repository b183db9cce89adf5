package org.evidencetoolkit.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The full run: every benchmark side by side in one JMH run (one fork each, with {@code -prof
 * gc} and a fixed 1 GB heap touched at start-up), then the ratios of {@link Targets#all()} as Markdown on standard output and in {@code
 * target/benchmark-ratios.md}.
 *
 * <pre>{@code
 * java -jar toolkit-benchmarks/target/benchmarks.jar            # everything, medium documents
 * java -jar toolkit-benchmarks/target/benchmarks.jar 'Html.*'   # only matching benchmarks
 * }</pre>
 *
 * <p>System properties tune it: {@code bench.sizes} (default {@code MEDIUM}; e.g. {@code
 * SMALL,MEDIUM,LARGE}), {@code bench.warmup} and {@code bench.iterations} (5 and 10 iterations of
 * {@code bench.seconds}, default 1 s), {@code bench.out} (default {@code target}), {@code
 * bench.params} (more parameter values, e.g. {@code output=STRING;profile=ASCII,ESCAPE_HEAVY}).
 */
public final class BenchmarkRun {
  /** The benchmarks of this module. */
  public static final String INCLUDE = "org\\.evidencetoolkit\\.benchmarks\\..*Benchmark\\..*";

  /** The forks' JVM options: a fixed, pre-touched heap. */
  static final String[] JVM_ARGS = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"};

  private static final Pattern COMMA = Pattern.compile(",");
  private static final Pattern SEMICOLON = Pattern.compile(";");

  private BenchmarkRun() {}

  /**
   * Runs the benchmarks and prints the ratios.
   *
   * @param args an optional regular expression narrowing the benchmarks
   */
  @SuppressWarnings("StringSplitter") // an empty or trailing segment is skipped or harmless here
  public static void main(String[] args) throws RunnerException, IOException {
    String include = args.length > 0 ? args[0] : INCLUDE;
    int seconds = Integer.getInteger("bench.seconds", 1);
    Path out = Path.of(System.getProperty("bench.out", "target"));
    Files.createDirectories(out);
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include(include)
            .forks(1)
            // The heap is sized and touched up front: on a virtual machine whose memory is backed
            // lazily, first touches during measurement made iterations vary tenfold. SiteBenchmark
            // appends its own smaller heap, which wins because it comes later.
            .jvmArgs(JVM_ARGS)
            .warmupIterations(Integer.getInteger("bench.warmup", 5))
            .warmupTime(TimeValue.seconds(seconds))
            .measurementIterations(Integer.getInteger("bench.iterations", 10))
            .measurementTime(TimeValue.seconds(seconds))
            .addProfiler(GCProfiler.class)
            .param("size", COMMA.split(System.getProperty("bench.sizes", "MEDIUM")))
            .resultFormat(ResultFormatType.JSON)
            .result(out.resolve("jmh-result.json").toString());
    // e.g. -Dbench.params=output=STRING;format=JSON;profile=ASCII,ESCAPE_HEAVY
    for (String assignment : SEMICOLON.split(System.getProperty("bench.params", ""))) {
      int eq = assignment.indexOf('=');
      if (eq > 0) {
        options.param(assignment.substring(0, eq).trim(), COMMA.split(assignment.substring(eq + 1).trim()));
      }
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    String report = report(results);
    Files.writeString(out.resolve("benchmark-ratios.md"), report, StandardCharsets.UTF_8);
    System.out.println(report);
  }

  /** The ratio and allocation tables of a run. */
  static String report(Collection<RunResult> results) {
    List<Ratios.Row> rows = Ratios.rows(Targets.all(), results);
    return "## Ratios (ours ÷ baseline throughput)\n\n"
        + Ratios.markdown(rows)
        + "\n## Allocation per operation\n\n"
        + Ratios.allocationMarkdown(results);
  }
}
