package org.evidencetoolkit.model.text;

import java.util.List;

/** Flattens rich text to its words; see {@link RichText#plainText()}. */
final class PlainText {
  /** A block as its lines: one for a paragraph, one per list item. */
  static final Block.Visitor<List<String>> BLOCKS =
      new Block.Visitor<>() {
        @Override
        public List<String> visitParagraph(Paragraph paragraph) {
          return List.of(Inline.plainText(paragraph.inlines()));
        }

        @Override
        public List<String> visitBulletList(BulletList list) {
          return list.items().stream().map(Inline::plainText).toList();
        }

        @Override
        public List<String> visitOrderedList(OrderedList list) {
          return list.items().stream().map(Inline::plainText).toList();
        }
      };

  private PlainText() {}
}
