package org.evidencetoolkit.model.rules;

import java.util.List;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Toolkit;

/**
 * One editorial check. A rule looks at one intervention, or at a whole toolkit for checks across
 * interventions, and returns <em>every</em> violation it finds; it never throws for content it can
 * construct.
 *
 * <p>A custom rule:
 *
 * <pre>{@code
 * ContentRule highImpactCites = new ContentRule() {
 *   public String id() { return "house.high-impact-cites-two"; }
 *   public Severity severity() { return Severity.WARNING; }
 *   public List<Violation> check(Intervention i, RuleContext context) {
 *     return i.impact().band() == ImpactBand.HIGH && i.resources().size() < 2
 *         ? List.of(Violation.of(this, "/resources", "Cite at least two sources for a high-impact approach."))
 *         : List.of();
 *   }
 * };
 * ContentRules rules = ContentRules.defaults().with(highImpactCites);
 * }</pre>
 */
public interface ContentRule {
  /** A stable id, dotted, e.g. {@code text.present}; used to replace or remove the rule. */
  String id();

  /** The severity of what it finds. */
  Severity severity();

  /** The violations in one intervention; pointers are relative to the intervention. */
  default List<Violation> check(Intervention intervention, RuleContext context) {
    return List.of();
  }

  /** The violations across a toolkit; pointers are relative to the toolkit document. */
  default List<Violation> checkToolkit(Toolkit toolkit, RuleContext context) {
    return List.of();
  }
}
