package org.evidencetoolkit.model;

import org.evidencetoolkit.model.text.RichText;
import org.immutables.value.Value;

/** One piece of advice on implementing an approach well: a plain-text title and a body. */
@Value.Immutable
public interface ImplementationTip {
  /** The tip in one line, plain text. */
  @Value.Parameter
  String title();

  /** The advice. */
  @Value.Parameter
  RichText body();

  /** A tip with a title and body. */
  static ImplementationTip of(String title, RichText body) {
    return ImmutableImplementationTip.of(title, body);
  }
}
