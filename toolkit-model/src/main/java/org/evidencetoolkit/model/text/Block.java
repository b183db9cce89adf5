package org.evidencetoolkit.model.text;

/** A block of rich text: a paragraph or a flat list. */
public sealed interface Block permits Paragraph, BulletList, OrderedList {
  /** Calls the visitor method for this kind of block. */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per kind of block.
   *
   * @param <R> what a visit returns
   */
  interface Visitor<R> {
    /** Visits a paragraph. */
    R visitParagraph(Paragraph paragraph);

    /** Visits a bullet list. */
    R visitBulletList(BulletList list);

    /** Visits a numbered list. */
    R visitOrderedList(OrderedList list);
  }
}
