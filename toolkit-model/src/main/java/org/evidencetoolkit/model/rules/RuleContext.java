package org.evidencetoolkit.model.rules;

import java.util.List;
import org.evidencetoolkit.model.ImpactScale;
import org.evidencetoolkit.model.Sector;
import org.evidencetoolkit.model.Setting;
import org.immutables.value.Value;

/**
 * What a rule may consult besides the content: the impact scale in force and the vocabularies the
 * content may use (the built-in ones, plus a toolkit's declarations when a toolkit is validated).
 */
@Value.Immutable
public interface RuleContext {
  /** The thresholds for {@code impact.estimate-matches-band}. */
  ImpactScale impactScale();

  /** Settings the content may name. */
  List<Setting> knownSettings();

  /** Sectors the content may name. */
  List<Sector> knownSectors();

  /** Whether a setting code is known. */
  default boolean knowsSetting(String code) {
    return knownSettings().stream().anyMatch(s -> s.code().equals(code));
  }

  /** Whether a sector code is known. */
  default boolean knowsSector(String code) {
    return knownSectors().stream().anyMatch(s -> s.code().equals(code));
  }

  /** A builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RuleContext}. */
  final class Builder extends ImmutableRuleContext.Builder {}
}
