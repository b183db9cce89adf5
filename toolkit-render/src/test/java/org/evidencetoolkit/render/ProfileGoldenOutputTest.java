package org.evidencetoolkit.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Toolkit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every output format of a toolkit under a profile other than YEF's ({@link LearningFixtures}:
 * months of progress, its own labels and section order, a custom section, an about and a
 * source) against golden files; pages are also validated by {@link HtmlValidationTest}.
 */
class ProfileGoldenOutputTest {
  /** Golden names and outputs: pages through {@code toolkit(..)}, indexes from the toolkit alone. */
  static Stream<Arguments> outputs() {
    Toolkit toolkit = LearningFixtures.toolkit();
    Intervention page = LearningFixtures.readingCircles();
    List<Intervention> compared = LearningFixtures.comparison();
    TextRenderer text = TextRenderer.builder().toolkit(toolkit).build();
    // Titles link to pages beside this one, as in a site, so related approaches are links.
    HtmlRenderer html =
        HtmlRenderer.builder().toolkit(toolkit).interventionLink(i -> java.util.Optional.of(i.id() + ".html")).build();
    List<Arguments> out = new ArrayList<>();
    out.add(Arguments.of("learning.text-80.txt", text.render(page)));
    out.add(Arguments.of("learning.fragment.html", html.render(page)));
    out.add(Arguments.of("learning.page.html", html.renderPage(page)));
    out.add(Arguments.of("learning.markdown.md", MarkdownRenderer.builder().toolkit(toolkit).build().render(page)));
    // An index takes the profile from the toolkit it is given: default renderers.
    out.add(Arguments.of("learning-index.txt", TextRenderer.defaults().renderIndex(toolkit)));
    out.add(Arguments.of("learning-index.html", HtmlRenderer.defaults().renderIndex(toolkit)));
    out.add(Arguments.of("learning-index.page.html", HtmlRenderer.defaults().renderIndexPage(toolkit)));
    out.add(Arguments.of("learning-index.markdown.md", MarkdownRenderer.defaults().renderIndex(toolkit)));
    out.add(Arguments.of("learning-comparison.txt", text.renderComparison(compared)));
    out.add(Arguments.of("learning-comparison.html", html.renderComparison(compared)));
    out.add(Arguments.of("learning-comparison.page.html", html.renderComparisonPage(compared, "Compare approaches")));
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("outputs")
  void matchesGoldenFile(String name, String output) {
    GoldenFiles.check(name, output);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("outputs")
  void saysNothingOfViolence(String name, String output) {
    assertThat(output).as(name).doesNotContainIgnoringCase("violence");
    assertThat(output).as(name).doesNotContain("Evidence quality", "% less", "% more");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("outputs")
  void wordsEstimatesInMonths(String name, String output) {
    assertThat(output).as(name).contains("Moderate impact (+3 months)");
    if (name.startsWith("learning-")) {
      assertThat(output).as(name).contains("High impact (+4 months)", "Harmful", "(−3 months)");
    }
    if (name.startsWith("learning-index")) {
      assertThat(output)
          .as(name)
          .contains("Low impact (+1.5 months)", "No effect (no change in attainment)", "Insufficient evidence of impact");
    }
  }
}
