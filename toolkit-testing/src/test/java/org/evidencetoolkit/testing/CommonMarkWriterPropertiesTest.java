package org.evidencetoolkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.evidencetoolkit.io.RichTextMarkdown;
import org.evidencetoolkit.model.text.Block;
import org.evidencetoolkit.model.text.BulletList;
import org.evidencetoolkit.model.text.CommonMarkWriter;
import org.evidencetoolkit.model.text.Emphasis;
import org.evidencetoolkit.model.text.Inline;
import org.evidencetoolkit.model.text.Link;
import org.evidencetoolkit.model.text.OrderedList;
import org.evidencetoolkit.model.text.Paragraph;
import org.evidencetoolkit.model.text.RichText;
import org.evidencetoolkit.model.text.RichTextNormalForm;
import org.evidencetoolkit.model.text.Strong;
import org.evidencetoolkit.model.text.Text;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Both modes of the model's {@link CommonMarkWriter}, read back by {@code toolkit-io}'s Markdown
 * reader, give the normal form of the text: the canonical mode for every text, the page mode once
 * the links its function refused have become their text. The texts are the public generators'
 * clean rich text, and hostile shapes built from their hostile strings (nested and adjacent
 * emphasis, links in links, empty nodes, refused addresses).
 */
class CommonMarkWriterPropertiesTest {
  /** A page's policy in small: https links are written, everything else loses its address. */
  private static final CommonMarkWriter PAGE =
      CommonMarkWriter.page(
          uri -> "https".equals(uri.getScheme()) ? Optional.of(uri.toString()) : Optional.empty());

  @Test
  void canonicalMarkdownReadsBackToTheNormalForm() {
    qt().withExamples(2_000).withShrinkCycles(200).forAll(texts()).checkAssert(text -> {
      String markdown = CommonMarkWriter.canonical().write(text);
      assertThat(RichTextMarkdown.parse(markdown)).as(markdown)
          .isEqualTo(RichTextNormalForm.of(text));
      assertThat(RichTextMarkdown.write(text)).isEqualTo(markdown);
    });
  }

  @Test
  void pageMarkdownReadsBackToTheNormalFormWithoutRefusedLinks() {
    qt().withExamples(2_000).withShrinkCycles(200).forAll(texts()).checkAssert(text -> {
      String markdown = PAGE.write(text);
      assertThat(RichTextMarkdown.parse(markdown)).as(markdown)
          .isEqualTo(RichTextNormalForm.of(withoutRefusedLinks(text)));
    });
  }

  @Test
  void aPageLineReadsBackAsOneParagraph() {
    qt().withExamples(1_000).forAll(Generators.hostileText()).checkAssert(s -> {
      String markdown = PAGE.plain(s);
      RichText expected = RichTextNormalForm.of(RichText.of(Paragraph.of(s)));
      assertThat(RichTextMarkdown.parse(markdown)).as(markdown).isEqualTo(expected);
    });
  }

  private static Gen<RichText> texts() {
    return Generators.richText().mix(hostileRichText());
  }

  /** Rich text of any shape the model allows, its words drawn from the hostile strings. */
  private static Gen<RichText> hostileRichText() {
    Gen<Inline> inline = inlines(3);
    Gen<Integer> count = Generate.range(0, 4);
    Gen<List<Inline>> run = in -> {
      List<Inline> out = new ArrayList<>();
      for (int i = count.generate(in); i > 0; i--) {
        out.add(inline.generate(in));
      }
      return out;
    };
    Gen<Integer> kind = Generate.range(0, 2);
    Gen<Block> block = in -> switch (kind.generate(in)) {
      case 0 -> new Paragraph(run.generate(in));
      case 1 -> new BulletList(List.of(run.generate(in), run.generate(in)));
      default -> new OrderedList(List.of(run.generate(in)));
    };
    Gen<Integer> blocks = Generate.range(0, 3);
    return in -> {
      List<Block> out = new ArrayList<>();
      for (int i = blocks.generate(in); i > 0; i--) {
        out.add(block.generate(in));
      }
      return new RichText(out);
    };
  }

  private static Gen<Inline> inlines(int depth) {
    Gen<String> words = Generators.hostileText().mix(Generate.pick(List.of("", " ", "a", "!", "*", "_")));
    Gen<URI> refused = Generate.pick(List.of(
        URI.create("javascript:alert(1)"), URI.create("http://example.org/a?b=1&c=2"),
        URI.create("mailto:team@example.org")));
    Gen<URI> urls = Generators.urls().mix(refused);
    Gen<Integer> kind = Generate.range(0, depth == 0 ? 0 : 5);
    return in -> {
      int k = kind.generate(in);
      if (k <= 1) {
        return new Text(words.generate(in));
      }
      Gen<Inline> child = inlines(depth - 1);
      List<Inline> children = new ArrayList<>();
      children.add(child.generate(in));
      if (k != 2) {
        children.add(child.generate(in));
      }
      return switch (k) {
        case 2, 3 -> new Emphasis(children);
        case 4 -> new Strong(children);
        default -> new Link(urls.generate(in), children);
      };
    };
  }

  /** The oracle for the page's refusals: each refused link replaced by its text. */
  private static RichText withoutRefusedLinks(RichText text) {
    List<Block> out = new ArrayList<>();
    for (Block block : text.blocks()) {
      if (block instanceof Paragraph p) {
        out.add(new Paragraph(withoutRefusedLinks(p.inlines())));
      } else if (block instanceof BulletList l) {
        out.add(new BulletList(l.items().stream().map(CommonMarkWriterPropertiesTest::withoutRefusedLinks).toList()));
      } else if (block instanceof OrderedList l) {
        out.add(new OrderedList(l.items().stream().map(CommonMarkWriterPropertiesTest::withoutRefusedLinks).toList()));
      }
    }
    return new RichText(out);
  }

  private static List<Inline> withoutRefusedLinks(List<Inline> inlines) {
    List<Inline> out = new ArrayList<>();
    for (Inline inline : inlines) {
      if (inline instanceof Link l) {
        if ("https".equals(l.url().getScheme())) {
          out.add(new Link(l.url(), withoutRefusedLinks(l.children())));
        } else {
          out.addAll(withoutRefusedLinks(l.children()));
        }
      } else if (inline instanceof Emphasis e) {
        out.add(new Emphasis(withoutRefusedLinks(e.children())));
      } else if (inline instanceof Strong s) {
        out.add(new Strong(withoutRefusedLinks(s.children())));
      } else {
        out.add(inline);
      }
    }
    return out;
  }
}
