package org.evidencetoolkit.model.rules;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.evidencetoolkit.model.ImpactScale;
import org.evidencetoolkit.model.Profile;
import org.evidencetoolkit.model.Sector;
import org.evidencetoolkit.model.Setting;
import org.immutables.value.Value;

/**
 * What a rule may consult besides the content: the impact scale and profile in force and the
 * vocabularies the content may use (the built-in ones, plus a toolkit's declarations when a toolkit is validated).
 *
 * <p>Immutable, so one context may serve any number of checks on any number of threads: {@link
 * ContentRules} builds the one for the built-in vocabularies once, not per validation.
 */
@Value.Immutable
public interface RuleContext {
  /** The thresholds for {@code impact.estimate-matches-band}. */
  ImpactScale impactScale();

  /**
   * The profile in force: its measures word estimates and are what {@code impact.measure-known}
   * accepts, its sections and labels are what {@code section.known} accepts. {@link Profile#yef()}
   * unless given.
   */
  @Value.Default
  default Profile profile() {
    return Profile.yef();
  }

  /** Settings the content may name. */
  List<Setting> knownSettings();

  /** Sectors the content may name. */
  List<Sector> knownSectors();

  /**
   * The codes of {@link #knownSettings()}, for quick look-up; worked out once, when the context is
   * built.
   */
  @Value.Derived
  @Value.Auxiliary
  default Set<String> knownSettingCodes() {
    return knownSettings().stream().map(Setting::code).collect(Collectors.toUnmodifiableSet());
  }

  /**
   * The codes of {@link #knownSectors()}, for quick look-up; worked out once, when the context is
   * built.
   */
  @Value.Derived
  @Value.Auxiliary
  default Set<String> knownSectorCodes() {
    return knownSectors().stream().map(Sector::code).collect(Collectors.toUnmodifiableSet());
  }

  /** Whether a setting code is known. */
  default boolean knowsSetting(String code) {
    return knownSettingCodes().contains(code);
  }

  /** Whether a sector code is known. */
  default boolean knowsSector(String code) {
    return knownSectorCodes().contains(code);
  }

  /** A builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RuleContext}. */
  final class Builder extends ImmutableRuleContext.Builder {
    /** An empty builder, the same as {@link RuleContext#builder()}. */
    public Builder() {}
  }
}
