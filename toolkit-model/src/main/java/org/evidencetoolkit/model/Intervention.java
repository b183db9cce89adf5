package org.evidencetoolkit.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.evidencetoolkit.model.text.RichText;
import org.immutables.value.Value;

/**
 * One approach in a toolkit, as a What Works Centre summarises it: headline ratings, then the
 * narrative sections, implementation tips, topic summary and further reading.
 *
 * <p>Only {@link #id()}, {@link #title()} and {@link #impact()} are required; every other part
 * defaults to empty (ratings to not rated) so that a half-written draft can be built, validated by
 * {@link org.evidencetoolkit.model.rules.ContentRules} and fixed.
 *
 * <pre>{@code
 * Intervention mentoring = Intervention.builder()
 *     .id("mentoring")
 *     .title("Mentoring")
 *     .impact(ImpactRating.of(ImpactBand.MODERATE, new BigDecimal("21")))
 *     .addPreventionType(PreventionType.SECONDARY)
 *     .addSetting(Setting.COMMUNITY)
 *     .whatIsIt(RichText.paragraph("Mentoring pairs a young person with a trusted adult."))
 *     .build();
 * Intervention revised = Intervention.builder().from(mentoring).title("Mentoring (revised)").build();
 * }</pre>
 */
@Value.Immutable
public interface Intervention {
  /** A stable slug that names the approach in addresses and links, e.g. {@code mentoring}. */
  String id();

  /** The approach's name as shown to readers. */
  String title();

  /** What the approach is, in one line. */
  @Value.Default
  default String summary() {
    return "";
  }

  /** The headline impact. */
  ImpactRating impact();

  /** How secure the evidence is. */
  @Value.Default
  default EvidenceRating evidence() {
    return EvidenceRating.NOT_RATED;
  }

  /** What it costs relative to the other approaches. */
  @Value.Default
  default CostRating cost() {
    return CostRating.NOT_RATED;
  }

  /** How many studies the estimate rests on, where known. */
  OptionalInt studyCount();

  /**
   * Whether this entry gives only the published headline (the impact, and whichever ratings and
   * short texts were published) rather than a full summary; default {@code false}.
   *
   * <p>A toolkit often lists an approach before its summary is written, and some facts of a full
   * summary (whom it reaches, where it is delivered) may not have been published at all. Marking
   * the entry headline-only says that the gap is deliberate: {@code prevention.present} and
   * {@code setting.present} then accept empty prevention types and settings instead of reporting
   * a forgotten field, while every other rule, and the duplicate checks of those two, still apply.
   * Renderers show the entry as it is.
   */
  @Value.Default
  default boolean headlineOnly() {
    return false;
  }

  /** Whom it reaches, in the order the publisher lists them. */
  List<PreventionType> preventionTypes();

  /** Where it is delivered. */
  List<Setting> settings();

  /** Who delivers it. */
  List<Sector> sectors();

  /** Section "What is it?". */
  @Value.Default
  default RichText whatIsIt() {
    return RichText.empty();
  }

  /** Section "Is it effective?". */
  @Value.Default
  default RichText effectiveness() {
    return RichText.empty();
  }

  /** Section "How secure is the evidence?". */
  @Value.Default
  default RichText evidenceSecurity() {
    return RichText.empty();
  }

  /** Section "How much does it cost?". */
  @Value.Default
  default RichText costDetails() {
    return RichText.empty();
  }

  /** Section "How can you implement it well?". */
  List<ImplementationTip> implementation();

  /** Section "Topic summary". */
  @Value.Default
  default RichText topicSummary() {
    return RichText.empty();
  }

  /** Section "Further reading". */
  List<Resource> resources();

  /**
   * Narrative sections that the typed fields do not hold (such as "Behind the average"), by
   * section id, in the order written. The profile's {@link Profile#sections()} places them on the
   * page, and the label {@code section.<id>} is the heading; the content rule {@code
   * section.known} reports a section the profile does not list or name.
   */
  Map<String, RichText> sections();

  /** Ids of related interventions in the same toolkit. */
  List<String> related();

  /** When the summary was last revised. */
  Optional<LocalDate> lastUpdated();

  /** A study count is a count. */
  @Value.Check
  default void check() {
    OptionalInt studies = studyCount();
    if (studies.isPresent() && studies.getAsInt() < 0) {
      throw new IllegalStateException("studyCount must not be negative, was " + studies.getAsInt());
    }
  }

  /** A builder; {@code id}, {@code title} and {@code impact} are required. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Intervention}. {@code from(other)} copies every part of another one. */
  final class Builder extends ImmutableIntervention.Builder {
    /** An empty builder, the same as {@link Intervention#builder()}. */
    public Builder() {}
  }
}
