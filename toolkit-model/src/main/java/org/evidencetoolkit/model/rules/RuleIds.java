package org.evidencetoolkit.model.rules;

import java.util.List;

/**
 * The ids of the default content rules (SPEC §5 and §11), in the order they run. Use these
 * constants rather than strings when dropping, replacing or setting a rule:
 *
 * <pre>{@code
 * ContentRules rules = ContentRules.defaults().without(RuleIds.TEXT_LENGTH);
 * }</pre>
 */
public final class RuleIds {
  /** {@code id.format}. */
  public static final String ID_FORMAT = "id.format";
  /** {@code text.present}. */
  public static final String TEXT_PRESENT = "text.present";
  /** {@code text.length}. */
  public static final String TEXT_LENGTH = "text.length";
  /** {@code text.clean}. */
  public static final String TEXT_CLEAN = "text.clean";
  /** {@code impact.estimate-matches-band}. */
  public static final String IMPACT_ESTIMATE_MATCHES_BAND = "impact.estimate-matches-band";
  /** {@code impact.insufficient-has-no-estimate}. */
  public static final String IMPACT_INSUFFICIENT_HAS_NO_ESTIMATE =
      "impact.insufficient-has-no-estimate";
  /** {@code impact.evidence-not-rated}. */
  public static final String IMPACT_EVIDENCE_NOT_RATED = "impact.evidence-not-rated";
  /** {@code impact.high-on-weak-evidence}. */
  public static final String IMPACT_HIGH_ON_WEAK_EVIDENCE = "impact.high-on-weak-evidence";
  /** {@code impact.measure-known}. */
  public static final String IMPACT_MEASURE_KNOWN = "impact.measure-known";
  /** {@code prevention.present}. */
  public static final String PREVENTION_PRESENT = "prevention.present";
  /** {@code setting.present}. */
  public static final String SETTING_PRESENT = "setting.present";
  /** {@code setting.known}. */
  public static final String SETTING_KNOWN = "setting.known";
  /** {@code sector.known}. */
  public static final String SECTOR_KNOWN = "sector.known";
  /** {@code section.known}. */
  public static final String SECTION_KNOWN = "section.known";
  /** {@code tips.unique}. */
  public static final String TIPS_UNIQUE = "tips.unique";
  /** {@code link.scheme}. */
  public static final String LINK_SCHEME = "link.scheme";
  /** {@code resource.duplicate}. */
  public static final String RESOURCE_DUPLICATE = "resource.duplicate";
  /** {@code toolkit.unique-ids}. */
  public static final String TOOLKIT_UNIQUE_IDS = "toolkit.unique-ids";
  /** {@code toolkit.related-resolves}. */
  public static final String TOOLKIT_RELATED_RESOLVES = "toolkit.related-resolves";

  private static final List<String> ALL =
      List.of(
          ID_FORMAT,
          TEXT_PRESENT,
          TEXT_LENGTH,
          TEXT_CLEAN,
          IMPACT_ESTIMATE_MATCHES_BAND,
          IMPACT_INSUFFICIENT_HAS_NO_ESTIMATE,
          IMPACT_EVIDENCE_NOT_RATED,
          IMPACT_HIGH_ON_WEAK_EVIDENCE,
          IMPACT_MEASURE_KNOWN,
          PREVENTION_PRESENT,
          SETTING_PRESENT,
          SETTING_KNOWN,
          SECTOR_KNOWN,
          SECTION_KNOWN,
          TIPS_UNIQUE,
          LINK_SCHEME,
          RESOURCE_DUPLICATE,
          TOOLKIT_UNIQUE_IDS,
          TOOLKIT_RELATED_RESOLVES);

  private RuleIds() {}

  /** Every default rule id, in the order the rules run; what a profile's rule settings may name. */
  public static List<String> all() {
    return ALL;
  }
}
