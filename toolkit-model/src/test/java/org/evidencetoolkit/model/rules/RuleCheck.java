package org.evidencetoolkit.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Toolkit;

/** Runs the default rules and picks out one rule's violations, for the per-rule tests. */
final class RuleCheck {
  private RuleCheck() {}

  /** The violations of {@code ruleId} when {@code intervention} is validated on its own. */
  static List<Violation> violations(Intervention intervention, String ruleId) {
    return ContentRules.defaults().validate(intervention).of(ruleId);
  }

  /** The violations of {@code ruleId} when {@code toolkit} is validated. */
  static List<Violation> violations(Toolkit toolkit, String ruleId) {
    return ContentRules.defaults().validate(toolkit).of(ruleId);
  }

  /** The one violation of {@code ruleId}, asserting its severity, path and a readable message. */
  static Violation single(
      Intervention intervention, String ruleId, Severity severity, String path) {
    return checked(violations(intervention, ruleId), ruleId, severity, path);
  }

  /** As {@link #single(Intervention, String, Severity, String)}, validating a toolkit. */
  static Violation single(Toolkit toolkit, String ruleId, Severity severity, String path) {
    return checked(violations(toolkit, ruleId), ruleId, severity, path);
  }

  private static Violation checked(
      List<Violation> found, String ruleId, Severity severity, String path) {
    assertThat(found).as("violations of %s", ruleId).hasSize(1);
    Violation v = found.get(0);
    assertThat(v.ruleId()).isEqualTo(ruleId);
    assertThat(v.severity()).isEqualTo(severity);
    assertThat(v.path()).isEqualTo(path);
    assertThat(v.message()).isNotBlank();
    return v;
  }
}
