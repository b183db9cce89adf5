package org.evidencetoolkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Map;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Profile;
import org.evidencetoolkit.render.HtmlRenderer;
import org.evidencetoolkit.render.MarkdownRenderer;
import org.evidencetoolkit.render.TextRenderer;
import org.junit.jupiter.api.Test;

/**
 * Documents without a profile render byte for byte as before profiles existed: rendering
 * generated content of the built-in profile with no profile given equals rendering it with {@link
 * Profile#yef()} given explicitly, in text, HTML and Markdown, for interventions, indexes and
 * comparisons.
 *
 * <p>"As before" is also held by the render module's golden files of the YEF fixtures, which the
 * profiles issue left untouched (the render README says so; only the CSV export's golden files
 * gained the measure columns, in {@code toolkit-io}). This property extends that from a few
 * fixtures to any generated content: whatever the renderers do with no profile is exactly what they
 * do under yef, so no profile-specific path changes output that has no profile.
 */
class DefaultProfileRenderingTest {
  private static final TextRenderer TEXT = TextRenderer.defaults();
  private static final TextRenderer TEXT_YEF = TextRenderer.builder().profile(Profile.yef()).build();
  private static final HtmlRenderer HTML = HtmlRenderer.defaults();
  private static final HtmlRenderer HTML_YEF = HtmlRenderer.builder().profile(Profile.yef()).build();
  private static final MarkdownRenderer MARKDOWN = MarkdownRenderer.defaults();
  private static final MarkdownRenderer MARKDOWN_YEF =
      MarkdownRenderer.builder().profile(Profile.yef()).build();

  static Map<String, String> withoutProfile(Intervention i) {
    return Map.of(
        "text", TEXT.render(i),
        "html page", HTML.renderPage(i),
        "html fragment", HTML.render(i),
        "markdown", MARKDOWN.render(i));
  }

  static Map<String, String> underYef(Intervention i) {
    return Map.of(
        "text", TEXT_YEF.render(i),
        "html page", HTML_YEF.renderPage(i),
        "html fragment", HTML_YEF.render(i),
        "markdown", MARKDOWN_YEF.render(i));
  }

  @Test
  void interventionsRenderTheSameWithoutAProfileAsUnderYef() {
    qt().withExamples(2_000)
        .forAll(Generators.interventions())
        .checkAssert(i -> assertThat(withoutProfile(i)).isEqualTo(underYef(i)));
  }

  @Test
  void interventionsNamingYefsMeasuresRenderTheSameAndInTheirWords() {
    qt().withExamples(1_000)
        .forAll(Generators.interventions(Profile.yef()))
        .checkAssert(
            i -> {
              Map<String, String> plain = withoutProfile(i);
              assertThat(plain).isEqualTo(underYef(i));
              if (i.impact().estimate().isPresent()) {
                String outcome = i.impact().measure().orElse("violence");
                assertThat(plain.get("text")).contains(" " + outcome);
              }
            });
  }

  @Test
  void indexesAndComparisonsRenderTheSameWithoutAProfileAsUnderYef() {
    qt().withExamples(500)
        .forAll(Generators.toolkits())
        .checkAssert(
            t -> {
              List<Intervention> all = t.interventions();
              assertThat(TEXT.renderIndex(t)).isEqualTo(TEXT_YEF.renderIndex(t));
              assertThat(HTML.renderIndexPage(t)).isEqualTo(HTML_YEF.renderIndexPage(t));
              assertThat(HTML.renderIndex(t)).isEqualTo(HTML_YEF.renderIndex(t));
              assertThat(TEXT.renderComparison(all)).isEqualTo(TEXT_YEF.renderComparison(all));
              assertThat(HTML.renderComparison(all)).isEqualTo(HTML_YEF.renderComparison(all));
              // A toolkit of yef content given to the renderer changes nothing either, but for
              // related approaches: with a toolkit they are looked up and shown by title, without
              // one as their ids (issue 13), so they are left out of this comparison.
              TextRenderer text = TextRenderer.builder().toolkit(t).build();
              for (Intervention i : all) {
                Intervention unrelated = Intervention.builder().from(i).related(List.of()).build();
                assertThat(text.render(unrelated)).isEqualTo(TEXT.render(unrelated));
              }
            });
  }

  @Test
  void theCheckFindsADifferentProfile() {
    // Control case: under any other profile the output differs, so the equality can fail.
    Profile months = Profile.builder().name("months").addMeasure(ContentUnderProfilesTest.MONTHS).build();
    TextRenderer other = TextRenderer.builder().profile(months).build();
    assertThatThrownBy(
            () ->
                qt().withExamples(200).withShrinkCycles(10)
                    .forAll(Generators.interventions())
                    .checkAssert(i -> assertThat(TEXT.render(i)).isEqualTo(other.render(i))))
        .isInstanceOf(AssertionError.class);
  }
}
