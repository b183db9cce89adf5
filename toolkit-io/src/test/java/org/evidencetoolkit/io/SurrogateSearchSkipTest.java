package org.evidencetoolkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.evidencetoolkit.io.internal.Loader;
import org.evidencetoolkit.io.internal.ProblemCollector;
import org.evidencetoolkit.io.internal.SourceText;
import org.evidencetoolkit.io.internal.StreamBinder;
import org.evidencetoolkit.io.internal.TreeReader;
import org.evidencetoolkit.model.Intervention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The happy path searches its strings for unpaired surrogates only when the document may spell
 * one with an escape ({@link SourceText#mayHoldUnpairedSurrogates()}). Differential property: on
 * documents whose strings mix surrogate escapes (paired, lone, in JSON's four digits and YAML's
 * eight, behind an escaped backslash), other escapes, the Big List of Naughty Strings and words,
 * the happy path with the skip gives what it gives searching every string.
 */
class SurrogateSearchSkipTest {
  private static final ReadLimits LIMITS = ReadLimits.defaults();
  private static final TreeReader TREES = new TreeReader(LIMITS);
  private static final Loader LOADER = new Loader(LIMITS);

  /** Escapes as written inside a double-quoted JSON or YAML string. */
  private static final List<String> ESCAPES = List.of(
      "\\uD800", "\\udfff", "\\uDbFf", "\\uD83D\\uDE00", "\\ud83d", "\\uDE00", "\\uD83Dx",
      "\\u00e9", "\\u0044", "\\u2028", "\\\\uD800", "\\U0000D800", "\\U0000dC00", "\\U0001F600",
      "\\U0001f600", "\\x41", "\\n", "\\t", "\\\"", "\\\\", "d", "D", "u", "\\u");

  private static List<String> naughty = List.of();

  @BeforeAll
  static void readTheNaughtyStrings() throws Exception {
    naughty = NaughtyStringsTest.naughtyStrings();
  }

  /** The inside of a double-quoted string: pieces that are escapes, naughty strings or words. */
  private static Gen<String> bodies() {
    Gen<String> piece = integers().between(0, 2).zip(integers().between(0, 10_000), (kind, i) ->
        switch (kind) {
          case 0 -> ESCAPES.get(i % ESCAPES.size());
          case 1 -> inside(JsonStrings.quote(naughty.get(i % naughty.size())));
          default -> i % 2 == 0 ? "word " : "dé";
        });
    return lists().of(piece).ofSizeBetween(0, 6).map(pieces -> String.join("", pieces));
  }

  private static String inside(String quoted) {
    return quoted.substring(1, quoted.length() - 1);
  }

  private static String json(String title, String whatIsIt, String key) {
    return "{\"id\": \"a\", \"title\": \"" + title + "\", \"impact\": {\"band\": \"low\"},"
        + " \"whatIsIt\": \"" + whatIsIt + "\", \"sections\": {\"" + key + "\": \"x\"}}";
  }

  private static String yaml(String title, String whatIsIt, String key) {
    return "id: a\ntitle: \"" + title + "\"\nimpact: {band: low}\nwhatIsIt: \"" + whatIsIt
        + "\"\nsections:\n  \"" + key + "\": x\n";
  }

  @Test
  void skippingTheSearchGivesWhatSearchingEveryStringGives() {
    AtomicInteger skippedAndRead = new AtomicInteger();
    AtomicInteger loneSurrogates = new AtomicInteger();
    qt().withExamples(4_000).forAll(bodies(), bodies(), bodies()).checkAssert((a, b, c) -> {
      for (DocumentFormat format : DocumentFormat.values()) {
        String text = format == DocumentFormat.JSON ? json(a, b, c) : yaml(a, b, c);
        SourceText source = SourceText.checked("doc", text, format == DocumentFormat.YAML);
        Intervention plain =
            StreamBinder.interventionCheckingEveryString(TREES, source, format, LIMITS);
        Intervention fast = StreamBinder.intervention(TREES, source, format, LIMITS);
        assertThat(fast).as(text).isEqualTo(plain);
        if (plain != null && !source.mayHoldUnpairedSurrogates()) {
          skippedAndRead.incrementAndGet();
        }
        if (locatedProblemKinds(text, format).contains(Problem.Kind.ENCODING)) {
          loneSurrogates.incrementAndGet();
        }
      }
    });
    // Both sides of the skip are exercised: documents read without the search, and documents
    // whose lone surrogates the search must find.
    assertThat(skippedAndRead.get()).as("read with the search skipped").isGreaterThan(200);
    assertThat(loneSurrogates.get()).as("documents with a lone surrogate").isGreaterThan(200);
  }

  private static List<Problem.Kind> locatedProblemKinds(String text, DocumentFormat format) {
    ProblemCollector problems = LOADER.problems();
    try {
      LOADER.intervention(LOADER.parse(text, format, "doc", problems), problems);
    } catch (ProblemCollector.Full full) {
      // the problems so far are enough
    }
    return problems.sorted().stream().map(Problem::kind).toList();
  }

  /**
   * The search over UTF-8 bytes (JSON bytes read undecoded), which passes eight bytes at a time,
   * answers as the search over the text does, at every alignment and with a byte order mark.
   */
  @Test
  void theSearchOverBytesAnswersAsTheSearchOverText() {
    AtomicInteger yes = new AtomicInteger();
    qt().withExamples(20_000).forAll(bodies(), integers().between(0, 9), integers().between(0, 1))
        .checkAssert((body, shift, bom) -> {
          String text = "x".repeat(shift) + body;
          byte[] utf8 = ((bom == 1 ? "\uFEFF" : "") + text).getBytes(StandardCharsets.UTF_8);
          boolean expected = SourceText.checked("d", text, false).mayHoldUnpairedSurrogates();
          assertThat(SourceText.jsonBytes("d", utf8).mayHoldUnpairedSurrogates())
              .as(text).isEqualTo(expected);
          if (expected) {
            yes.incrementAndGet();
          }
        });
    assertThat(yes.get()).isBetween(2_000, 18_000);
  }

  @Test
  void everyEscapeOfASurrogateIsSeen() {
    for (String escape : List.of("\\uD800", "\\udfff", "\\U0000D800", "\\U0000dfff", "\\uDbFf")) {
      assertThat(SourceText.checked("d", "\"a" + escape + "\"", false).mayHoldUnpairedSurrogates())
          .as(escape).isTrue();
    }
    for (String plain : List.of("\"a\\u00e9\"", "\"\\n\\t\\\\\"", "\"dD\"", "\"\\U0001F600\"")) {
      assertThat(SourceText.checked("d", plain, false).mayHoldUnpairedSurrogates()).as(plain)
          .isFalse();
      // text no decoder has checked may hold a raw unpaired surrogate anywhere
      assertThat(SourceText.withOffsets("d", plain).mayHoldUnpairedSurrogates()).isTrue();
    }
  }
}
