package org.evidencetoolkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The reader's unlocated fast path gives exactly what the located read gives: the same rich text
 * for text inside the subset, and the same issues on the same lines for text outside it.
 */
class MarkdownReaderTest {
  /** Pieces that start, end or break every Markdown construct, the subset's and the others'. */
  private static final String[] PIECES = {
    "word", " ", "  ", "    ", "\t", "\n", "\n\n", "\r\n", "- ", "* ", "+ ", "1. ", "2. ", "1) ",
    "*", "**", "_", "__", "[", "]", "(", ")", "](https://example.org)", "](<a b>)", "](x \"t\")",
    "# ", "## ", "> ", "```", "~~~", "<b>", "<div>", "<!-- c -->", "`", "![i](x)", "---", "***",
    "___", "===", "|", "| a | b |\n|---|---|", "\\", "&amp;", "&#10;", "[ref]: https://e.org",
    "[ref]", "<https://auto.link>", "café", "🙂", "](http://exa mple.org)", "-", "=",
  };

  private static Gen<String> markdown() {
    return lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 24)
        .map(MarkdownReaderTest::join);
  }

  private static String join(List<Integer> indexes) {
    StringBuilder out = new StringBuilder();
    indexes.forEach(i -> out.append(PIECES[i]));
    return out.toString();
  }

  @Test
  void theFastPathReadsEveryTextAsTheLocatedReadDoes() {
    qt().withExamples(20_000).withShrinkCycles(500).forAll(markdown()).checkAssert(text ->
        assertThat(MarkdownReader.read(text)).as(text).isEqualTo(MarkdownReader.readLocated(text)));
  }

  @Test
  void issuesFoundOnTheFastPathAreStillNamedAndLocated() {
    MarkdownReader.Result result = MarkdownReader.read("Fine *text*.\n\n# A heading\n\n> quoted");
    assertThat(result.text()).isNull();
    assertThat(result.issues()).containsExactly(
        new MarkdownReader.Issue("a heading (\"# A heading\")", 3),
        new MarkdownReader.Issue("a block quote (\"> quoted\")", 5));
  }

  @Test
  void aLinkThatIsNotAUrlIsLocatedOnItsLine() {
    MarkdownReader.Result result = MarkdownReader.read("one\ntwo [x](http://exa%zz)");
    assertThat(result.text()).isNull();
    assertThat(result.issues()).hasSize(1);
    assertThat(result.issues().get(0).line()).isEqualTo(2);
    assertThat(result.issues().get(0).message()).startsWith("a link to \"http://exa%zz\"");
  }

  @Test
  void textInsideTheSubsetReadsTheSameEitherWay() {
    String text = "A *b* **c** [d](https://example.org/?q=1&r=2).\n\n- one\n- two\n\n1. x\n2. y";
    MarkdownReader.Result result = MarkdownReader.read(text);
    assertThat(result.text()).isNotNull();
    assertThat(result).isEqualTo(MarkdownReader.readLocated(text));
  }
}
