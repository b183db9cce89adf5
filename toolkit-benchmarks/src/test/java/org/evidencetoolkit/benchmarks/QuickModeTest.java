package org.evidencetoolkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.junit.jupiter.api.Test;

/**
 * Runs every benchmark in-process for one short iteration on small documents, so a benchmark that
 * throws, or a comparison that names a benchmark that no longer exists, fails the build. It says
 * nothing about speed.
 */
class QuickModeTest {
  @Test
  void everyBenchmarkRunsAndEveryComparisonFindsItsBenchmarks() throws RunnerException {
    Collection<RunResult> results =
        new Runner(
                new OptionsBuilder()
                    .include(BenchmarkRun.INCLUDE)
                    .forks(0)
                    .warmupIterations(0)
                    .measurementIterations(1)
                    .measurementTime(TimeValue.milliseconds(30))
                    .param("size", "SMALL")
                    .param("documents", "300")
                    .shouldFailOnError(true)
                    .verbosity(VerboseMode.SILENT)
                    .build())
            .run();

    Set<String> declared =
        BenchmarkList.defaultList().getAll(null, List.of()).stream()
            .map(BenchmarkListEntry::getUsername)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> ran =
        results.stream().map(r -> r.getParams().getBenchmark()).collect(Collectors.toCollection(TreeSet::new));
    assertThat(declared).isNotEmpty();
    assertThat(ran).isEqualTo(declared);
    assertThat(results).allSatisfy(r -> assertThat(r.getPrimaryResult().getScore()).isPositive());

    List<Ratios.Row> rows = Ratios.rows(Targets.all(), results);
    Set<Comparison> covered = rows.stream().map(Ratios.Row::comparison).collect(Collectors.toSet());
    assertThat(covered).containsExactlyInAnyOrderElementsOf(Targets.all());
    assertThat(BenchmarkRun.report(results)).contains("| HTML page vs jte |", "| site: 2 threads vs 1 |");
  }
}
