package org.evidencetoolkit.testing;

import org.assertj.core.api.AbstractAssert;
import org.evidencetoolkit.model.rules.Severity;
import org.evidencetoolkit.model.rules.ValidationReport;
import org.evidencetoolkit.testing.internal.ViolationText;

/**
 * Assertions on a {@link ValidationReport} someone already has; start with {@link
 * ToolkitAssertions#assertThat(ValidationReport)}. Failure messages list every violation.
 */
public final class ValidationReportAssert
    extends AbstractAssert<ValidationReportAssert, ValidationReport> {
  ValidationReportAssert(ValidationReport actual) {
    super(actual, ValidationReportAssert.class);
  }

  /** Asserts that the report holds no error (warnings are allowed). */
  public ValidationReportAssert hasNoErrors() {
    isNotNull();
    if (actual.hasErrors()) {
      fail("no errors");
    }
    return this;
  }

  /** Asserts that the report holds nothing at all. */
  public ValidationReportAssert hasNoViolations() {
    isNotNull();
    if (!actual.isClean()) {
      fail("no violations");
    }
    return this;
  }

  /** Asserts at least one violation of {@code ruleId}. */
  public ValidationReportAssert violates(String ruleId) {
    isNotNull();
    if (actual.of(ruleId).isEmpty()) {
      fail("a violation of " + ruleId);
    }
    return this;
  }

  /** Asserts violations of {@code ruleId} and of no other rule. */
  public ValidationReportAssert violatesOnly(String ruleId) {
    isNotNull();
    boolean others = actual.violations().stream().anyMatch(v -> !v.ruleId().equals(ruleId));
    if (actual.of(ruleId).isEmpty() || others) {
      fail("violations of " + ruleId + " and of no other rule");
    }
    return this;
  }

  /** Asserts no violation of {@code ruleId}. */
  public ValidationReportAssert doesNotViolate(String ruleId) {
    isNotNull();
    if (!actual.of(ruleId).isEmpty()) {
      fail("no violation of " + ruleId);
    }
    return this;
  }

  /** Asserts a violation of {@code ruleId} at the JSON Pointer {@code path}. */
  public ValidationReportAssert violatesAt(String ruleId, String path) {
    isNotNull();
    if (actual.of(ruleId).stream().noneMatch(v -> v.path().equals(path))) {
      fail("a violation of " + ruleId + " at " + path);
    }
    return this;
  }

  /** Asserts exactly {@code count} violations of {@code severity}. */
  public ValidationReportAssert hasCount(Severity severity, int count) {
    isNotNull();
    long found = actual.violations().stream().filter(v -> v.severity() == severity).count();
    if (found != count) {
      fail(count + " " + severity + " violation(s)");
    }
    return this;
  }

  private void fail(String expectation) {
    failWithMessage(
        "%s",
        "Expected "
            + expectation
            + ", but the report holds "
            + actual.violations().size()
            + " violation(s):\n"
            + ViolationText.list(actual.violations()));
  }
}
