package org.evidencetoolkit.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.evidencetoolkit.model.ImpactBand;
import org.evidencetoolkit.render.labels.Labels;
import org.junit.jupiter.api.Test;

/** {@link MarkdownRenderer#renderComparison}: the text comparison's layout, as headings and lists. */
class MarkdownComparisonTest {
  @Test
  void eachRatingIsAHeadingWithOneItemPerIntervention() {
    String markdown = MarkdownRenderer.defaults().renderComparison(Fixtures.comparison());
    assertThat(markdown)
        .startsWith(
            """
            # Comparison

            ## Impact

            - Example mentoring scheme: Moderate impact (21% less violence)
            - Example with only a headline: Insufficient evidence of impact
            - Focused deterrence: High impact (33% less violence)

            ## Evidence quality

            """)
        .endsWith(
            """
            ## Studies

            - Example mentoring scheme: 12 studies
            - Example with only a headline: Not given
            - Focused deterrence: Not given
            """);
    assertThat(markdown.lines().filter(l -> l.startsWith("## ")))
        .containsExactly("## Impact", "## Evidence quality", "## Cost", "## Prevention type",
            "## Setting", "## Sector", "## Studies");
  }

  @Test
  void wordsAreTheProfilesAndContentIsEscaped() {
    String markdown =
        MarkdownRenderer.builder().toolkit(LearningFixtures.toolkit()).build()
            .renderComparison(LearningFixtures.comparison());
    assertThat(markdown).contains("## Evidence strength", "(+3 months)").doesNotContain("Evidence quality");
    String escaped = MarkdownRenderer.defaults().renderComparison(
        List.of(Fixtures.headline("x", "*Not* [a link](https://example.org)", ImpactBand.HIGH, "10")));
    assertThat(escaped).contains("- \\*Not\\* \\[a link\\](https://example.org): High impact");
  }

  @Test
  void anEmptyComparisonSaysSo() {
    assertThat(MarkdownRenderer.defaults().renderComparison(List.of()))
        .isEqualTo("# Comparison\n\n" + Labels.defaults().text("index.empty") + "\n");
  }
}
