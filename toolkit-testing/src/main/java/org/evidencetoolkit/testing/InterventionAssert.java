package org.evidencetoolkit.testing;

import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.rules.ContentRules;
import org.evidencetoolkit.model.rules.ValidationReport;
import org.evidencetoolkit.testing.internal.DocumentText;

/**
 * Assertions on one {@link Intervention}; start with {@link
 * ToolkitAssertions#assertThat(Intervention)}.
 *
 * <pre>{@code
 * assertThat(intervention).hasNoErrors();
 * assertThat(draft).usingRules(house).violatesOnly("house.high-impact-cites-two");
 * }</pre>
 */
public final class InterventionAssert extends AbstractContentAssert<InterventionAssert, Intervention> {
  InterventionAssert(Intervention actual) {
    super(actual, InterventionAssert.class);
  }

  @Override
  protected ValidationReport validate(ContentRules rules) {
    return rules.validate(actual);
  }

  @Override
  protected String document() {
    return DocumentText.of(actual);
  }

  @Override
  protected String name() {
    return "intervention \"" + actual.id() + "\"";
  }
}
