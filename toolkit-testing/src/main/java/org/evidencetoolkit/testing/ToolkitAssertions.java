package org.evidencetoolkit.testing;

import org.assertj.core.api.Assertions;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.model.rules.ValidationReport;

/**
 * The AssertJ entry point for toolkit content. It extends {@link Assertions}, so one static import
 * serves both AssertJ's assertions and these.
 *
 * <pre>{@code
 * import static org.evidencetoolkit.testing.ToolkitAssertions.assertThat;
 *
 * assertThat(intervention).hasNoErrors();
 * assertThat(intervention).usingRules(house).violatesOnly("house.high-impact-cites-two");
 * assertThat(toolkit).satisfies(ContentRules.defaults());
 * assertThat(ContentRules.defaults().validate(intervention)).violates("text.clean");
 * }</pre>
 */
public class ToolkitAssertions extends Assertions {
  /** For projects that extend this entry point with assertions of their own. */
  protected ToolkitAssertions() {}

  /** Assertions on one intervention. */
  public static InterventionAssert assertThat(Intervention actual) {
    return new InterventionAssert(actual);
  }

  /** Assertions on a whole toolkit. */
  public static ToolkitAssert assertThat(Toolkit actual) {
    return new ToolkitAssert(actual);
  }

  /** Assertions on a validation report. */
  public static ValidationReportAssert assertThat(ValidationReport actual) {
    return new ValidationReportAssert(actual);
  }
}
