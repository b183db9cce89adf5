package org.evidencetoolkit.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Examples of each mode of {@link CommonMarkWriter}; the round trip through a parser for generated
 * text is {@code CommonMarkWriterPropertiesTest} in toolkit-testing, which has the reader.
 */
class CommonMarkWriterTest {
  private static final CommonMarkWriter CANONICAL = CommonMarkWriter.canonical();
  /** Refuses every address that is not https, as a renderer's policy might. */
  private static final CommonMarkWriter PAGE =
      CommonMarkWriter.page(
          uri -> "https".equals(uri.getScheme()) ? Optional.of(uri.toString()) : Optional.empty());

  private static Link link(String url, String text) {
    return new Link(URI.create(url), List.of(new Text(text)));
  }

  @Test
  void canonicalLinksUseParenthesesAndEscapeOnlyWhatWouldBreak() {
    RichText text = RichText.of(new Paragraph(List.of(link("https://x.org/a?b=1&c=(2)", "see"))));
    assertThat(CANONICAL.write(text)).isEqualTo("[see](https://x.org/a?b=1&c=\\(2\\))");
  }

  @Test
  void pageLinksUseAngleBracketsAndEscapeEveryAmpersand() {
    RichText text = RichText.of(new Paragraph(List.of(link("https://x.org/a?b=1&c=(2)", "see"))));
    assertThat(PAGE.write(text)).isEqualTo("[see](<https://x.org/a?b=1\\&c=(2)>)");
  }

  @Test
  void pageWritesARefusedLinkAsItsTextAndJoinsWhatItSeparated() {
    RichText text =
        RichText.of(
            new Paragraph(
                List.of(
                    new Emphasis(List.of(new Text("a"))),
                    new Link(URI.create("javascript:x"), List.of(new Emphasis(List.of(new Text("b"))))),
                    new Text(" c"))));
    assertThat(PAGE.write(text)).isEqualTo("*ab* c");
    assertThat(CANONICAL.write(text)).isEqualTo("*a*[*b*](javascript:x) c");
  }

  @Test
  void pageEscapesHashAndGreaterThanEverywhereAndAPipeAtTheStart() {
    assertThat(PAGE.plain("| An older review <2019> #3")).isEqualTo("\\| An older review \\<2019\\> \\#3");
    assertThat(CANONICAL.plain("| An older review <2019> #3")).isEqualTo("| An older review \\<2019> #3");
    assertThat(CANONICAL.plain("# not a heading")).isEqualTo("\\# not a heading");
  }

  @Test
  void aLineKeepsItsEdgeWhiteSpaceAndCannotStartABlock() {
    assertThat(PAGE.plain(" 12. x ")).isEqualTo("&#32;12. x&#32;");
    assertThat(PAGE.plain("12. x")).isEqualTo("12\\. x");
    assertThat(PAGE.plain("- x")).isEqualTo("\\- x");
    assertThat(CANONICAL.plain("line\nbreak")).isEqualTo("line&#10;break");
  }

  @Test
  void writesTheNormalForm() {
    RichText text =
        RichText.of(
            new Paragraph(
                List.of(
                    new Emphasis(List.of(new Text("a "), new Emphasis(List.of(new Text("b"))))),
                    new Strong(List.of()),
                    new Text(""))),
            new Paragraph(List.of()),
            new BulletList(List.of(List.of(new Text("x")))),
            new BulletList(List.of(List.of(new Text("y")))));
    assertThat(CANONICAL.blocks(text)).containsExactly("*a b*", "- x", "* y");
    assertThat(PAGE.write(text)).isEqualTo("*a b*\n\n- x\n\n* y");
  }

  @Test
  void choosesDelimitersThatCommonMarkOpensAndCloses() {
    RichText text =
        RichText.of(
            new Paragraph(
                List.of(
                    new Text("a"),
                    new Emphasis(List.of(new Text("\"b\""), new Strong(List.of(new Text("c"))))),
                    new Text("d"))));
    // "a*" before a quote cannot open, nor "_*d" close, so "a" and "d" become references (which
    // count as punctuation); the strong emphasis inside uses "__".
    assertThat(CANONICAL.write(text)).isEqualTo("&#97;*\"b\"__c__*&#100;");
  }

  @Test
  void writingToAnAppendableWrapsItsIOException() {
    Writer failing =
        new Writer() {
          @Override
          public void write(char[] buffer, int offset, int length) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    assertThatThrownBy(() -> CANONICAL.write(RichText.of(Paragraph.of("x")), failing))
        .isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("disk full");
    StringBuilder out = new StringBuilder();
    PAGE.write(RichText.of(Paragraph.of("x")), out);
    assertThat(out).hasToString("x");
  }
}
