package org.evidencetoolkit.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link RichText#links()}: every link, in reading order, however deeply it is nested. */
class RichTextLinksTest {
  private static Link link(String address, Inline... children) {
    return new Link(URI.create(address), List.of(children));
  }

  @Test
  void everyLinkInReadingOrderAcrossParagraphsListsAndNesting() {
    Link inner = link("https://example.org/inner", new Text("inner"));
    Link outer = link("https://example.org/outer", new Text("outer "), inner);
    Link first = link("https://example.org/1", new Text("one"));
    Link emphasised = link("mailto:a@example.org", new Text("mail"));
    Link bulleted = link("https://example.org/b", new Text("b"));
    Link numbered = link("https://example.org/n", new Text("n"));
    RichText text = RichText.of(
        new Paragraph(List.of(new Text("See "), first, new Emphasis(List.of(
            new Strong(List.of(emphasised)))), new Text(" and "), outer)),
        new BulletList(List.of(List.of(new Text("no link")), List.of(bulleted))),
        new OrderedList(List.of(List.of(new Strong(List.of(numbered))))));
    assertThat(text.links()).containsExactly(first, emphasised, outer, inner, bulleted, numbered);
  }

  @Test
  void textWithoutLinksHasNone() {
    assertThat(RichText.empty().links()).isEmpty();
    assertThat(RichText.paragraph("plain words").links()).isEmpty();
  }

  @Test
  void nestingDeeperThanAnyStackIsWalkedWithoutOverflow() {
    Link deepest = link("https://example.org/deep", new Text("deep"));
    Inline inline = deepest;
    for (int i = 0; i < 200_000; i++) {
      inline = i % 2 == 0 ? new Emphasis(List.of(inline)) : new Strong(List.of(inline));
    }
    assertThat(RichText.of(new Paragraph(List.of(inline))).links()).containsExactly(deepest);
  }
}
