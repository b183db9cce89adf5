package org.evidencetoolkit.model.text;

import java.util.List;

/**
 * Strongly emphasised text (usually bold).
 *
 * @param children what is emphasised
 */
public record Strong(List<Inline> children) implements Inline {
  /** Copies the list; refuses nulls. */
  public Strong {
    children = List.copyOf(children);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visitStrong(this);
  }
}
