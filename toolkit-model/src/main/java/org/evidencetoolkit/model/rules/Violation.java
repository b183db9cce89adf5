package org.evidencetoolkit.model.rules;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One problem a content rule found: which rule, how serious, where (a JSON Pointer into the
 * document, e.g. {@code /implementation/2/title}) and a message written for a content editor.
 *
 * <p>When a whole toolkit is validated, pointers into an intervention are prefixed with {@code
 * /interventions/N} and {@link #interventionId()} names it, so a tool that keeps each intervention
 * in its own file can point into that file instead.
 */
@Value.Immutable
public interface Violation {
  /** The rule's id, e.g. {@code text.present}. */
  String ruleId();

  /** How serious it is. */
  Severity severity();

  /** A JSON Pointer to the offending value; {@code ""} means the whole document. */
  String path();

  /** What is wrong and what would be right, for a content editor. */
  String message();

  /** The intervention it concerns, when validating a whole toolkit. */
  Optional<String> interventionId();

  /** A violation of a rule at a place. */
  static Violation of(ContentRule rule, String path, String message) {
    return builder()
        .ruleId(rule.id())
        .severity(rule.severity())
        .path(path)
        .message(message)
        .build();
  }

  /** A builder, for rules that decide their severity case by case. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Violation}. */
  final class Builder extends ImmutableViolation.Builder {
    /** An empty builder, the same as {@link Violation#builder()}. */
    public Builder() {}
  }
}
