package org.evidencetoolkit.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evidencetoolkit.io.RichTextMarkdown;
import org.evidencetoolkit.model.ImplementationTip;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Section;
import org.evidencetoolkit.model.text.BulletList;
import org.evidencetoolkit.model.text.Emphasis;
import org.evidencetoolkit.model.text.Inline;
import org.evidencetoolkit.model.text.OrderedList;
import org.evidencetoolkit.model.text.Paragraph;
import org.evidencetoolkit.model.text.RichText;
import org.evidencetoolkit.model.text.Strong;
import org.evidencetoolkit.model.text.Text;
import org.evidencetoolkit.render.labels.Labels;
import org.junit.jupiter.api.Test;

/**
 * Each rich-text section of the Markdown a renderer writes, read by {@code toolkit-io}'s own
 * Markdown reader, gives back the same rich text (in the format's normal form).
 */
class MarkdownReadByToolkitIoTest {
  @Test
  void fullDocumentReadsBack() {
    assertReadsBack(Fixtures.full());
  }

  @Test
  void everyHostileStringReadsBackAsText() {
    int checked = 0;
    for (String hostile : HostileStrings.all()) {
      if (hostile.indexOf('\u0000') >= 0 || hostile.isBlank()) {
        continue; // CommonMark reads NUL as U+FFFD, and the format drops blank paragraphs
      }
      List<Inline> text = List.of(new Text(hostile));
      Intervention i =
          Intervention.builder()
              .from(Fixtures.minimal())
              .whatIsIt(RichText.of(new Paragraph(text), new BulletList(List.of(text)),
                  new OrderedList(List.of(List.of(new Text("x "), new Strong(List.of(new Text("y"))), new Text(" "), new Emphasis(List.of(new Text("z"))), new Text(hostile))))))
              .build();
      assertReadsBack(i);
      checked++;
    }
    assertThat(checked).isGreaterThan(600);
  }

  @Test
  void generatedDocumentsReadBack() {
    qt().withExamples(150).withShrinkCycles(20).forAll(Generators.cleanInterventions()).checkAssert(MarkdownReadByToolkitIoTest::assertReadsBack);
  }

  static void assertReadsBack(Intervention intervention) {
    String markdown = MarkdownRenderer.defaults().render(intervention);
    Map<String, String> sections = sections(markdown);
    Labels labels = Labels.defaults();
    Map<String, RichText> expected = new LinkedHashMap<>();
    expected.put(labels.section(Section.WHAT_IS_IT), intervention.whatIsIt());
    expected.put(labels.section(Section.EFFECTIVENESS), intervention.effectiveness());
    expected.put(labels.section(Section.EVIDENCE_SECURITY), intervention.evidenceSecurity());
    expected.put(labels.section(Section.COST), intervention.costDetails());
    expected.put(labels.section(Section.TOPIC_SUMMARY), intervention.topicSummary());
    int n = 0;
    for (ImplementationTip tip : intervention.implementation()) {
      expected.put("tip " + n++, tip.body());
    }
    expected.forEach(
        (heading, text) -> {
          RichText read = RichTextMarkdown.parse(sections.getOrDefault(heading, ""));
          assertThat(read).as("%s of%n%s", heading, markdown).isEqualTo(RichTextMarkdown.normalize(text));
        });
  }

  /**
   * The Markdown under each level-2 heading (by its label) and each level-3 heading ("tip n").
   * Splitting by lines is sound because content can never start a line with "#" or "***": both
   * are escaped.
   */
  static Map<String, String> sections(String markdown) {
    Map<String, String> sections = new LinkedHashMap<>();
    List<String> current = new ArrayList<>();
    String name = "";
    int tips = 0;
    for (String line : markdown.split("\n", -1)) {
      if (line.startsWith("## ") || line.startsWith("### ") || line.equals("***")) {
        sections.put(name, String.join("\n", current));
        current = new ArrayList<>();
        name = line.startsWith("### ") ? "tip " + tips++ : line.startsWith("## ") ? line.substring(3) : "";
      } else {
        current.add(line);
      }
    }
    sections.put(name, String.join("\n", current));
    return sections;
  }
}
