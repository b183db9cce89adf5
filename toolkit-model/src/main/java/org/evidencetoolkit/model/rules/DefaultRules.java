package org.evidencetoolkit.model.rules;

import java.util.List;

/** The default rules of the specification, in the order they run. */
final class DefaultRules {
  private DefaultRules() {}

  static List<ContentRule> all() {
    return List.of();
  }
}
