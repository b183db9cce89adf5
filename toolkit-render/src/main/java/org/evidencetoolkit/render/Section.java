package org.evidencetoolkit.render;

/**
 * The narrative sections of an intervention page, in the order the renderers show them. Each has
 * a heading in {@link Labels} (key {@code section.<name>}).
 */
public enum Section {
  /** "What is it?" — {@code whatIsIt}. */
  WHAT_IS_IT("section.what-is-it"),
  /** "Is it effective?" — {@code effectiveness}. */
  EFFECTIVENESS("section.effectiveness"),
  /** "How secure is the evidence?" — {@code evidenceSecurity}. */
  EVIDENCE_SECURITY("section.evidence-security"),
  /** "How can you implement it well?" — the implementation tips. */
  IMPLEMENTATION("section.implementation"),
  /** "How much does it cost?" — {@code costDetails}. */
  COST("section.cost"),
  /** "Topic summary" — {@code topicSummary}. */
  TOPIC_SUMMARY("section.topic-summary"),
  /** "Further reading" — the resources. */
  FURTHER_READING("section.further-reading");

  private final String labelKey;

  Section(String labelKey) {
    this.labelKey = labelKey;
  }

  /** The key of this section's heading in {@link Labels}. */
  public String labelKey() {
    return labelKey;
  }

  /** A name for CSS classes and anchors: the label key without its prefix, e.g. {@code what-is-it}. */
  public String slug() {
    return labelKey.substring("section.".length());
  }
}
