package org.evidencetoolkit.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.net.URI;
import java.util.Optional;
import org.evidencetoolkit.model.ModelGen;
import org.junit.jupiter.api.Test;

/**
 * The writer as it is (one buffer, normal text not copied, plain runs appended whole) writes the
 * same bytes as the plain path it replaced ({@link ReferenceCommonMarkWriter}), in both modes and
 * through each of its methods, over rich text of every shape the model allows, normal or not.
 */
class CommonMarkWriterFastPathTest {
  /** Refuses some links, so that the page mode's unlinking is exercised too. */
  private static Optional<String> someRefused(URI uri) {
    return uri.toString().contains("a") ? Optional.empty() : Optional.of(uri.toString());
  }

  @Test
  void canonicalWritesWhatThePlainPathWrote() {
    CommonMarkWriter fast = CommonMarkWriter.canonical();
    ReferenceCommonMarkWriter plain = ReferenceCommonMarkWriter.canonical();
    qt().withExamples(20_000).forAll(ModelGen.richTexts()).checkAssert(x -> {
      String expected = plain.write(x);
      assertThat(fast.write(x)).isEqualTo(expected);
      assertThat(fast.write(RichTextNormalForm.of(x))).isEqualTo(expected);
      StringBuilder into = new StringBuilder("before:");
      fast.write(x, into);
      assertThat(into.toString()).isEqualTo("before:" + expected);
      assertThat(fast.blocks(x)).isEqualTo(plain.blocks(x));
    });
  }

  @Test
  void pageWritesWhatThePlainPathWrote() {
    CommonMarkWriter fast = CommonMarkWriter.page(CommonMarkWriterFastPathTest::someRefused);
    ReferenceCommonMarkWriter plain = ReferenceCommonMarkWriter.page(CommonMarkWriterFastPathTest::someRefused);
    qt().withExamples(20_000).forAll(ModelGen.richTexts()).checkAssert(x -> {
      assertThat(fast.write(x)).isEqualTo(plain.write(x));
      assertThat(fast.blocks(x)).isEqualTo(plain.blocks(x));
      for (Block block : x.blocks()) {
        if (block instanceof Paragraph p) {
          assertThat(fast.line(p.inlines())).isEqualTo(plain.line(p.inlines()));
        }
      }
    });
  }
}
