package org.evidencetoolkit.testing;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.assertj.core.api.AbstractAssert;
import org.evidencetoolkit.model.rules.ContentRules;
import org.evidencetoolkit.render.HtmlRenderer;
import org.evidencetoolkit.render.TextRenderer;
import org.evidencetoolkit.model.rules.ValidationReport;
import org.evidencetoolkit.model.rules.Violation;
import org.evidencetoolkit.testing.internal.ViolationText;

/**
 * Assertions on content that content rules validate: an intervention or a whole toolkit. Checks run
 * against {@link ContentRules#defaults()} unless {@link #usingRules(ContentRules)} names others.
 * Every failure message lists the violations found and prints the document as YAML.
 *
 * @param <SELF> the concrete assertion type
 * @param <ACTUAL> what is validated
 */
public abstract class AbstractContentAssert<SELF extends AbstractContentAssert<SELF, ACTUAL>, ACTUAL>
    extends AbstractAssert<SELF, ACTUAL> {
  private final BiFunction<ContentRules, ACTUAL, ValidationReport> validation;
  private final Function<ACTUAL, String> documentText;
  private ContentRules rules = ContentRules.defaults();

  /**
   * Starts assertions on {@code actual}, which {@code validation} validates under some rules and
   * {@code documentText} prints for failure messages (the two things every kind of content does
   * its own way; the rest is the same for all).
   */
  AbstractContentAssert(
      ACTUAL actual,
      Class<?> selfType,
      BiFunction<ContentRules, ACTUAL, ValidationReport> validation,
      Function<ACTUAL, String> documentText) {
    super(actual, selfType);
    this.validation = validation;
    this.documentText = documentText;
  }

  /**
   * Renders the actual value with the default renderers (HTML page and fragment, text, and for an
   * intervention Markdown) and asserts that none of them throws; then look at the output.
   */
  public RenderingAssert renders() {
    return renders(HtmlRenderer.defaults(), TextRenderer.defaults());
  }

  /** Like {@link #renders()} with these renderers, for example ones with custom part renderers. */
  public RenderingAssert renders(HtmlRenderer html, TextRenderer text) {
    isNotNull();
    try {
      return render(html, text);
    } catch (RuntimeException e) {
      throw failure(
          "%s",
          "Expected " + name() + " to render, but rendering threw " + e
              + "\nDocument:\n"
              + ViolationText.indent(document()));
    }
  }

  /** Renders with these renderers, letting any exception through. */
  abstract RenderingAssert render(HtmlRenderer html, TextRenderer text);

  /** The document as text, for subclasses building a {@link RenderingAssert}. */
  String documentText() {
    return document();
  }

  /** Validates the actual value under {@code rules}. */
  private ValidationReport validate(ContentRules rules) {
    return validation.apply(rules, actual);
  }

  /** The actual value as a document, for failure messages. */
  private String document() {
    return documentText.apply(actual);
  }

  /** What the actual value is called in failure messages, e.g. {@code intervention "mentoring"}. */
  protected abstract String name();

  /** Uses {@code rules} instead of the defaults for the checks that follow. */
  public SELF usingRules(ContentRules rules) {
    this.rules = rules;
    return myself;
  }

  /** The validation report under the rules in use. */
  public ValidationReport report() {
    isNotNull();
    return validate(rules);
  }

  /** Asserts that {@code rules} report no error (warnings are allowed). */
  public SELF satisfies(ContentRules rules) {
    isNotNull();
    ValidationReport report = validate(rules);
    if (report.hasErrors()) {
      fail("to have no errors under " + rules, report);
    }
    return myself;
  }

  /** Asserts that the rules in use report no error (warnings are allowed). */
  public SELF hasNoErrors() {
    return satisfies(rules);
  }

  /** Asserts that the rules in use report nothing at all: no error and no warning. */
  public SELF hasNoViolations() {
    ValidationReport report = report();
    if (!report.isClean()) {
      fail("to have no violations under " + rules, report);
    }
    return myself;
  }

  /** Asserts that the rules in use report at least one violation of {@code ruleId}. */
  public SELF violates(String ruleId) {
    ValidationReport report = report();
    requireKnown(ruleId, report);
    if (report.of(ruleId).isEmpty()) {
      fail("to violate " + ruleId, report);
    }
    return myself;
  }

  /**
   * Asserts that the rules in use report violations of {@code ruleId} and of no other rule; the way
   * to test that a rule fires alone on content made to break it.
   */
  public SELF violatesOnly(String ruleId) {
    ValidationReport report = report();
    requireKnown(ruleId, report);
    boolean others = report.violations().stream().anyMatch(v -> !v.ruleId().equals(ruleId));
    if (report.of(ruleId).isEmpty() || others) {
      fail("to violate " + ruleId + " and no other rule", report);
    }
    return myself;
  }

  /** Asserts that the rules in use report no violation of {@code ruleId}. */
  public SELF doesNotViolate(String ruleId) {
    ValidationReport report = report();
    requireKnown(ruleId, report);
    if (!report.of(ruleId).isEmpty()) {
      fail("not to violate " + ruleId, report);
    }
    return myself;
  }

  /** Asserts a violation of {@code ruleId} at the JSON Pointer {@code path}. */
  public SELF violatesAt(String ruleId, String path) {
    ValidationReport report = report();
    requireKnown(ruleId, report);
    if (report.of(ruleId).stream().noneMatch(v -> v.path().equals(path))) {
      fail("to violate " + ruleId + " at " + path, report);
    }
    return myself;
  }

  private void requireKnown(String ruleId, ValidationReport report) {
    if (rules.rule(ruleId).isEmpty()) {
      failWithMessage(
          "%s",
          "No rule \"" + ruleId + "\" in the rules in use " + ViolationText.ruleIds(rules)
              + "; add it with usingRules(ContentRules.defaults().with(rule))."
              + "\nViolations found:\n" + ViolationText.list(report.violations()));
    }
  }

  private void fail(String expectation, ValidationReport report) {
    List<Violation> found = report.violations();
    failWithMessage(
        "%s",
        "Expected "
            + name()
            + " "
            + expectation
            + ", but found "
            + (found.isEmpty() ? "no violations" : found.size() + " violation(s):\n" + ViolationText.list(found))
            + "\nDocument:\n"
            + ViolationText.indent(document()));
  }
}
