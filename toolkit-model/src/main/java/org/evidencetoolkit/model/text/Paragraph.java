package org.evidencetoolkit.model.text;

import java.util.List;

/**
 * A paragraph.
 *
 * @param inlines its content
 */
public record Paragraph(List<Inline> inlines) implements Block {
  /** Copies the list; refuses nulls. */
  public Paragraph {
    inlines = List.copyOf(inlines);
  }

  /** A paragraph of plain text. */
  public static Paragraph of(String text) {
    return new Paragraph(List.of(new Text(text)));
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visitParagraph(this);
  }
}
