package org.evidencetoolkit.model.text;

import java.util.List;

/**
 * A bulleted list. Items hold inlines only: lists do not nest.
 *
 * @param items each item's content
 */
public record BulletList(List<List<Inline>> items) implements Block {
  /** Copies the lists; refuses nulls. */
  public BulletList {
    items = items.stream().<List<Inline>>map(List::copyOf).toList();
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visitBulletList(this);
  }
}
