package org.evidencetoolkit.model.rules;

/** How much a violation matters. */
public enum Severity {
  /** The content is wrong and must be fixed before publishing. */
  ERROR,
  /** The content is probably not what the editor meant; publishing is still possible. */
  WARNING
}
