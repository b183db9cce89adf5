package org.evidencetoolkit.benchmarks.baseline;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One document of format v1 as plain records, the way an application without the toolkit would
 * bind it: field for field, rich text kept as Markdown strings, ratings as a number or a string.
 *
 * @param formatVersion the optional format version
 * @param id the slug
 * @param title the title
 * @param summary the one-line summary
 * @param impact the headline impact
 * @param evidence a number 1–5 or {@code "not-rated"}
 * @param cost a number 1–5, {@code "not-rated"} or {@code "?"}
 * @param studyCount how many studies
 * @param preventionTypes kebab-case prevention types
 * @param settings setting codes
 * @param sectors sector codes
 * @param whatIsIt Markdown
 * @param effectiveness Markdown
 * @param evidenceSecurity Markdown
 * @param costDetails Markdown
 * @param implementation the tips
 * @param topicSummary Markdown
 * @param resources further reading
 * @param related related ids
 * @param lastUpdated an ISO-8601 date
 */
public record InterventionRecord(
    @Nullable Integer formatVersion,
    String id,
    String title,
    @Nullable String summary,
    Impact impact,
    @Nullable Object evidence,
    @Nullable Object cost,
    @Nullable Integer studyCount,
    @Nullable List<String> preventionTypes,
    @Nullable List<String> settings,
    @Nullable List<String> sectors,
    @Nullable String whatIsIt,
    @Nullable String effectiveness,
    @Nullable String evidenceSecurity,
    @Nullable String costDetails,
    @Nullable List<Tip> implementation,
    @Nullable String topicSummary,
    @Nullable List<Reading> resources,
    @Nullable List<String> related,
    @Nullable String lastUpdated) {

  /**
   * The headline impact.
   *
   * @param band kebab-case band
   * @param estimate percent, positive = less violence
   */
  public record Impact(String band, @Nullable BigDecimal estimate) {}

  /**
   * An implementation tip.
   *
   * @param title plain text
   * @param body Markdown
   */
  public record Tip(String title, String body) {}

  /**
   * An item of further reading.
   *
   * @param title the title
   * @param description an optional description
   * @param url an optional address
   */
  public record Reading(String title, @Nullable String description, @Nullable String url) {}
}
