package org.evidencetoolkit.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.BulletList;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.parser.Parser;
import org.evidencetoolkit.model.ImplementationTip;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Section;
import org.evidencetoolkit.model.text.Block;
import org.evidencetoolkit.model.text.Emphasis;
import org.evidencetoolkit.model.text.Inline;
import org.evidencetoolkit.model.text.Link;
import org.evidencetoolkit.model.text.Paragraph;
import org.evidencetoolkit.model.text.RichText;
import org.evidencetoolkit.model.text.RichTextNormalForm;
import org.evidencetoolkit.model.text.Strong;
import org.evidencetoolkit.model.text.Text;
import org.evidencetoolkit.render.labels.Labels;
import org.junit.jupiter.api.Test;

/**
 * The Markdown a renderer writes reads back, section by section, to the same rich text. The
 * reader here is commonmark-java mapped to {@link RichText} the way the format's reader does:
 * paragraphs, flat lists, emphasis, strong emphasis and links; anything else fails the test.
 */
class MarkdownRoundTripTest {
  private static final Parser PARSER = Parser.builder().build();

  @Test
  void fullDocumentReadsBack() {
    assertReadsBack(Fixtures.full());
  }

  @Test
  void hostileTextReadsBackAsText() {
    List<String> hostile = new ArrayList<>(Generators.HOSTILE);
    hostile.addAll(List.of("  leading", "trailing  ", "line\nbreak", "tab\tin", "    code?", "1986. A year",
        "wow!", "&copy;", "\\*", "- - -", "* * *", "<div>", "[x]: https://example.org"));
    for (String text : hostile) {
      Intervention i = Intervention.builder().from(Fixtures.minimal())
          .whatIsIt(RichText.of(Paragraph.of(text),
              new org.evidencetoolkit.model.text.BulletList(List.of(List.of(new Text(text))))))
          .build();
      assertReadsBack(i);
    }
  }

  @Test
  void generatedCleanDocumentsReadBack() {
    qt().withExamples(100).withShrinkCycles(20).forAll(Generators.cleanInterventions()).checkAssert(MarkdownRoundTripTest::assertReadsBack);
  }

  static void assertReadsBack(Intervention intervention) {
    String markdown = MarkdownRenderer.defaults().render(intervention);
    Map<String, List<Node>> sections = sections(markdown);
    Labels labels = Labels.defaults();
    check(markdown, sections, labels.section(Section.WHAT_IS_IT), intervention.whatIsIt());
    check(markdown, sections, labels.section(Section.EFFECTIVENESS), intervention.effectiveness());
    check(markdown, sections, labels.section(Section.EVIDENCE_SECURITY), intervention.evidenceSecurity());
    check(markdown, sections, labels.section(Section.COST), intervention.costDetails());
    check(markdown, sections, labels.section(Section.TOPIC_SUMMARY), intervention.topicSummary());
    int n = 0;
    for (ImplementationTip tip : intervention.implementation()) {
      check(markdown, sections, "tip " + n++ + ": " + tip.title(), tip.body());
    }
  }

  private static void check(String markdown, Map<String, List<Node>> sections, String heading, RichText expected) {
    RichText normal = normalise(expected);
    List<Node> nodes = sections.getOrDefault(heading, List.of());
    assertThat(richText(nodes)).as("section %s of:\n%s", heading, markdown).isEqualTo(normal);
  }

  /** Blocks under each level-2 heading, and under each level-3 heading as "tip n: title". */
  private static Map<String, List<Node>> sections(String markdown) {
    Document document = (Document) PARSER.parse(markdown);
    Map<String, List<Node>> sections = new LinkedHashMap<>();
    List<Node> current = new ArrayList<>();
    int tips = 0;
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof org.commonmark.node.ThematicBreak) {
        current = new ArrayList<>();
      } else if (node instanceof Heading heading && heading.getLevel() > 1) {
        current = new ArrayList<>();
        String title = plain(heading);
        sections.put(heading.getLevel() == 3 ? "tip " + tips++ + ": " + title : title, current);
      } else {
        current.add(node);
      }
    }
    return sections;
  }

  private static String plain(Node node) {
    StringBuilder out = new StringBuilder();
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof org.commonmark.node.Text t) {
        out.append(t.getLiteral());
      } else {
        out.append(plain(child));
      }
    }
    return out.toString();
  }

  static RichText richText(List<Node> nodes) {
    List<Block> blocks = new ArrayList<>();
    for (Node node : nodes) {
      if (node instanceof org.commonmark.node.Paragraph p) {
        blocks.add(new Paragraph(inlines(p)));
      } else if (node instanceof BulletList list) {
        blocks.add(new org.evidencetoolkit.model.text.BulletList(items(list)));
      } else if (node instanceof OrderedList list) {
        assertThat(list.getMarkerStartNumber()).isEqualTo(1);
        blocks.add(new org.evidencetoolkit.model.text.OrderedList(items(list)));
      } else {
        throw new AssertionError("Not rich text: " + node);
      }
    }
    return normalise(new RichText(blocks));
  }

  private static List<List<Inline>> items(Node list) {
    List<List<Inline>> items = new ArrayList<>();
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      Node content = ((ListItem) item).getFirstChild();
      if (content == null) {
        items.add(List.of());
      } else {
        assertThat(content).isInstanceOf(org.commonmark.node.Paragraph.class);
        assertThat(content.getNext()).isNull();
        items.add(inlines(content));
      }
    }
    return items;
  }

  private static List<Inline> inlines(Node parent) {
    List<Inline> out = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof org.commonmark.node.Text t) {
        out.add(new Text(t.getLiteral()));
      } else if (node instanceof org.commonmark.node.Emphasis) {
        out.add(new Emphasis(inlines(node)));
      } else if (node instanceof StrongEmphasis) {
        out.add(new Strong(inlines(node)));
      } else if (node instanceof org.commonmark.node.Link link) {
        out.add(new Link(URI.create(link.getDestination()), inlines(node)));
      } else {
        throw new AssertionError("Not an inline of rich text: " + node);
      }
    }
    return out;
  }

  /**
   * The normal form ({@link RichTextNormalForm}): what any Markdown reading gives back, and what
   * the page writer writes (adjacent texts joined, empty nodes dropped, emphasis in emphasis
   * flattened).
   */
  static RichText normalise(RichText text) {
    return RichTextNormalForm.of(text);
  }
}
