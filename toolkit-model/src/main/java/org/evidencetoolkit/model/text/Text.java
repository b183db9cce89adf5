package org.evidencetoolkit.model.text;

import java.util.Objects;

/**
 * Plain text, exactly as written; renderers escape it.
 *
 * @param text the characters
 */
public record Text(String text) implements Inline {
  /** Refuses null. */
  public Text {
    Objects.requireNonNull(text, "text");
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visitText(this);
  }
}
