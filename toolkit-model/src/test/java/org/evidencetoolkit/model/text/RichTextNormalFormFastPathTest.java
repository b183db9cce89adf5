package org.evidencetoolkit.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.evidencetoolkit.model.ModelGen;
import org.junit.jupiter.api.Test;

/**
 * The fast path of the normal form: {@link RichTextNormalForm#isNormal}, which lets reading,
 * writing and rendering skip the copy, says yes exactly when the plain path ({@code copy}) would
 * give back an equal text, and {@code of} always equals the plain path. Over rich text of every
 * shape the model allows, normal or not.
 */
class RichTextNormalFormFastPathTest {
  @Test
  void isNormalExactlyWhenThePlainPathChangesNothing() {
    qt().withExamples(20_000).forAll(ModelGen.richTexts()).checkAssert(x -> {
      RichText plain = RichTextNormalForm.copy(x);
      assertThat(RichTextNormalForm.isNormal(x)).as("%s", x).isEqualTo(plain.equals(x));
      assertThat(RichTextNormalForm.of(x)).isEqualTo(plain);
      assertThat(RichTextNormalForm.isNormal(plain)).as("%s", plain).isTrue();
      assertThat(RichTextNormalForm.of(plain)).isSameAs(plain);
    });
  }

  @Test
  void inlinesEqualThePlainPath() {
    qt().withExamples(20_000).forAll(ModelGen.richTexts()).checkAssert(x -> {
      for (Block block : x.blocks()) {
        if (block instanceof Paragraph p) {
          List<Inline> plain = RichTextNormalForm.copyInlines(p.inlines());
          assertThat(RichTextNormalForm.inlines(p.inlines())).isEqualTo(plain);
          assertThat(RichTextNormalForm.inlines(plain)).isSameAs(plain);
        }
      }
    });
  }

  @Test
  void eachShapeTheNormalFormChangesIsSeen() {
    Text a = new Text("a");
    Emphasis e = new Emphasis(List.of(a));
    Strong s = new Strong(List.of(a));
    java.net.URI uri = java.net.URI.create("https://example.org/");
    assertThat(normal(a, e, s, new Link(uri, List.of(e)), new Link(uri, List.of()))).isTrue();
    assertThat(normal(a, a)).isFalse();
    assertThat(normal(e, e)).isFalse();
    assertThat(normal(s, s)).isFalse();
    assertThat(normal()).isFalse();
    assertThat(normal(new Text(""))).isFalse();
    assertThat(normal(new Text("a\u0000"))).isFalse();
    assertThat(normal(new Text("a\ud800"))).isFalse();
    assertThat(normal(new Emphasis(List.of(e)))).isFalse();
    assertThat(normal(new Emphasis(List.of(new Link(uri, List.of(e)))))).isFalse();
    assertThat(normal(new Strong(List.of(s)))).isFalse();
    assertThat(normal(new Link(uri, List.of(new Link(uri, List.of(a)))))).isFalse();
    assertThat(normal(new Emphasis(List.of()))).isFalse();
    assertThat(RichTextNormalForm.isNormal(RichText.of(new BulletList(List.of())))).isFalse();
    assertThat(RichTextNormalForm.isNormal(RichText.of(new OrderedList(List.of(List.of()))))).isTrue();
  }

  private static boolean normal(Inline... inlines) {
    return RichTextNormalForm.isNormal(RichText.of(new Paragraph(List.of(inlines))));
  }
}
