package org.evidencetoolkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.model.text.RichText;
import org.evidencetoolkit.render.HtmlRenderer;
import org.evidencetoolkit.render.Stylesheet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * {@code HtmlRenderer}'s UTF-8 methods write exactly the bytes of the {@code String} methods'
 * {@code getBytes(UTF_8)}, for every view, on generated, hostile and naughty content, with
 * supplementary characters and lone surrogates (which the writer replaces in content, and the JDK
 * writes as {@code ?} in an application's inline CSS; the byte path must do both the same).
 */
class HtmlUtf8Test {
  private static final HtmlRenderer DEFAULT = HtmlRenderer.defaults();

  static byte[] utf8(Consumer<ByteArrayOutputStream> write) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write.accept(out);
    return out.toByteArray();
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Every intervention view of {@code renderer} as bytes, against its string. */
  static void assertSameBytes(HtmlRenderer renderer, Intervention i) {
    assertThat(utf8(out -> renderer.renderPageUtf8(i, out)))
        .as("page of %s", i.id())
        .isEqualTo(bytes(renderer.renderPage(i)));
    assertThat(utf8(out -> renderer.renderUtf8(i, out)))
        .as("fragment of %s", i.id())
        .isEqualTo(bytes(renderer.render(i)));
  }

  /** Every toolkit view of {@code renderer} as bytes, against its string. */
  static void assertSameBytes(HtmlRenderer renderer, Toolkit t) {
    assertThat(utf8(out -> renderer.renderIndexPageUtf8(t, out))).isEqualTo(bytes(renderer.renderIndexPage(t)));
    assertThat(utf8(out -> renderer.renderIndexUtf8(t, out))).isEqualTo(bytes(renderer.renderIndex(t)));
    List<Intervention> all = t.interventions();
    assertThat(utf8(out -> renderer.renderComparisonUtf8(all, out))).isEqualTo(bytes(renderer.renderComparison(all)));
    assertThat(utf8(out -> renderer.renderComparisonPageUtf8(all, t.title(), out)))
        .isEqualTo(bytes(renderer.renderComparisonPage(all, t.title())));
  }

  /** Text with lone surrogates of both halves and supplementary characters among plain words. */
  static Gen<String> surrogateText() {
    Gen<String> piece =
        Generate.pick(List.of("word ", "<b>", "&", "\uD83D\uDE00", "\uD835\uDC9C", "\uDBFF\uDFFD", "\uD83F\uDFFE"))
            .mix(integers().between(0xD800, 0xDFFF).map(c -> String.valueOf((char) c.intValue())), 40)
            .mix(integers().between(0x10000, 0x10FFFF).map(cp -> new String(Character.toChars(cp))), 20);
    return lists().of(piece).ofSizeBetween(1, 40).map(parts -> String.join("", parts));
  }

  static Intervention withText(Intervention i, String s) {
    return Intervention.builder().from(i).title(s).summary(s).whatIsIt(RichText.paragraph(s)).build();
  }

  @Test
  void generatedInterventionsAndToolkitsGiveTheStringsBytes() {
    qt().withExamples(200).forAll(Generators.interventions()).checkAssert(i -> assertSameBytes(DEFAULT, i));
    qt().withExamples(100)
        .forAll(Generators.toolkits())
        .checkAssert(
            t -> {
              assertSameBytes(DEFAULT, t);
              HtmlRenderer ofToolkit = HtmlRenderer.builder().toolkit(t).build();
              t.interventions().forEach(i -> assertSameBytes(ofToolkit, i));
            });
  }

  @Test
  void hostileInterventionsGiveTheStringsBytes() {
    qt().withExamples(300).forAll(Generators.hostileInterventions()).checkAssert(i -> assertSameBytes(DEFAULT, i));
  }

  @Test
  void everyNaughtyStringGivesTheStringsBytes() {
    Intervention base = ToolkitAssertionsTest.MENTORING;
    List<String> naughty = Generators.naughtyStrings();
    for (String s : naughty) {
      Intervention i = withText(base, s);
      assertSameBytes(DEFAULT, i);
      assertSameBytes(DEFAULT, Toolkit.builder().title(s).addInterventions(i).build());
    }
    assertThat(naughty).hasSizeGreaterThan(500);
  }

  @Test
  void loneSurrogatesAndSupplementaryCharactersGiveTheStringsBytes() {
    qt().withExamples(300)
        .forAll(Generators.interventions(), surrogateText())
        .checkAssert(
            (i, s) -> {
              Intervention hostile = withText(i, s);
              assertSameBytes(DEFAULT, hostile);
              // Inline CSS is written as it is, so a lone surrogate reaches the encoder itself.
              HtmlRenderer css = HtmlRenderer.builder().stylesheet(Stylesheet.inline("p{content:'" + s + "'}")).build();
              assertSameBytes(css, hostile);
            });
  }
}
