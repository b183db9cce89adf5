package org.evidencetoolkit.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.evidencetoolkit.model.Intervention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every output format of a full and a minimal document, and the toolkit views, against golden files. */
class GoldenOutputTest {
  static final Map<String, Intervention> DOCUMENTS =
      Map.of("full", Fixtures.full(), "minimal", Fixtures.minimal());

  static final Map<String, Function<Intervention, String>> FORMATS =
      Map.of(
          "text-80.txt", i -> TextRenderer.defaults().render(i),
          "text-40.txt", i -> TextRenderer.builder().width(40).build().render(i),
          "text-ascii.txt", i -> TextRenderer.builder().glyphs(Glyphs.ASCII).build().render(i),
          "fragment.html", i -> HtmlRenderer.defaults().render(i),
          "page.html", i -> HtmlRenderer.defaults().renderPage(i),
          "markdown.md", i -> MarkdownRenderer.defaults().render(i));

  /** Golden names and how to produce them; pages are also validated by {@link HtmlValidationTest}. */
  static Stream<Arguments> outputs() {
    List<Arguments> out = new ArrayList<>();
    DOCUMENTS.forEach(
        (doc, intervention) ->
            FORMATS.forEach(
                (format, render) -> out.add(Arguments.of(doc + "." + format, render.apply(intervention)))));
    out.add(Arguments.of("index.txt", TextRenderer.defaults().renderIndex(Fixtures.toolkit())));
    out.add(Arguments.of("index-40.txt", TextRenderer.builder().width(40).build().renderIndex(Fixtures.toolkit())));
    out.add(Arguments.of("index.html", HtmlRenderer.defaults().renderIndex(Fixtures.toolkit())));
    out.add(Arguments.of("index.page.html", HtmlRenderer.defaults().renderIndexPage(Fixtures.toolkit())));
    out.add(Arguments.of("index.markdown.md", MarkdownRenderer.defaults().renderIndex(Fixtures.toolkit())));
    out.add(Arguments.of("comparison.txt", TextRenderer.defaults().renderComparison(Fixtures.comparison())));
    out.add(Arguments.of("comparison.html", HtmlRenderer.defaults().renderComparison(Fixtures.comparison())));
    out.add(
        Arguments.of(
            "comparison.page.html",
            HtmlRenderer.defaults().renderComparisonPage(Fixtures.comparison(), "Compare approaches")));
    out.sort((a, b) -> ((String) a.get()[0]).compareTo((String) b.get()[0]));
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("outputs")
  void matchesGoldenFile(String name, String output) {
    GoldenFiles.check(name, output);
  }
}
