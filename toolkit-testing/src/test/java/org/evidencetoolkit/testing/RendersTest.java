package org.evidencetoolkit.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.evidencetoolkit.testing.ToolkitAssertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.render.HtmlRenderer;
import org.evidencetoolkit.render.TextRenderer;
import org.evidencetoolkit.testing.internal.HtmlSafety;
import org.junit.jupiter.api.Test;

/** {@code renders()} renders with every renderer and judges the HTML as a browser would parse it. */
class RendersTest {
  @Test
  void aValidInterventionRendersSafely() {
    assertThat(ToolkitAssertionsTest.MENTORING)
        .renders()
        .hasSafeHtml()
        .hasNoTrailingSpaces()
        .html()
        .contains("Mentoring")
        .contains("Moderate impact");
    assertThat(ToolkitAssertionsTest.MENTORING).renders().markdown().contains("Mentoring");
    assertThat(ToolkitAssertionsTest.MENTORING).renders().text().contains("Mentoring");
  }

  @Test
  void generatedToolkitsRenderSafely() {
    qt().withExamples(200)
        .forAll(Generators.toolkits())
        .checkAssert(t -> assertThat(t).renders().hasSafeHtml().hasNoTrailingSpaces());
  }

  @Test
  void toolkitsUnderGeneratedProfilesRenderSafely() {
    // Profile labels hold markup characters too ("<b>", "x<y", "&amp;"): escaped like content.
    qt().withExamples(200)
        .forAll(Generators.toolkitsUnderProfiles())
        .checkAssert(
            t -> {
              assertThat(t).renders().hasSafeHtml().hasNoTrailingSpaces();
              HtmlRenderer html = HtmlRenderer.builder().toolkit(t).build();
              TextRenderer text = TextRenderer.builder().toolkit(t).build();
              for (Intervention i : t.interventions()) {
                assertThat(i).renders(html, text).hasSafeHtml().hasNoTrailingSpaces();
              }
            });
  }

  @Test
  void hostileInterventionsRenderSafely() {
    qt().withExamples(500)
        .forAll(Generators.hostileInterventions())
        .checkAssert(i -> assertThat(i).renders().hasSafeHtml().hasNoTrailingSpaces());
  }

  @Test
  void theSafetyCheckFindsWhatABrowserWouldRun() {
    // Control cases: markup a broken renderer might write.
    assertThat(HtmlSafety.problems("<p>ok <a href=\"https://example.org\" rel=\"noopener noreferrer\">x</a></p>")).isEmpty();
    assertThat(HtmlSafety.problems("<p><script>alert(1)</script></p>")).singleElement().asString().contains("<script>");
    assertThat(HtmlSafety.problems("<p><a href=\" java\tscript:alert(1)\">x</a></p>")).singleElement().asString().contains("href");
    assertThat(HtmlSafety.problems("<p onclick=\"x()\">x</p>")).singleElement().asString().contains("onclick");
    assertThat(HtmlSafety.problems("<a href=\"https://example.org\">x</a>")).singleElement().asString().contains("noopener");
    assertThat(HtmlSafety.problems("<a href=\"//evil.example/\">x</a>")).isNotEmpty();
    assertThat(HtmlSafety.problems("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>")).isEmpty();
  }

  @Test
  void aRendererThatThrowsFailsWithTheDocument() {
    Toolkit empty = Toolkit.builder().title("Empty").build();
    assertThat(empty).renders().hasSafeHtml();
    assertThatThrownBy(() -> assertThat(empty).renders().markdown())
        .hasMessageContaining("no Markdown");
  }
}
