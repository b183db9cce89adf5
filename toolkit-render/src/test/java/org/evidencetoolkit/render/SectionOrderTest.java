package org.evidencetoolkit.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Profile;
import org.evidencetoolkit.model.Section;
import org.evidencetoolkit.model.text.RichText;
import org.evidencetoolkit.render.html.HtmlPart;
import org.evidencetoolkit.render.html.HtmlPartRenderer;
import org.evidencetoolkit.render.html.HtmlPartRendererFactory;
import org.evidencetoolkit.render.labels.Labels;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * A page's sections come in the profile's order; custom sections show as rich text under their
 * {@code section.<id>} label; a listed section with nothing to show, and content the profile does
 * not list, are skipped.
 */
class SectionOrderTest {
  static final List<String> LEARNING_HEADINGS =
      List.of(
          "What is it?",
          "How effective is the approach?",
          "Behind the average",
          "How can you implement it well?",
          "How much does it cost?",
          "How secure is the evidence?",
          "Further reading");

  /** The headings underlined with '-' in a text rendering, in order. */
  static List<String> textHeadings(String text) {
    String[] lines = text.split("\n", -1);
    List<String> headings = new ArrayList<>();
    for (int k = 0; k + 1 < lines.length; k++) {
      if (!lines[k].isEmpty() && lines[k + 1].matches("-+") && lines[k + 1].length() == lines[k].length()) {
        headings.add(lines[k]);
      }
    }
    // Neither is a section of the profile's order: the references and the toolkit's links.
    headings.remove("References");
    headings.remove("Related approaches");
    return headings;
  }

  static List<String> markdownHeadings(String markdown) {
    return markdown.lines().filter(l -> l.startsWith("## ")).map(l -> l.substring(3))
        .filter(h -> !h.equals("Related approaches")).toList();
  }

  static List<String> htmlHeadings(String html) {
    return Jsoup.parse(html).select("section.et-section > h2").eachText();
  }

  static List<String> headingsInEveryFormat(Profile profile, Intervention i) {
    List<String> text = textHeadings(TextRenderer.builder().profile(profile).build().render(i));
    List<String> html = htmlHeadings(HtmlRenderer.builder().profile(profile).build().render(i));
    List<String> markdown = markdownHeadings(MarkdownRenderer.builder().profile(profile).build().render(i));
    assertThat(html).isEqualTo(text);
    assertThat(markdown).isEqualTo(text);
    return text;
  }

  @Test
  void sectionsFollowTheProfilesOrderWithTheCustomSectionInPlace() {
    assertThat(headingsInEveryFormat(LearningFixtures.profile(), LearningFixtures.readingCircles()))
        .isEqualTo(LEARNING_HEADINGS);
    Document doc = Jsoup.parse(
        HtmlRenderer.builder().profile(LearningFixtures.profile()).build().render(LearningFixtures.readingCircles()));
    assertThat(doc.select("section.et-section").eachAttr("class"))
        .contains("et-section et-section-behind-the-average");
    assertThat(doc.expectFirst("section.et-section-behind-the-average").select("p").eachText())
        .containsExactly("Gains were larger for younger pupils.", "See the breakdown by age.");
    assertThat(doc.expectFirst("section.et-section-behind-the-average a").attr("rel")).isEqualTo("noopener noreferrer");
  }

  @Test
  void theDefaultOrderIsYefsAndShowsNoCustomSection() {
    Intervention withExtra =
        Intervention.builder().from(Fixtures.full()).putSection("behind-the-average", RichText.paragraph("Extra.")).build();
    assertThat(headingsInEveryFormat(Profile.yef(), withExtra))
        .containsExactly("What is it?", "Is it effective?", "How secure is the evidence?",
            "How can you implement it well?", "How much does it cost?", "Topic summary", "Further reading");
    assertThat(TextRenderer.defaults().render(withExtra)).isEqualTo(TextRenderer.defaults().render(Fixtures.full()));
  }

  @Test
  void aReorderedProfileReordersBuiltInSectionsAndLeavesOutWhatItDoesNotList() {
    Profile reversed =
        Profile.builder().name("reversed").addSections("further-reading", "cost", "what-is-it", "not-written").build();
    // Fixtures.full() has a topic summary, tips and more; this profile shows three sections only,
    // and "not-written", which the intervention has no text for, not at all.
    assertThat(headingsInEveryFormat(reversed, Fixtures.full()))
        .containsExactly("Further reading", "How much does it cost?", "What is it?");
  }

  @Test
  void anEmptyCustomSectionIsSkippedAndOneWithoutALabelIsHeadedByItsId() {
    Profile profile =
        Profile.builder()
            .name("extra")
            .addSections("what-is-it", "empty-one", "unlabelled", "key-findings")
            .putLabel("section.key-findings", "Key findings")
            .putLabel("section.empty-one", "Empty")
            .build();
    Intervention i =
        Intervention.builder()
            .from(Fixtures.minimal())
            .whatIsIt(RichText.paragraph("W."))
            .putSection("key-findings", RichText.paragraph("K."))
            .putSection("empty-one", RichText.empty())
            .putSection("unlabelled", RichText.paragraph("U."))
            .build();
    assertThat(headingsInEveryFormat(profile, i)).containsExactly("What is it?", "unlabelled", "Key findings");
    assertThat(TextRenderer.builder().profile(profile).build().render(i))
        .contains("Key findings\n------------\n\nK.\n");
  }

  /**
   * For any intervention, custom sections present or not, and any profile order of built-in and
   * custom ids, the HTML and Markdown headings are the listed sections with content, in order.
   */
  @Test
  void anyOrderIsFollowedInEveryFormat() {
    List<String> pool = new ArrayList<>(Profile.builtInSectionIds());
    pool.addAll(List.of("alpha", "beta", "gamma"));
    qt().withExamples(150).withShrinkCycles(50)
        .forAll(Generators.interventions(), integers().all(), integers().between(0, 7))
        .checkAssert(
            (generated, seed, present) -> {
              List<String> order = new ArrayList<>(pool);
              Collections.shuffle(order, new Random(seed));
              order = order.subList(0, 1 + Math.floorMod(seed, order.size()));
              Intervention.Builder builder = Intervention.builder().from(generated);
              List<String> custom = List.of("alpha", "beta", "gamma");
              for (int k = 0; k < custom.size(); k++) {
                if ((present & (1 << k)) != 0) {
                  builder.putSection(custom.get(k), RichText.paragraph("Text of " + custom.get(k) + "."));
                }
              }
              Intervention i = builder.build();
              Profile profile = Profile.builder().name("shuffled").addAllSections(order)
                  .putLabel("section.alpha", "Alpha").putLabel("section.beta", "Beta").build();
              Labels labels = Labels.forProfile(profile);
              List<String> expected = new ArrayList<>();
              for (String id : order) {
                boolean shown = Section.byId(id).map(section -> section.hasContent(i))
                    .orElseGet(() -> i.sections().containsKey(id));
                if (shown) {
                  expected.add(labels.section(id));
                }
              }
              assertThat(htmlHeadings(HtmlRenderer.builder().profile(profile).build().render(i)))
                  .isEqualTo(expected);
              assertThat(markdownHeadings(MarkdownRenderer.builder().profile(profile).build().render(i)))
                  .isEqualTo(expected);
            });
  }

  @Test
  void theApplicationCanRenameACustomSection() {
    // A custom section's key is known under its profile, so the application starts from it.
    Labels labels = Labels.forProfile(LearningFixtures.toolkit().profile())
        .with("section.behind-the-average", "Who gained most");
    String text = TextRenderer.builder().labels(labels).toolkit(LearningFixtures.toolkit()).build()
        .render(LearningFixtures.readingCircles());
    assertThat(textHeadings(text)).contains("Who gained most").doesNotContain("Behind the average");
  }

  @Test
  void aCustomSectionIsAPartThatCanBeReplacedAlone() {
    HtmlPartRendererFactory boxed =
        context ->
            new HtmlPartRenderer() {
              @Override
              public Set<Class<? extends HtmlPart>> partTypes() {
                return Set.of(HtmlPart.CustomSection.class);
              }

              @Override
              public void render(HtmlPart part) {
                HtmlPart.CustomSection section = (HtmlPart.CustomSection) part;
                context.writer().tag("aside", "class", context.cssClass("aside-" + section.id()));
                context.renderRichText(part, section.body());
                context.writer().end("aside");
              }
            };
    Document doc = Jsoup.parse(
        HtmlRenderer.builder().toolkit(LearningFixtures.toolkit()).partRendererFactory(boxed).build()
            .render(LearningFixtures.readingCircles()));
    assertThat(doc.select("aside.et-aside-behind-the-average p")).hasSize(2);
    assertThat(doc.select("section.et-section-behind-the-average")).isEmpty();
    assertThat(doc.select("section.et-section")).hasSize(6);
  }
}
