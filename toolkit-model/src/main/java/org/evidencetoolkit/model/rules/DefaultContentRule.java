package org.evidencetoolkit.model.rules;

import java.util.ArrayList;
import java.util.List;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Toolkit;

/**
 * Common ground of the default rules: a fixed id and severity, and violations collected into a list
 * in the order they are found, which is document order.
 */
abstract class DefaultContentRule implements ContentRule {
  private final String id;
  private final Severity severity;

  DefaultContentRule(String id, Severity severity) {
    this.id = id;
    this.severity = severity;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final Severity severity() {
    return severity;
  }

  @Override
  public final List<Violation> check(Intervention intervention, RuleContext context) {
    List<Violation> found = new ArrayList<>();
    find(intervention, context, found);
    return List.copyOf(found);
  }

  @Override
  public final List<Violation> checkToolkit(Toolkit toolkit, RuleContext context) {
    List<Violation> found = new ArrayList<>();
    findInToolkit(toolkit, context, found);
    return List.copyOf(found);
  }

  /** Adds what is wrong with one intervention; pointers relative to it. */
  void find(Intervention intervention, RuleContext context, List<Violation> found) {}

  /** Adds what is wrong across a toolkit; pointers relative to the toolkit document. */
  void findInToolkit(Toolkit toolkit, RuleContext context, List<Violation> found) {}

  /** A violation of this rule. */
  final Violation violation(String path, String message) {
    return Violation.of(this, path, message);
  }

  /** A violation of this rule inside a toolkit, naming the intervention concerned. */
  final Violation violation(String path, String interventionId, String message) {
    return Violation.builder()
        .from(violation(path, message))
        .interventionId(interventionId)
        .build();
  }

  @Override
  public String toString() {
    return id + " (" + severity + ")";
  }
}
