package org.evidencetoolkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.util.List;
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

/** The canonical Markdown of specific shapes, how Markdown reads, and the normal form's rules. */
class RichTextMarkdownTest {
  static RichText para(Inline... inlines) {
    return RichText.of(new Paragraph(List.of(inlines)));
  }

  static Text t(String s) {
    return new Text(s);
  }

  @Test
  void writesTheSubsetCanonically() {
    RichText text = RichText.of(
        new Paragraph(List.of(t("A "), new Emphasis(List.of(t("b"))), t(" "),
            new Strong(List.of(t("c"))), t(" "), new Link(URI.create("https://x.org/"), List.of(t("d"))))),
        new BulletList(List.of(List.of(t("one")), List.of(t("two")))),
        new BulletList(List.of(List.of(t("three")))),
        new OrderedList(List.of(List.of(t("first")), List.of())));
    assertThat(RichTextMarkdown.write(text)).isEqualTo(
        "A *b* **c** [d](https://x.org/)\n\n- one\n- two\n\n* three\n\n1. first\n2.");
    assertThat(RichTextMarkdown.parse(RichTextMarkdown.write(text))).isEqualTo(text);
  }

  @Test
  void escapesWhatWouldBeMarkupAndEncodesWhatWouldBeLost() {
    assertThat(RichTextMarkdown.write(para(t("*not em* <b> [x] & &amp; `c` \\")))).isEqualTo(
        "\\*not em\\* \\<b> \\[x\\] & \\&amp; \\`c\\` \\\\");
    assertThat(RichTextMarkdown.write(para(t("# not a heading")))).isEqualTo("\\# not a heading");
    assertThat(RichTextMarkdown.write(para(t("1. not a list")))).isEqualTo("1\\. not a list");
    assertThat(RichTextMarkdown.write(para(t("  two spaces\nand a line  ")))).isEqualTo(
        "&#32; two spaces&#10;and a line &#32;");
    assertThat(RichTextMarkdown.write(para(t("!"), new Link(URI.create("a"), List.of(t("x"))))))
        .isEqualTo("&#33;[x](a)");
  }

  @Test
  void nestedAndAdjacentEmphasisUseDelimitersThatCannotMerge() {
    RichText strongEm = para(new Strong(List.of(new Emphasis(List.of(t("x"))))));
    assertThat(RichTextMarkdown.write(strongEm)).isEqualTo("**_x_**");
    RichText emThenStrong = para(new Emphasis(List.of(t("a"))), new Strong(List.of(t("b"))));
    assertThat(RichTextMarkdown.write(emThenStrong)).isEqualTo("*a*__b__");
    RichText spaced = para(t("x"), new Emphasis(List.of(t(" y "))), t("z"));
    // inside, white space becomes a reference (punctuation); then the letters outside must too
    assertThat(RichTextMarkdown.write(spaced)).isEqualTo("&#120;*&#32;y&#32;*&#122;");
    for (RichText r : List.of(strongEm, emThenStrong, spaced)) {
      assertThat(RichTextMarkdown.parse(RichTextMarkdown.write(r))).isEqualTo(r);
    }
  }

  @Test
  void readsSoftBreaksAsSpacesAndHardBreaksAsNewlines() {
    assertThat(RichTextMarkdown.parse("one\ntwo")).isEqualTo(para(t("one two")));
    assertThat(RichTextMarkdown.parse("one  \ntwo")).isEqualTo(para(t("one\ntwo")));
    assertThat(RichTextMarkdown.parse("+ a\n+ b")).isEqualTo(
        RichText.of(new BulletList(List.of(List.of(t("a")), List.of(t("b"))))));
    assertThat(RichTextMarkdown.parse("[x][r]\n\n[r]: https://x.org/")).isEqualTo(
        para(new Link(URI.create("https://x.org/"), List.of(t("x")))));
  }

  @Test
  void normalizesShapesMarkdownCannotExpress() {
    RichText odd = RichText.of(
        new Paragraph(List.of()),
        new Paragraph(List.of(t("a"), t(""), t("b\u0000"),
            new Emphasis(List.of()),
            new Emphasis(List.of(new Emphasis(List.of(t("c"))))),
            new Emphasis(List.of(t("d"))),
            new Link(URI.create("u"), List.of(new Link(URI.create("v"), List.of(t("e"))))))),
        new BulletList(List.of()));
    assertThat(RichTextMarkdown.normalize(odd)).isEqualTo(para(t("ab\uFFFD"),
        new Emphasis(List.of(t("cd"))), new Link(URI.create("u"), List.of(t("e")))));
    assertThat(RichTextMarkdown.parse(RichTextMarkdown.write(odd)))
        .isEqualTo(RichTextMarkdown.normalize(odd));
  }

  @Test
  void parseProblemsAreTyped() {
    ToolkitFormatException e = catchThrowableOfType(ToolkitFormatException.class,
        () -> RichTextMarkdown.parse("ok\n\n## heading\n\n<div>x</div>"));
    assertThat(e.problems()).extracting(Problem::kind).containsOnly(Problem.Kind.BAD_MARKDOWN);
    assertThat(e.problems()).extracting(Problem::line).containsExactly(3, 5);
  }

  @Test
  void deeplyNestedMarkdownIsRefusedWithoutOverflowingTheStack() {
    StringBuilder deep = new StringBuilder();
    int levels = 5_000;
    for (int i = 0; i < levels; i++) {
      deep.append(i % 2 == 0 ? "*a " : "_a ");
    }
    deep.append('x');
    for (int i = levels - 1; i >= 0; i--) {
      deep.append(i % 2 == 0 ? " a*" : " a_");
    }
    ToolkitFormatException e = catchThrowableOfType(ToolkitFormatException.class,
        () -> RichTextMarkdown.parse(deep.toString()));
    assertThat(e.getMessage()).contains("nested more than 32 deep");
  }

  @Test
  void fileNamesNameTheirFormat() {
    assertThat(DocumentFormat.forFileName("a.JSON")).contains(DocumentFormat.JSON);
    assertThat(DocumentFormat.forFileName("a.yml")).contains(DocumentFormat.YAML);
    assertThat(DocumentFormat.forFileName("a.yaml")).contains(DocumentFormat.YAML);
    assertThat(DocumentFormat.forFileName("a.txt")).isEmpty();
  }
}
