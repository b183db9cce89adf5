package org.evidencetoolkit.testing.internal;

import java.util.List;
import org.evidencetoolkit.model.rules.ContentRules;
import org.evidencetoolkit.model.rules.Violation;

/** Violations and documents as text for assertion failure messages. */
public final class ViolationText {
  private ViolationText() {}

  /** One violation per line: severity, rule, where, message. */
  public static String list(List<Violation> violations) {
    if (violations.isEmpty()) {
      return "  (none)";
    }
    StringBuilder out = new StringBuilder();
    for (Violation v : violations) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append("  ")
          .append(v.severity())
          .append(" [")
          .append(v.ruleId())
          .append("] ")
          .append(v.path().isEmpty() ? "(document)" : v.path());
      v.interventionId().ifPresent(id -> out.append(" in ").append(id));
      out.append(": ").append(v.message());
    }
    return out.toString();
  }

  /** The rule ids of a rule set, for "no such rule" messages. */
  public static String ruleIds(ContentRules rules) {
    return rules.rules().stream().map(r -> r.id()).toList().toString();
  }

  /** Indents every line of a document by two spaces. */
  public static String indent(String document) {
    return "  " + document.strip().replace("\n", "\n  ");
  }
}
