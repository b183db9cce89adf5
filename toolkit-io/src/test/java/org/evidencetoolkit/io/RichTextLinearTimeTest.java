package org.evidencetoolkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.lang.management.ManagementFactory;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reading rich text costs time in proportion to the text, for the shapes that make Markdown
 * parsers quadratic: a megabyte of each costs at most about ten times what 100 KB of it costs.
 *
 * <p>Not a bare timer. Two costs are counted on the reading thread, after warm-up, in one run:
 * the bytes it allocates (deterministic: linear reading allocates exactly ten times as much for
 * ten times the text, while joining texts by copying allocates a hundred times as much) and the
 * CPU time it uses (for loops that allocate nothing, like a scan that restarts after every list
 * marker; the bound is generous, between the linear 10× and the quadratic 100×, because CPU time
 * still varies with caches and a busy machine). A read that does not finish in a minute fails
 * rather than hangs.
 */
class RichTextLinearTimeTest {
  private static final int SMALL = 100_000;
  private static final int LARGE = 1_000_000;
  /** About 10×: allocation is counted exactly, so a little over the linear ratio. */
  private static final double MAX_ALLOCATION_RATIO = 12;
  /**
   * Generous, halfway between linear (10×) and quadratic (100×) growth: on a busy 2-core machine a
   * linear read was once measured at 37× (JIT and caches favour the small input).
   */
  private static final double MAX_CPU_RATIO = 55;
  private static final long LARGE_READ_DEADLINE_SECONDS = 60;

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private static ExecutorService reader = newReader();

  @BeforeAll
  static void startReader() {
    assertThat(THREADS.isCurrentThreadCpuTimeSupported()).isTrue();
    assertThat(THREADS.isThreadAllocatedMemorySupported()).isTrue();
    THREADS.setThreadAllocatedMemoryEnabled(true);
    reader = newReader();
  }

  /** One thread reads, so that its counters count only the reading. */
  private static ExecutorService newReader() {
    return Executors.newSingleThreadExecutor(task -> {
      Thread thread = new Thread(task, "rich-text-reader");
      thread.setDaemon(true); // a runaway read must not keep the test JVM alive
      return thread;
    });
  }

  @AfterAll
  static void stopReader() {
    reader.shutdownNow();
  }

  static Stream<Arguments> shapes() {
    return Stream.of(
        shape("a run of bullet markers", n -> repeat("- ", n) + "x"),
        shape("a run of numbered markers", n -> repeat("1. ", n) + "x"),
        shape("many short lines", n -> repeat("a\n", n)),
        shape("many hard line breaks", n -> repeat("a  \n", n)),
        shape("many short lines with a bar", n -> repeat("|a\n", n)),
        shape("deep emphasis", n -> repeat("*a ", n / 2) + repeat(" a*", n / 2)),
        shape("deep strong emphasis", n -> repeat("**a *", n / 2) + repeat("* a**", n / 2)),
        shape("open brackets", n -> repeat("[", n)),
        shape("nested brackets", n -> repeat("[", n / 2) + repeat("](x)", n / 2)),
        shape("a long run of links", n -> repeat("[a](https://example.org) ", n)),
        shape("a long run of adjacent links", n -> repeat("[a](https://example.org/)", n)),
        shape("many list items", n -> repeat("- a\n", n)),
        shape("many empty items", n -> repeat("-\n", n)),
        shape("adjacent emphases", n -> repeat("*a*", n)),
        shape("alternating emphasis", n -> repeat("*a***b**", n)),
        shape("a run of stars", n -> repeat("*", n) + "a"),
        shape("entities", n -> repeat("&amp;", n)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void aMegabyteCostsAboutTenTimesOneHundredKilobytes(String name, IntFunction<String> shape)
      throws Exception {
    String small = shape.apply(SMALL);
    String large = shape.apply(LARGE);
    assertThat(small).hasSizeBetween(SMALL, SMALL + 10);
    assertThat(large).hasSizeBetween(LARGE, LARGE + 10);
    measure(small);
    measure(small); // warm-up: compiled code, loaded classes
    Cost smallCost = Cost.least(Cost.least(measure(small), measure(small)), measure(small));
    Cost largeCost = Cost.least(Cost.least(measure(large), measure(large)), measure(large));

    double allocation = (double) largeCost.bytes() / Math.max(1, smallCost.bytes());
    double cpu = (double) largeCost.cpuNanos() / Math.max(1, smallCost.cpuNanos());
    String costs = name + ": 100 KB cost " + smallCost + ", 1 MB cost " + largeCost;
    assertThat(allocation).as("allocation ratio; " + costs).isLessThanOrEqualTo(MAX_ALLOCATION_RATIO);
    assertThat(cpu).as("CPU time ratio; " + costs).isLessThanOrEqualTo(MAX_CPU_RATIO);
  }

  /** What one read of the text cost the reading thread. */
  private static Cost measure(String markdown) throws InterruptedException {
    Future<Cost> read = reader.submit(() -> {
      long bytes = THREADS.getCurrentThreadAllocatedBytes();
      long cpu = THREADS.getCurrentThreadCpuTime();
      try {
        RichTextMarkdown.parse(markdown);
      } catch (ToolkitFormatException outsideTheSubset) {
        // a documented answer: some shapes (deep nesting, a list in a list) are refused
      }
      return new Cost(
          THREADS.getCurrentThreadCpuTime() - cpu,
          THREADS.getCurrentThreadAllocatedBytes() - bytes);
    });
    try {
      return read.get(LARGE_READ_DEADLINE_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      // A read cannot be stopped; leave it running and give the next shape a thread of its own.
      read.cancel(true);
      reader.shutdownNow();
      reader = newReader();
      return fail("reading " + markdown.length() + " characters (\""
          + markdown.substring(0, 20).replace("\n", "\\n") + "…\") did not finish in "
          + LARGE_READ_DEADLINE_SECONDS + " s");
    } catch (ExecutionException e) {
      throw new AssertionError("reading failed", e.getCause());
    }
  }

  private static Arguments shape(String name, IntFunction<String> shape) {
    return Arguments.of(name, shape);
  }

  /** The text repeated until it is at least {@code length} characters long. */
  private static String repeat(String text, int length) {
    return text.repeat((length + text.length() - 1) / text.length());
  }

  private record Cost(long cpuNanos, long bytes) {
    static Cost least(Cost a, Cost b) {
      return new Cost(Math.min(a.cpuNanos, b.cpuNanos), Math.min(a.bytes, b.bytes));
    }

    @Override
    public String toString() {
      return cpuNanos / 1_000_000 + " ms CPU, " + bytes / 1024 + " KiB allocated";
    }
  }
}
