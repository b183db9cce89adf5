package org.evidencetoolkit.model.rules;

import java.util.List;
import org.immutables.value.Value;

/** Every violation that validation found, in a deterministic order. */
@Value.Immutable
public interface ValidationReport {
  /** All violations: errors and warnings. */
  List<Violation> violations();

  /** Whether any violation is an error. */
  default boolean hasErrors() {
    return violations().stream().anyMatch(v -> v.severity() == Severity.ERROR);
  }

  /** Whether any violation is a warning. */
  default boolean hasWarnings() {
    return violations().stream().anyMatch(v -> v.severity() == Severity.WARNING);
  }

  /** Whether nothing was found. */
  default boolean isClean() {
    return violations().isEmpty();
  }

  /** The errors only. */
  default List<Violation> errors() {
    return violations().stream().filter(v -> v.severity() == Severity.ERROR).toList();
  }

  /** The warnings only. */
  default List<Violation> warnings() {
    return violations().stream().filter(v -> v.severity() == Severity.WARNING).toList();
  }

  /** The violations of one rule. */
  default List<Violation> of(String ruleId) {
    return violations().stream().filter(v -> v.ruleId().equals(ruleId)).toList();
  }

  /** A report of these violations. */
  static ValidationReport of(List<Violation> violations) {
    return ImmutableValidationReport.builder().violations(violations).build();
  }
}
