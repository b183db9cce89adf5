package org.evidencetoolkit.testing;

/**
 * The optional parts of generated content. By default every part may appear, sometimes present and
 * sometimes absent (shrinking towards absent); {@link GeneratorConfig} can leave a part out
 * altogether or make it always present.
 *
 * <p>The parts that the default content rules require (title, summary, the first three narrative
 * sections, a prevention type, a setting) are not optional and are always generated.
 */
public enum Part {
  /** An impact estimate for a rated band (insufficient evidence never carries one). */
  ESTIMATE,
  /** A study count. */
  STUDY_COUNT,
  /** Sectors. */
  SECTORS,
  /** The "How much does it cost?" section. */
  COST_DETAILS,
  /** Implementation tips. */
  IMPLEMENTATION,
  /** The topic summary. */
  TOPIC_SUMMARY,
  /** Further-reading resources. */
  RESOURCES,
  /** A resource's description. */
  RESOURCE_DESCRIPTION,
  /** A resource's address. */
  RESOURCE_URL,
  /** Ids of related interventions. */
  RELATED,
  /** The date of the last revision. */
  LAST_UPDATED,
  /** Emphasis and strong emphasis in rich text. */
  EMPHASIS,
  /** Links in rich text. */
  LINKS,
  /** Bullet and numbered lists in rich text. */
  LISTS,
  /** Settings and sectors that a generated toolkit declares beyond the built-in ones. */
  DECLARED_VOCABULARY
}
