package org.evidencetoolkit.model;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * How a {@link Profile} changes the default content rules: rule ids it turns {@linkplain #off()
 * off}, and rule ids whose findings it reports as {@linkplain #warning() warnings} or {@linkplain
 * #error() errors} instead of their default severity. Held as ids so that the model does not depend
 * on the rules package; {@code ContentRules} applies them.
 *
 * <pre>{@code
 * RuleSettings settings = RuleSettings.builder().addOff("prevention.present")
 *     .addWarning("setting.present").build();
 * }</pre>
 */
@Value.Immutable
public interface RuleSettings {
  /** The setting that changes nothing. */
  RuleSettings NONE = builder().build();

  /** Rule ids that do not run. */
  List<String> off();

  /** Rule ids whose findings are warnings. */
  List<String> warning();

  /** Rule ids whose findings are errors. */
  List<String> error();

  /** Whether these settings change nothing. */
  default boolean isEmpty() {
    return off().isEmpty() && warning().isEmpty() && error().isEmpty();
  }

  /** Whether the rule is turned off. */
  default boolean isOff(String ruleId) {
    return off().contains(ruleId);
  }

  /**
   * The setting for a rule: {@code "off"}, {@code "warning"} or {@code "error"}, or empty when
   * these settings leave it as it is.
   */
  default Optional<String> settingOf(String ruleId) {
    if (off().contains(ruleId)) {
      return Optional.of("off");
    }
    if (warning().contains(ruleId)) {
      return Optional.of("warning");
    }
    if (error().contains(ruleId)) {
      return Optional.of("error");
    }
    return Optional.empty();
  }

  /** A rule has one setting. */
  @Value.Check
  default void check() {
    Set<String> seen = new HashSet<>();
    for (List<String> ids : List.of(off(), warning(), error())) {
      for (String id : ids) {
        if (!seen.add(id)) {
          throw new IllegalStateException("Rule " + id + " is given more than one setting");
        }
      }
    }
  }

  /** A builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RuleSettings}. */
  final class Builder extends ImmutableRuleSettings.Builder {
    /** An empty builder, the same as {@link RuleSettings#builder()}. */
    public Builder() {}
  }
}
