package org.evidencetoolkit.model.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.evidencetoolkit.model.text.Block;
import org.evidencetoolkit.model.text.BulletList;
import org.evidencetoolkit.model.text.Emphasis;
import org.evidencetoolkit.model.text.Inline;
import org.evidencetoolkit.model.text.Link;
import org.evidencetoolkit.model.text.OrderedList;
import org.evidencetoolkit.model.text.Paragraph;
import org.evidencetoolkit.model.text.RichText;
import org.evidencetoolkit.model.text.Strong;
import org.evidencetoolkit.model.text.Text;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The allocation-free walks of the text rules agree with the plain, string-building definitions
 * they replace: {@link Inlines#hasVisible} with {@code Characters.hasVisible(plainText())}, the walk
 * order with {@link Inline#plainText}, and {@link Inlines.Parts} with the parts a reader counts.
 */
class RichTextWalkTest {
  /**
   * Code units that test visibility: letters, white space (no-break included), a control, a format
   * character (zero-width space), and both halves of an invisible astral format character (U+E0001
   * LANGUAGE TAG) and of a visible one (an emoji), so that pairs split across nodes are common.
   */
  private static final List<String> UNITS =
      List.of("a", " ", "\u00a0", "\t", "\u0000", "\u200b", "\udb40", "\udc01", "\ud83d", "\ude00");

  private static Gen<String> texts() {
    return lists()
        .of(Generate.pick(UNITS))
        .ofSizeBetween(0, 4)
        .map(units -> String.join("", units));
  }

  private static Gen<Inline> inlines(int depth) {
    Gen<Inline> text = texts().map(Text::new);
    if (depth == 0) {
      return text;
    }
    Gen<List<Inline>> children = lists().of(inlines(depth - 1)).ofSizeBetween(0, 3);
    return Generate.frequency(
        List.of(
            org.quicktheories.api.Pair.of(5, text),
            org.quicktheories.api.Pair.of(1, children.map(c -> new Emphasis(c))),
            org.quicktheories.api.Pair.of(1, children.map(c -> new Strong(c))),
            org.quicktheories.api.Pair.of(
                1, children.map(c -> new Link(URI.create("https://example.org"), c)))));
  }

  private static Gen<List<Inline>> contents() {
    return lists().of(inlines(3)).ofSizeBetween(0, 4);
  }

  private static Gen<RichText> richTexts() {
    Gen<List<List<Inline>>> items = lists().of(contents()).ofSizeBetween(0, 3);
    Gen<Block> block =
        Generate.frequency(
            List.of(
                org.quicktheories.api.Pair.of(3, contents().map(c -> new Paragraph(c))),
                org.quicktheories.api.Pair.of(1, items.map(i -> new BulletList(i))),
                org.quicktheories.api.Pair.of(1, items.map(i -> new OrderedList(i)))));
    return lists().of(block).ofSizeBetween(0, 3).map(RichText::new);
  }

  @Test
  void visibleCharacterCheckAgreesWithPlainTextOnInlines() {
    Inlines walk = new Inlines(); // reused on purpose: a walk must not leak into the next
    VisibleText visible = new VisibleText();
    qt().withExamples(3000)
        .forAll(contents())
        .checkAssert(
            inlines ->
                assertThat(walk.hasVisible(inlines, visible))
                    .as("%s", inlines)
                    .isEqualTo(Characters.hasVisible(Inline.plainText(inlines))));
  }

  @Test
  void visibleCharacterCheckAgreesWithPlainTextOnRichText() {
    Inlines walk = new Inlines();
    VisibleText visible = new VisibleText();
    qt().withExamples(3000)
        .forAll(richTexts())
        .checkAssert(
            text ->
                assertThat(walk.hasVisible(text, visible))
                    .as("%s", text)
                    .isEqualTo(Characters.hasVisible(text.plainText())));
  }

  @Test
  void joinsASurrogatePairSplitAcrossNodes() {
    VisibleText visible = new VisibleText();
    Inlines walk = new Inlines();
    // U+E0001 is a format character: invisible when whole, two broken (visible) halves apart.
    List<Inline> split = List.of(new Text("\udb40"), new Emphasis(List.of(new Text("\udc01"))));
    assertThat(walk.hasVisible(split, visible)).isFalse();
    assertThat(walk.hasVisible(List.of(new Text("\udb40")), visible)).isTrue();
    assertThat(walk.hasVisible(List.of(new Text("\udb40"), new Text(" ")), visible)).isTrue();
    assertThat(walk.hasVisible(List.of(new Text("\udc01")), visible)).isTrue();
  }

  @Test
  void walksInReadingOrderLikePlainText() {
    Inlines walk = new Inlines();
    qt().withExamples(1000)
        .forAll(contents())
        .checkAssert(
            inlines -> {
              StringBuilder words = new StringBuilder();
              List<Inline> seen = new ArrayList<>();
              walk.start(inlines);
              for (Inline inline = walk.next(); inline != null; inline = walk.next()) {
                seen.add(inline);
                if (inline instanceof Text t) {
                  words.append(t.text());
                }
              }
              assertThat(words.toString()).isEqualTo(Inline.plainText(inlines));
              assertThat(seen).hasSize(count(inlines));
              if (!inlines.isEmpty()) {
                assertThat(seen.get(0)).isSameAs(inlines.get(0)); // a container before its children
              }
            });
  }

  @Test
  void walksDeeplyNestedInlinesWithoutOverflowingTheStack() {
    Inline inline = new Text("\u200b");
    for (int i = 0; i < 100_000; i++) {
      inline = i % 2 == 0 ? new Emphasis(List.of(inline)) : new Strong(List.of(inline));
    }
    List<Inline> deep = List.of(inline);
    assertThat(new Inlines().hasVisible(deep, new VisibleText())).isFalse();
    assertThat(
            new Inlines()
                .hasVisible(List.of(inline, new Link(URI.create("x:y"), deep), new Text("!")),
                    new VisibleText()))
        .isTrue();
  }

  @Test
  void namesPartsAsAReaderCountsThem() {
    RichText text =
        RichText.of(
            Paragraph.of("one"),
            new BulletList(List.of(List.of(new Text("a")), List.of(new Text("b")))),
            new OrderedList(List.of()),
            Paragraph.of("two"),
            new OrderedList(List.of(List.of(new Text("c")))));
    List<String> places = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<Boolean> paragraphs = new ArrayList<>();
    Inlines.Parts parts = new Inlines.Parts(text);
    while (parts.next()) {
      places.add(parts.place() + (parts.emptyList() ? " (empty)" : ""));
      words.add(Inline.plainText(parts.inlines()));
      paragraphs.add(parts.isParagraph());
    }
    assertThat(places)
        .containsExactly(
            "paragraph 1",
            "item 1 of list 1",
            "item 2 of list 1",
            "list 2 (empty)",
            "paragraph 2",
            "item 1 of list 3");
    assertThat(words).containsExactly("one", "a", "b", "", "two", "c");
    assertThat(paragraphs).containsExactly(true, false, false, false, true, false);
    assertThat(new Inlines.Parts(RichText.empty()).next()).isFalse();
  }

  @Test
  void visitsEachPartOnceInOrder() {
    qt().withExamples(500)
        .forAll(richTexts())
        .checkAssert(
            text -> {
              List<String> lines = new ArrayList<>();
              Inlines.Parts parts = new Inlines.Parts(text);
              while (parts.next()) {
                lines.add(Inline.plainText(parts.inlines()));
              }
              List<String> expected = new ArrayList<>();
              for (Block block : text.blocks()) {
                if (block instanceof Paragraph p) {
                  expected.add(Inline.plainText(p.inlines()));
                } else if (Inlines.items(block).isEmpty()) {
                  expected.add("");
                } else {
                  Inlines.items(block).forEach(item -> expected.add(Inline.plainText(item)));
                }
              }
              assertThat(lines).isEqualTo(expected);
            });
  }

  @Test
  void tellsRepeatsInShortAndLongLists() {
    qt().withExamples(500)
        .forAll(lists().of(integers().between(0, 12).map(n -> Integer.toString(n))).ofSizeBetween(0, 20))
        .checkAssert(
            codes -> {
              Vocabulary.Repeats repeats = new Vocabulary.Repeats(codes.size());
              for (int n = 0; n < codes.size(); n++) {
                assertThat(repeats.isRepeat(codes.get(n)))
                    .as("%s at %d", codes, n)
                    .isEqualTo(codes.subList(0, n).contains(codes.get(n)));
              }
            });
  }

  @Test
  void namesFieldsByPointerAndName() {
    assertThat(Fields.Field.TITLE.pointer(3)).isEqualTo("/title");
    assertThat(Fields.Field.TITLE.name(3)).isEqualTo("The title");
    assertThat(Fields.Field.TIP_BODY.pointer(2)).isEqualTo("/implementation/2/body");
    assertThat(Fields.Field.TIP_TITLE.name(2)).isEqualTo("The title of tip 3");
    assertThat(Fields.Field.RESOURCE_DESCRIPTION.pointer(0)).isEqualTo("/resources/0/description");
    assertThat(Fields.Field.RESOURCE_TITLE.name(0)).isEqualTo("The title of resource 1");
    assertThat(Fields.Field.COST_DETAILS.name(0)).isEqualTo("\"How much does it cost?\"");
  }

  private static int count(List<Inline> inlines) {
    int n = 0;
    for (Inline inline : inlines) {
      n++;
      if (inline instanceof Emphasis e) {
        n += count(e.children());
      } else if (inline instanceof Strong s) {
        n += count(s.children());
      } else if (inline instanceof Link l) {
        n += count(l.children());
      }
    }
    return n;
  }
}
