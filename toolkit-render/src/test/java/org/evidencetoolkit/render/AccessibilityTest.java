package org.evidencetoolkit.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** What markup can do for WCAG: ratings in words, decoration hidden, headings in order, a language. */
class AccessibilityTest {
  static void assertAccessible(String page, int base) {
    Document doc = Jsoup.parse(page);
    assertThat(doc.expectFirst("html").attr("lang")).isEqualTo("en-GB");
    int previous = base - 1;
    for (Element h : doc.select("h1, h2, h3, h4, h5, h6")) {
      int level = h.normalName().charAt(1) - '0';
      assertThat(level).as("heading %s after h%d", h, previous).isBetween(base, previous + 1);
      previous = level;
    }
    for (Element gauge : doc.select(".et-gauge")) {
      assertThat(gauge.attr("aria-hidden")).isEqualTo("true");
    }
    for (Element fact : doc.select(".et-facts dd")) {
      assertThat(fact.text()).as("a fact, or 'Not given': %s", fact).isNotBlank();
    }
    for (Element value : doc.select("dd.et-rating-value, td.et-cell")) {
      Element copy = value.clone();
      copy.select("[aria-hidden=true]").remove();
      assertThat(copy.text()).as("rating in words: %s", value).isNotBlank();
    }
  }

  @Test
  void goldenDocumentsAreAccessible() {
    assertAccessible(HtmlRenderer.defaults().renderPage(Fixtures.full()), 1);
    assertAccessible(HtmlRenderer.defaults().renderPage(Fixtures.minimal()), 1);
    assertAccessible(HtmlRenderer.defaults().renderIndexPage(Fixtures.toolkit()), 1);
    assertAccessible(HtmlRenderer.builder().headingBaseLevel(3).build().renderPage(Fixtures.full()), 3);
  }

  @Test
  void generatedDocumentsAreAccessible() {
    HtmlRenderer renderer = HtmlRenderer.defaults();
    qt().withExamples(100).withShrinkCycles(50).forAll(Generators.interventions()).checkAssert(i -> assertAccessible(renderer.renderPage(i), 1));
  }
}
