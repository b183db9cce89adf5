package org.evidencetoolkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.evidencetoolkit.model.text.RichText;
import org.junit.jupiter.api.Test;

/**
 * Laws of the Markdown mapping over rich text of every shape the model allows, normal or not:
 * Markdown reads back to the normal form, normalizing is idempotent, canonical Markdown is a fixed
 * point.
 */
class RichTextMarkdownPropertiesTest {
  @Test
  void markdownReadsBackToTheNormalForm() {
    qt().withExamples(10_000).withShrinkCycles(500).forAll(ModelGenerators::anyRichText)
        .checkAssert(x -> {
          String markdown = RichTextMarkdown.write(x);
          assertThat(RichTextMarkdown.parse(markdown)).as(markdown)
              .isEqualTo(RichTextMarkdown.normalize(x));
        });
  }

  @Test
  void normalizingIsIdempotentAndCanonicalMarkdownIsAFixedPoint() {
    qt().withExamples(10_000).forAll(ModelGenerators::anyRichText).checkAssert(x -> {
      RichText normal = RichTextMarkdown.normalize(x);
      assertThat(RichTextMarkdown.normalize(normal)).isEqualTo(normal);
      String markdown = RichTextMarkdown.write(x);
      assertThat(RichTextMarkdown.write(RichTextMarkdown.parse(markdown))).isEqualTo(markdown);
    });
  }
}
