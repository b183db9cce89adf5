package org.evidencetoolkit.model.text;

import java.util.List;

/**
 * Emphasised text (usually italic).
 *
 * @param children what is emphasised
 */
public record Emphasis(List<Inline> children) implements Inline {
  /** Copies the list; refuses nulls. */
  public Emphasis {
    children = List.copyOf(children);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visitEmphasis(this);
  }
}
