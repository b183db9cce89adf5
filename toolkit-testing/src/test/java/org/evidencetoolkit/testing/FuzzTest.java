package org.evidencetoolkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.evidencetoolkit.io.DocumentFormat;
import org.evidencetoolkit.io.HeadlineCsv;
import org.evidencetoolkit.io.Problem;
import org.evidencetoolkit.io.Source;
import org.evidencetoolkit.io.ToolkitFormatException;
import org.evidencetoolkit.io.ToolkitReader;
import org.evidencetoolkit.io.ToolkitWriter;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.model.rules.ContentRules;
import org.evidencetoolkit.render.HtmlRenderer;
import org.evidencetoolkit.render.MarkdownRenderer;
import org.evidencetoolkit.render.TextRenderer;
import org.evidencetoolkit.testing.internal.HtmlSafety;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Mutated documents give only documented errors. Valid documents (generated with fixed seeds,
 * written as JSON and YAML) are mutated — bits flipped, bytes replaced, hostile strings (the
 * naughty strings and the syntax of both formats and of Markdown) inserted or repeated,
 * fragments duplicated or deleted, the end cut off — and each mutant goes through everything a
 * user runs: the reader, the content rules, every renderer (HTML page and fragment, text,
 * Markdown; index and comparison for a toolkit), the writer in both formats and the CSV export,
 * and the written document is read back. The only exception allowed is the reader's {@link
 * ToolkitFormatException}, with located problems; anything else (another exception, a stack
 * overflow, running out of memory, a case taking more than {@value #CASE_SECONDS} s, HTML that
 * a browser would run, a rewrite that does not read back the same) fails the test, and the
 * mutant is saved under {@code target/fuzz/} for reproduction.
 *
 * <p>Case {@code n} is mutated by a {@link Random} seeded with {@code n}, so the cases are a fixed
 * list; the time budget decides how far down it a run gets. The budget is {@value
 * #DEFAULT_SECONDS} s; {@code -Dfuzz.seconds=600} runs longer, and {@code -Dfuzz.seed=N} runs
 * case {@code N} alone (see the module README).
 */
class FuzzTest {
  private static final long DEFAULT_SECONDS = 30;
  private static final long CASE_SECONDS = 20;
  /** A run that gets through fewer cases than this has not fuzzed anything worth the name. */
  private static final int MIN_CASES = 200;
  private static final Path SAVED = Path.of("target", "fuzz");

  private static final ToolkitReader READER = ToolkitReader.defaults();
  private static final ToolkitWriter JSON =
      ToolkitWriter.builder().format(DocumentFormat.JSON).build();
  private static final ToolkitWriter YAML =
      ToolkitWriter.builder().format(DocumentFormat.YAML).build();

  /** Syntax of the two formats and of Markdown, and characters every layer must survive. */
  private static final List<String> SYNTAX = List.of(
      "\u0000", "\u0007", "\u001B[31m", "\u007F", "\u0085", "\u00A0", "\u2028", "\u202E", "\uFEFF",
      "\uFFFE", "\r", "\n", "\r\n", "\t", "{", "}", "[", "]", ":", ": ", ",", "\"", "'", "\\",
      "\\u", "\\uD800", "\\uDC00\\uD800", "\\\"", "- ", "? ", "&a ", "*a", "!!binary ", "!t ",
      "%YAML 1.2\n", "---\n", "...\n", "# c\n", "|\n", ">-\n", "<<: ", "~", "null", "true", "NaN",
      "-Infinity", ".inf", "1e999999999", "-0", "0x1F", "00012", "1".repeat(120), "- - - - x",
      "[[[[[[[[", "****", "*a **b *c", "_a_b_", "<script>alert(1)</script>", "<!-- x -->",
      "](javascript:alert(1))", "[x](https://user@example.org)", "[x](mailto:?subject=x)",
      "[x]: https://example.org\n", "| a | b |\n|---|---|\n", "    code\n", "# h\n", "> q\n",
      "```\n", "&amp;", "&#0;", "🙂", "e\u0301", "\uD83D\uDE00\u200D", "id", "title", "impact",
      "band", "estimate", "interventions", "profile", "measure", "sections", "formatVersion: 2\n");

  private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
    Thread thread = new Thread(task, "fuzz-case");
    thread.setDaemon(true); // a hung case must not keep the test JVM alive
    return thread;
  });

  @AfterEach
  void stopWorker() {
    worker.shutdownNow();
  }

  /** A valid document to mutate (a class, not a record: it holds an array). */
  private static final class Seed {
    private final String name;
    private final byte[] bytes;
    private final DocumentFormat format;
    private final boolean toolkit;

    Seed(String name, byte[] bytes, DocumentFormat format, boolean toolkit) {
      this.name = name;
      this.bytes = bytes;
      this.format = format;
      this.toolkit = toolkit;
    }
  }

  /** One mutant and how it was made. */
  private static final class Case {
    private final long number;
    private final Seed seed;
    private final byte[] bytes;
    private final DocumentFormat format;
    private final List<String> mutations;

    Case(long number, Seed seed, byte[] bytes, DocumentFormat format, List<String> mutations) {
      this.number = number;
      this.seed = seed;
      this.bytes = bytes;
      this.format = format;
      this.mutations = mutations;
    }

    String describe() {
      return "case " + number + " (" + seed.name + " read as " + format + ", " + mutations + ")";
    }
  }

  @Test
  void mutatedDocumentsGiveOnlyDocumentedErrors() throws Exception {
    List<Seed> seeds = seeds();
    List<String> hostile = new ArrayList<>(SYNTAX);
    hostile.addAll(Generators.naughtyStrings());
    long seconds = Long.getLong("fuzz.seconds", DEFAULT_SECONDS);
    Long only = Long.getLong("fuzz.seed");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    int cases = 0;
    int refused = 0;
    for (long n = only == null ? 0 : only; ; n++) {
      Case c = mutate(n, seeds, hostile);
      if (run(c)) {
        refused++;
      }
      cases++;
      if (only != null || System.nanoTime() > deadline) {
        break;
      }
    }
    System.out.printf("FuzzTest: %d cases in %d s, %d refused with located problems%n",
        cases, seconds, refused);
    if (only == null) {
      assertThat(cases).as("cases run in %d s", seconds).isGreaterThanOrEqualTo(MIN_CASES);
      // Mutants that all fail to read, or all read, would mean the mutations miss their mark.
      assertThat(refused).as("refused of %d cases", cases).isBetween(cases / 10, cases - cases / 20);
    }
  }

  /** Valid interventions and toolkits, plain and hostile, in both formats; fixed seeds. */
  private static List<Seed> seeds() {
    List<Intervention> interventions = new ArrayList<>();
    List<Toolkit> toolkits = new ArrayList<>();
    qt().withFixedSeed(20_241_205L).withExamples(24).forAll(Generators.interventions())
        .check(interventions::add);
    qt().withFixedSeed(20_241_206L).withExamples(12).forAll(Generators.hostileInterventions())
        .check(interventions::add);
    qt().withFixedSeed(20_241_207L).withExamples(8).forAll(Generators.toolkits())
        .check(toolkits::add);
    List<Seed> seeds = new ArrayList<>();
    for (int i = 0; i < interventions.size(); i++) {
      Intervention x = interventions.get(i);
      seeds.add(seed("intervention-" + i, JSON.writeAsString(x), DocumentFormat.JSON, false));
      seeds.add(seed("intervention-" + i, YAML.writeAsString(x), DocumentFormat.YAML, false));
    }
    for (int i = 0; i < toolkits.size(); i++) {
      Toolkit t = toolkits.get(i);
      seeds.add(seed("toolkit-" + i, JSON.writeAsString(t), DocumentFormat.JSON, true));
      seeds.add(seed("toolkit-" + i, YAML.writeAsString(t), DocumentFormat.YAML, true));
    }
    return seeds;
  }

  private static Seed seed(String name, String text, DocumentFormat format, boolean toolkit) {
    return new Seed(name + "." + format.extension(), text.getBytes(StandardCharsets.UTF_8),
        format, toolkit);
  }

  private static Case mutate(long number, List<Seed> seeds, List<String> hostile) {
    Random random = new Random(number);
    Seed seed = seeds.get(random.nextInt(seeds.size()));
    byte[] bytes = seed.bytes;
    List<String> mutations = new ArrayList<>();
    int count = 1 + random.nextInt(4);
    for (int m = 0; m < count; m++) {
      int at = random.nextInt(bytes.length + 1);
      switch (random.nextInt(8)) {
        case 0 -> {
          int bit = random.nextInt(8);
          if (at < bytes.length) {
            bytes = bytes.clone();
            bytes[at] ^= (byte) (1 << bit);
          }
          mutations.add("flip bit " + bit + " at " + at);
        }
        case 1 -> {
          if (at < bytes.length) {
            bytes = bytes.clone();
            bytes[at] = (byte) random.nextInt(256);
          }
          mutations.add("replace byte at " + at);
        }
        case 2, 3 -> {
          String s = hostile.get(random.nextInt(hostile.size()));
          bytes = insert(bytes, at, s.getBytes(StandardCharsets.UTF_8));
          mutations.add("insert hostile string at " + at);
        }
        case 4 -> {
          String s = hostile.get(random.nextInt(hostile.size()));
          int times = 1 + random.nextInt(2_000);
          bytes = insert(bytes, at, s.repeat(times).getBytes(StandardCharsets.UTF_8));
          mutations.add("insert a hostile string " + times + " times at " + at);
        }
        case 5 -> {
          int from = random.nextInt(bytes.length + 1);
          int length = random.nextInt(Math.min(200, bytes.length - from) + 1);
          byte[] fragment = java.util.Arrays.copyOfRange(bytes, from, from + length);
          bytes = insert(bytes, at, fragment);
          mutations.add("duplicate " + length + " bytes from " + from + " at " + at);
        }
        case 6 -> {
          int length = random.nextInt(Math.min(40, bytes.length - at) + 1);
          byte[] shorter = new byte[bytes.length - length];
          System.arraycopy(bytes, 0, shorter, 0, at);
          System.arraycopy(bytes, at + length, shorter, at, bytes.length - at - length);
          bytes = shorter;
          mutations.add("delete " + length + " bytes at " + at);
        }
        default -> {
          bytes = java.util.Arrays.copyOf(bytes, at);
          mutations.add("truncate at " + at);
        }
      }
    }
    DocumentFormat format = seed.format;
    if (random.nextInt(8) == 0) {
      format = format == DocumentFormat.JSON ? DocumentFormat.YAML : DocumentFormat.JSON;
    }
    return new Case(number, seed, bytes, format, mutations);
  }

  private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
    byte[] out = new byte[bytes.length + inserted.length];
    System.arraycopy(bytes, 0, out, 0, at);
    System.arraycopy(inserted, 0, out, at, inserted.length);
    System.arraycopy(bytes, at, out, at + inserted.length, bytes.length - at);
    return out;
  }

  /** How a case ended on the worker: read or refused, or with something undocumented. */
  private record Outcome(boolean read, @Nullable Throwable error) {}

  /**
   * Runs one case on the worker, failing (with the mutant saved) on anything undocumented.
   *
   * @return whether the reader refused the mutant with a {@link ToolkitFormatException}
   */
  private boolean run(Case c) throws IOException, InterruptedException {
    Future<Outcome> result = worker.submit(() -> {
      try {
        return new Outcome(pipeline(c), null);
      } catch (Throwable anything) { // what the fuzz test is looking for, errors included
        return new Outcome(false, anything);
      }
    });
    Outcome outcome;
    try {
      outcome = result.get(CASE_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      result.cancel(true);
      throw new AssertionError(fail(c, "did not finish in " + CASE_SECONDS + " s", null));
    } catch (ExecutionException e) {
      throw new AssertionError(fail(c, "could not run", e.getCause()), e.getCause());
    }
    Throwable error = outcome.error();
    if (error != null) {
      throw new AssertionError(fail(c, "failed: " + error, error), error);
    }
    return !outcome.read();
  }

  /**
   * Reader, rules, renderers, writers, CSV and the read-back of what was written.
   *
   * @return whether the mutant was read (false: refused with a format exception)
   */
  private static boolean pipeline(Case c) throws IOException {
    String name = "fuzz." + c.format.extension();
    try {
      if (c.seed.toolkit) {
        Toolkit toolkit = READER.with(c.format).readToolkit(Source.named(name).bytes(c.bytes));
        ContentRules.defaults().validate(toolkit);
        HtmlRenderer html = HtmlRenderer.defaults();
        assertSafe(html.renderIndexPage(toolkit));
        assertSafe(html.renderComparisonPage(toolkit.interventions(), toolkit.title()));
        TextRenderer.defaults().renderIndex(toolkit);
        TextRenderer.defaults().renderComparison(toolkit.interventions());
        for (Intervention i : toolkit.interventions()) {
          renderAll(i);
        }
        HeadlineCsv.write(toolkit, new StringBuilder());
        for (ToolkitWriter writer : List.of(JSON, YAML)) {
          Toolkit again = READER.with(writer.format())
              .readToolkit(Source.named(name).text(writer.writeAsString(toolkit)));
          assertThat(again).as("%s rewritten and read again", writer.format()).isEqualTo(toolkit);
        }
      } else {
        Intervention intervention = READER.with(c.format)
            .readIntervention(Source.named(name).bytes(c.bytes));
        ContentRules.defaults().validate(intervention);
        renderAll(intervention);
        for (ToolkitWriter writer : List.of(JSON, YAML)) {
          Intervention again =
              READER.with(writer.format())
                  .readIntervention(Source.named(name).text(writer.writeAsString(intervention)));
          assertThat(again).as("%s rewritten and read again", writer.format())
              .isEqualTo(intervention);
        }
      }
      return true;
    } catch (ToolkitFormatException e) {
      assertThat(e.problems()).as("a format exception lists its problems").isNotEmpty();
      for (Problem p : e.problems()) {
        assertThat(p.source()).isEqualTo(name);
        assertThat(p.message()).isNotBlank();
        assertThat(p.line()).isGreaterThanOrEqualTo(0);
        assertThat(p.column()).isGreaterThanOrEqualTo(0);
      }
      return false;
    }
  }

  private static void renderAll(Intervention i) {
    assertSafe(HtmlRenderer.defaults().renderPage(i));
    assertSafe(HtmlRenderer.defaults().render(i));
    TextRenderer.defaults().render(i);
    MarkdownRenderer.defaults().render(i);
  }

  private static void assertSafe(String html) {
    assertThat(HtmlSafety.problems(html)).as("what a browser would run").isEmpty();
  }

  /** Saves the mutant and its story under target/fuzz, and says how to replay it. */
  private static String fail(Case c, String what, @Nullable Throwable cause) throws IOException {
    Files.createDirectories(SAVED);
    Path input = SAVED.resolve("case-" + c.number + "." + c.format.extension());
    Files.write(input, c.bytes);
    StringWriter story = new StringWriter();
    story.write(c.describe() + " " + what + "\n");
    if (cause != null) {
      cause.printStackTrace(new PrintWriter(story));
    }
    Files.writeString(SAVED.resolve("case-" + c.number + ".txt"), story.toString());
    return c.describe() + " " + what + "; the input is saved as " + input.toAbsolutePath()
        + "; replay with -Dfuzz.seed=" + c.number;
  }
}
