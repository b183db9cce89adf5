package org.evidencetoolkit.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextTest {
  @Test
  void joinsBlocksWithABlankLineAndItemsWithALineBreak() {
    RichText text =
        RichText.of(
            new Paragraph(
                List.of(
                    new Text("Trauma is "),
                    new Emphasis(List.of(new Text("lasting"))),
                    new Text(" harm; see "),
                    new Link(URI.create("https://example.org"), List.of(new Strong(List.of(new Text("this"))))))),
            new BulletList(List.of(List.of(new Text("realise")), List.of(new Text("recognise")))),
            new OrderedList(List.of(List.of(new Text("one")))));
    assertThat(text.plainText())
        .isEqualTo("Trauma is lasting harm; see this\n\nrealise\nrecognise\n\none");
  }

  @Test
  void flattensDeeplyNestedInlinesWithoutOverflowingTheStack() {
    Inline inline = new Text("deep");
    for (int i = 0; i < 100_000; i++) {
      inline = i % 2 == 0 ? new Emphasis(List.of(inline)) : new Strong(List.of(inline, new Text("!")));
    }
    String plain = Inline.plainText(List.of(inline));
    assertThat(plain).startsWith("deep!").hasSize(4 + 50_000);
  }

  @Test
  void isEmptyForNoBlocks() {
    assertThat(RichText.empty().plainText()).isEmpty();
    assertThat(RichText.empty().isEmpty()).isTrue();
  }
}
