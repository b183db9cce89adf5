package org.evidencetoolkit.model.text;

import java.util.List;

/**
 * A numbered list, numbered from 1. Items hold inlines only: lists do not nest.
 *
 * @param items each item's content
 */
public record OrderedList(List<List<Inline>> items) implements Block {
  /** Copies the lists; refuses nulls. */
  public OrderedList {
    items = items.stream().<List<Inline>>map(List::copyOf).toList();
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visitOrderedList(this);
  }
}
