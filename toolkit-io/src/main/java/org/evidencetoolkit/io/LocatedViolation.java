package org.evidencetoolkit.io;

import org.evidencetoolkit.model.rules.Severity;
import org.evidencetoolkit.model.rules.Violation;

/**
 * A content-rule violation with the place in a file it is about, so that it can be shown like a
 * format {@link Problem}: {@code file:line:column}.
 *
 * @param violation the violation, its path as the rules gave it
 * @param location the file, line and column
 * @param pointer the JSON Pointer from the root of that file (in a toolkit folder, from the
 *     intervention's own file rather than from the toolkit)
 */
public record LocatedViolation(Violation violation, SourceLocation location, String pointer) {
  /** {@code source:line:column: severity: [rule-id] message (pointer)}. */
  @Override
  public String toString() {
    return location + ": " + (violation.severity() == Severity.ERROR ? "error" : "warning")
        + ": [" + violation.ruleId() + "] " + violation.message()
        + (pointer.isEmpty() ? "" : " (" + pointer + ")");
  }
}
