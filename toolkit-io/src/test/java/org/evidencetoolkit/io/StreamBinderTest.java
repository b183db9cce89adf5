package org.evidencetoolkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.evidencetoolkit.io.internal.Loader;
import org.evidencetoolkit.io.internal.ProblemCollector;
import org.evidencetoolkit.io.internal.SourceText;
import org.evidencetoolkit.io.internal.StreamBinder;
import org.evidencetoolkit.io.internal.TreeReader;
import org.evidencetoolkit.model.Intervention;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The happy path ({@link StreamBinder}, straight from the parser) against the located pass (tree
 * and binder) it falls back to: on generated documents both give the same intervention and the
 * happy path is taken; on broken documents the reader reports exactly the located pass's problems,
 * and the happy path never returns a model the located pass would refuse.
 */
class StreamBinderTest {
  private static final ReadLimits LIMITS = ReadLimits.defaults();
  private static final Loader LOADER = new Loader(LIMITS);
  private static final TreeReader TREES = new TreeReader(LIMITS);
  private static final ToolkitWriter JSON =
      ToolkitWriter.builder().format(DocumentFormat.JSON).build();
  private static final ToolkitWriter YAML =
      ToolkitWriter.builder().format(DocumentFormat.YAML).build();

  /** What one read gives: the model, or the problems. */
  private record Outcome(@Nullable Intervention intervention, List<Problem> problems) {}

  /** The reader as it reads text: happy path first, then the located pass. */
  private static Outcome read(String text, DocumentFormat format) {
    ProblemCollector problems = LOADER.problems();
    Loader.LoadedIntervention loaded = null;
    try {
      loaded = LOADER.readIntervention(text, format, "doc", problems);
    } catch (ProblemCollector.Full full) {
      // the problems so far are the outcome
    }
    return new Outcome(loaded == null ? null : loaded.intervention(), problems.sorted());
  }

  /** The located pass alone, as every read was before the happy path. */
  private static Outcome located(String text, DocumentFormat format) {
    ProblemCollector problems = LOADER.problems();
    Loader.LoadedIntervention loaded = null;
    try {
      loaded = LOADER.intervention(LOADER.parse(text, format, "doc", problems), problems);
    } catch (ProblemCollector.Full full) {
      // as above
    }
    return new Outcome(loaded == null ? null : loaded.intervention(), problems.sorted());
  }

  private static @Nullable Intervention happy(String text, DocumentFormat format) {
    SourceText source = format == DocumentFormat.JSON
        ? SourceText.withOffsets("doc", text)
        : SourceText.withLineColumns("doc", text);
    return StreamBinder.intervention(TREES, source, format, LIMITS);
  }

  @Test
  void generatedDocumentsBindEquallyOnTheHappyPath() {
    AtomicInteger happy = new AtomicInteger();
    AtomicInteger all = new AtomicInteger();
    qt().withExamples(3_000).withShrinkCycles(100).forAll(ModelGenerators.interventions())
        .checkAssert(x -> {
          for (ToolkitWriter writer : List.of(JSON, YAML)) {
            String text = writer.writeAsString(x);
            Outcome reference = located(text, writer.format());
            assertThat(reference.problems()).as(text).isEmpty();
            Intervention fast = happy(text, writer.format());
            all.incrementAndGet();
            if (fast != null) {
              happy.incrementAndGet();
              assertThat(fast).as(text).isEqualTo(reference.intervention());
            }
            assertThat(read(text, writer.format())).as(text).isEqualTo(reference);
          }
        });
    // Generated text is hostile on purpose (controls, lone YAML punctuation, Markdown outside
    // the subset is not generated); most documents must still take the happy path.
    assertThat(happy.get()).as("documents on the happy path").isGreaterThan(all.get() / 2);
  }

  @Test
  void brokenDocumentsReportExactlyTheLocatedProblems() {
    Gen<Intervention> documents = ModelGenerators.interventions();
    Gen<Long> seeds = Generate.longRange(0, Long.MAX_VALUE);
    qt().withExamples(3_000).withShrinkCycles(50).forAll(documents, seeds)
        .checkAssert((x, seed) -> {
          Random random = new Random(seed);
          for (ToolkitWriter writer : List.of(JSON, YAML)) {
            String text = mutate(writer.writeAsString(x), random);
            Outcome reference = located(text, writer.format());
            assertThat(read(text, writer.format())).as(text).isEqualTo(reference);
            Intervention fast = happy(text, writer.format());
            if (fast != null) {
              assertThat(reference.problems()).as(text).isEmpty();
              assertThat(fast).as(text).isEqualTo(reference.intervention());
            }
          }
        });
  }

  private static final String[] SNIPPETS = {
    "null", "\"x\"", "1", "1.5", "-0", "true", "[]", "{}", "\"a\": 1", ",", ":", "&a ", "*a",
    "!!str ", "\\ud800", "\\u0000", "\n", "\r", "\t", "  ", "- ", "# x", "| x |\n|---|", "<b>",
    "```", "    code", "> q", "\"id\": \"x\"", "\"title\": 2024", "title: 2024", "---\n",
    "\"formatVersion\": 2", "\"impact\": {}", "\"unknownField\": 1", "\"evidence\": 9",
    "\"cost\": \"?\"", "\"sections\": {\"a\": null}", "\uFEFF", "\u0085", "\u2028", "é"
  };

  /** One to three edits: an insertion, a deletion, a duplication or a replaced character. */
  private static String mutate(String text, Random random) {
    StringBuilder s = new StringBuilder(text);
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits && s.length() > 0; e++) {
      int at = random.nextInt(s.length());
      switch (random.nextInt(4)) {
        case 0 -> s.insert(at, SNIPPETS[random.nextInt(SNIPPETS.length)]);
        case 1 -> s.delete(at, Math.min(s.length(), at + 1 + random.nextInt(12)));
        case 2 -> {
          int end = Math.min(s.length(), at + 1 + random.nextInt(40));
          s.insert(end, s.substring(at, end));
        }
        default -> s.setCharAt(at, "{}[]\":,\\ -\n*&!#x0".charAt(random.nextInt(17)));
      }
    }
    return s.toString();
  }

  @Test
  void theMapOfAHappyReadLocatesAsTheLocatedPassDoes() {
    qt().withExamples(300).forAll(ModelGenerators.interventions()).checkAssert(x -> {
      for (ToolkitWriter writer : List.of(JSON, YAML)) {
        String text = writer.writeAsString(x);
        InterventionDocument doc =
            ToolkitReader.defaults().with(writer.format()).readInterventionDocument(Source.named("doc").text(text));
        ProblemCollector problems = LOADER.problems();
        Loader.LoadedIntervention reference = java.util.Objects.requireNonNull(
            LOADER.intervention(LOADER.parse(text, writer.format(), "doc", problems), problems));
        for (String pointer : List.of("", "/id", "/title", "/impact/band", "/whatIsIt",
            "/implementation/0/title", "/resources/1", "/sections", "/nowhere/9")) {
          assertThat(doc.locate(pointer)).as(pointer)
              .isEqualTo(reference.map().locate(pointer));
        }
      }
    });
  }
}
