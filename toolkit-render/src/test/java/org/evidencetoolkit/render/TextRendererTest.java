package org.evidencetoolkit.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.util.List;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.text.Link;
import org.evidencetoolkit.model.text.Paragraph;
import org.evidencetoolkit.model.text.RichText;
import org.evidencetoolkit.model.text.Text;
import org.junit.jupiter.api.Test;

/** Options and details of the plain-text layout. */
class TextRendererTest {
  @Test
  void widthHasAMinimumAndADefault() {
    assertThat(TextRenderer.defaults().width()).isEqualTo(80);
    assertThatThrownBy(() -> TextRenderer.builder().width(19)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("20");
    assertThat(TextRenderer.builder().width(20).build().render(Fixtures.full())).isNotEmpty();
  }

  @Test
  void ratingsAreGaugesAndWords() {
    String text = TextRenderer.defaults().render(Fixtures.full());
    assertThat(text).contains("●●●○○ 3/5 Moderate").contains("●●○○○ 2/5 Low").contains("●●○ Moderate impact (21% less violence)");
    assertThat(TextRenderer.defaults().render(Fixtures.minimal())).contains("Cost              ? Not rated");
    assertThat(TextRenderer.builder().glyphs(Glyphs.ASCII).build().render(Fixtures.full())).contains("###-- 3/5 Moderate");
  }

  @Test
  void asciiGlyphsKeepAsciiContentAscii() {
    String text = TextRenderer.builder().glyphs(Glyphs.ASCII).build().render(Fixtures.minimal());
    assertThat(text.chars().allMatch(c -> c < 128)).as(text).isTrue();
  }

  @Test
  void linksBecomeNumberedReferencesOncePerAddress() {
    URI same = URI.create("https://example.org/same");
    Intervention i =
        Intervention.builder()
            .from(Fixtures.minimal())
            .whatIsIt(RichText.of(new Paragraph(List.of(
                new Link(same, List.of(new Text("one"))), new Text(" and "),
                new Link(same, List.of(new Text("again"))), new Text(" but "),
                new Link(URI.create("javascript:alert(1)"), List.of(new Text("never")))))))
            .build();
    String text = TextRenderer.defaults().render(i);
    assertThat(text).contains("one [1] and again [1] but never\n").contains("[1] https://example.org/same\n").doesNotContain("[2]").doesNotContain("javascript");
  }

  @Test
  void controlCharactersCannotDriveTheTerminal() {
    Intervention i = Intervention.builder().from(Fixtures.minimal()).title("red \u001B[31mALERT\u001B[0m \u202Egnp.exe").build();
    String text = TextRenderer.defaults().render(i);
    assertThat(text).doesNotContain("\u001B").doesNotContain("\u202E").contains("\uFFFD[31mALERT");
  }

  @Test
  void writesToAnyAppendableAndReportsItsFailures() {
    StringBuilder out = new StringBuilder();
    TextRenderer.defaults().render(Fixtures.minimal(), out);
    assertThat(out.toString()).isEqualTo(TextRenderer.defaults().render(Fixtures.minimal()));
    Writer broken =
        new Writer() {
          @Override
          public void write(char[] buffer, int off, int len) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    assertThatThrownBy(() -> TextRenderer.defaults().render(Fixtures.minimal(), broken))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining("disk full");
    assertThatThrownBy(() -> HtmlRenderer.defaults().renderPage(Fixtures.minimal(), broken))
        .isInstanceOf(UncheckedIOException.class);
    assertThatThrownBy(() -> MarkdownRenderer.defaults().render(Fixtures.minimal(), broken))
        .isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void wideCharactersCountTwoColumns() {
    Intervention i = Intervention.builder().from(Fixtures.minimal()).summary("日本語 ".repeat(30)).build();
    String text = TextRenderer.builder().width(20).build().render(i);
    for (String line : text.split("\n", -1)) {
      assertThat(org.evidencetoolkit.render.internal.Columns.of(line)).as(line).isLessThanOrEqualTo(20);
    }
    assertThat(text).contains("日本語 日本語 日本語\n");
  }
}
