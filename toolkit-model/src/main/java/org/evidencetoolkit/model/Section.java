package org.evidencetoolkit.model;

import java.util.Optional;

/**
 * The built-in narrative sections of an intervention page, each held by a typed field of {@link
 * Intervention}, in the default order ({@link Profile#yef()}'s). A {@link Profile} orders them by
 * {@link #id()} and may add custom sections, held in {@link Intervention#sections()}. Each section
 * has a heading label {@code section.<id>}.
 */
public enum Section {
  /** "What is it?" — {@code whatIsIt}. */
  WHAT_IS_IT("what-is-it", "/whatIsIt"),
  /** "Is it effective?" — {@code effectiveness}. */
  EFFECTIVENESS("effectiveness", "/effectiveness"),
  /** "How secure is the evidence?" — {@code evidenceSecurity}. */
  EVIDENCE_SECURITY("evidence-security", "/evidenceSecurity"),
  /** "How can you implement it well?" — the implementation tips. */
  IMPLEMENTATION("implementation", "/implementation"),
  /** "How much does it cost?" — {@code costDetails}. */
  COST("cost", "/costDetails"),
  /** "Topic summary" — {@code topicSummary}. */
  TOPIC_SUMMARY("topic-summary", "/topicSummary"),
  /** "Further reading" — the resources. */
  FURTHER_READING("further-reading", "/resources");

  private final String id;
  private final String pointer;

  Section(String id, String pointer) {
    this.id = id;
    this.pointer = pointer;
  }

  /** The section id a profile orders it by, e.g. {@code what-is-it}. */
  public String id() {
    return id;
  }

  /** The key of this section's heading label: {@code section.<id>}. */
  public String labelKey() {
    return labelKey(id);
  }

  /** A name for CSS classes and anchors: the {@link #id()}. */
  public String slug() {
    return id;
  }

  /** The JSON Pointer of the field that holds it, e.g. {@code /whatIsIt}. */
  public String pointer() {
    return pointer;
  }

  /** Whether the intervention has anything to show in this section. */
  public boolean hasContent(Intervention intervention) {
    return switch (this) {
      case WHAT_IS_IT -> !intervention.whatIsIt().isEmpty();
      case EFFECTIVENESS -> !intervention.effectiveness().isEmpty();
      case EVIDENCE_SECURITY -> !intervention.evidenceSecurity().isEmpty();
      case IMPLEMENTATION -> !intervention.implementation().isEmpty();
      case COST -> !intervention.costDetails().isEmpty();
      case TOPIC_SUMMARY -> !intervention.topicSummary().isEmpty();
      case FURTHER_READING -> !intervention.resources().isEmpty();
    };
  }

  /** The built-in section with this id. */
  public static Optional<Section> byId(String id) {
    for (Section section : values()) {
      if (section.id.equals(id)) {
        return Optional.of(section);
      }
    }
    return Optional.empty();
  }

  /** The heading label key of any section id, built in or custom: {@code section.<id>}. */
  public static String labelKey(String sectionId) {
    return "section." + sectionId;
  }
}
