package org.evidencetoolkit.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.render.internal.Columns;
import org.evidencetoolkit.render.labels.Labels;
import org.junit.jupiter.api.Test;

/** Laws every rendering obeys, for any model the generators make. */
class RenderingPropertiesTest {
  private static final int EXAMPLES = 150;

  @Test
  void renderingNeverThrowsAndIsDeterministic() {
    HtmlRenderer html = HtmlRenderer.defaults();
    TextRenderer text = TextRenderer.defaults();
    MarkdownRenderer markdown = MarkdownRenderer.defaults();
    qt().withExamples(EXAMPLES).withShrinkCycles(50)
        .forAll(Generators.interventions())
        .checkAssert(
            i -> {
              assertThat(html.renderPage(i)).isEqualTo(html.renderPage(i));
              assertThat(html.render(i)).isEqualTo(html.render(i));
              assertThat(text.render(i)).isEqualTo(text.render(i));
              assertThat(markdown.render(i)).isEqualTo(markdown.render(i));
            });
    qt().withExamples(EXAMPLES / 3).withShrinkCycles(50)
        .forAll(Generators.toolkits(), Generators.comparisons())
        .checkAssert(
            (toolkit, list) -> {
              assertThat(html.renderIndexPage(toolkit)).isEqualTo(html.renderIndexPage(toolkit));
              assertThat(text.renderIndex(toolkit)).isEqualTo(text.renderIndex(toolkit));
              assertThat(html.renderComparisonPage(list, "t")).isEqualTo(html.renderComparisonPage(list, "t"));
              assertThat(text.renderComparison(list)).isEqualTo(text.renderComparison(list));
            });
  }

  @Test
  void textObeysTheWidthLawsAtAnyWidth() {
    qt().withExamples(EXAMPLES).withShrinkCycles(50)
        .forAll(Generators.interventions(), integers().between(TextRenderer.MIN_WIDTH, 120))
        .checkAssert(
            (i, width) -> assertWidthLaws(TextRenderer.builder().width(width).build().render(i), width));
    qt().withExamples(EXAMPLES / 3).withShrinkCycles(50)
        .forAll(Generators.toolkits(), Generators.comparisons(), integers().between(TextRenderer.MIN_WIDTH, 120))
        .checkAssert(
            (toolkit, list, width) -> {
              TextRenderer renderer =
                  TextRenderer.builder().width(width).glyphs(Glyphs.ASCII).build();
              assertWidthLaws(renderer.renderIndex(toolkit), width);
              assertWidthLaws(renderer.renderComparison(list), width);
            });
  }

  /**
   * What a line may hold before its last word when it is over the width: only its indentation, a
   * list marker or reference number, or a rating label. Anything else means a word that could have
   * wrapped did not.
   */
  private static final Pattern PREFIX;

  static {
    Labels labels = Labels.defaults();
    List<String> keys = List.of("rating.impact", "rating.evidence", "rating.cost", "rating.prevention",
        "rating.setting", "rating.sector", "rating.studies");
    StringBuilder alternatives = new StringBuilder();
    for (String key : keys) {
      alternatives.append('|').append(Pattern.quote(labels.text(key)));
    }
    PREFIX = Pattern.compile(" *((•|-|\\d+\\.|\\[\\d+\\])" + alternatives + ")? *");
  }

  static void assertWidthLaws(String output, int width) {
    assertThat(output).endsWith("\n").doesNotContain("\n\n\n").doesNotStartWith("\n");
    for (String line : output.split("\n", -1)) {
      assertThat(line).as("trailing space in %s", line).doesNotMatch("(?s).*[\\s\\u00A0\\u3000]$");
      assertThat(line.codePoints().noneMatch(cp -> Character.isISOControl(cp)))
          .as("control character in %s", line)
          .isTrue();
      int columns = Columns.of(line);
      if (columns > width) {
        int lastSpace = line.lastIndexOf(' ');
        String word = line.substring(lastSpace + 1);
        String prefix = line.substring(0, lastSpace + 1);
        assertThat(prefix).as("line over %d columns with more than one word: '%s'", width, line).matches(PREFIX);
        assertThat(Columns.of(word))
            .as("line over %d columns although its word fits: '%s'", width, line)
            .isGreaterThan(width - Columns.of(prefix));
        assertThat(Columns.of(prefix)).as("prefix wider than half the width: '%s'", line).isLessThanOrEqualTo(width / 2);
      }
    }
  }

  @Test
  void oneRendererSharedByEightThreadsGivesIdenticalOutput() throws Exception {
    List<Intervention> documents = new ArrayList<>();
    documents.add(Fixtures.full());
    documents.add(Fixtures.minimal());
    qt().withExamples(20).withShrinkCycles(50).forAll(Generators.interventions()).checkAssert(documents::add);
    HtmlRenderer html =
        HtmlRenderer.builder()
            .attributeProvider((part, tag, attributes) -> attributes.put("data-tag", tag))
            .build();
    TextRenderer text = TextRenderer.builder().width(50).build();
    MarkdownRenderer markdown = MarkdownRenderer.defaults();
    List<String> expected = new ArrayList<>();
    for (Intervention i : documents) {
      expected.add(html.renderPage(i) + text.render(i) + markdown.render(i));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        Callable<List<String>> task =
            () -> {
              List<String> out = new ArrayList<>();
              for (int round = 0; round < 2; round++) {
                out.clear();
                for (Intervention i : documents) {
                  out.add(html.renderPage(i) + text.render(i) + markdown.render(i));
                }
              }
              return out;
            };
        results.add(pool.submit(task));
      }
      for (Future<List<String>> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
