package org.evidencetoolkit.io.internal;

import java.util.List;

/** The field names and value spellings of format v1, in canonical order. */
public final class FormatNames {
  /** The format version this library reads and writes. */
  public static final int VERSION = 1;

  /** {@link #VERSION} as written. */
  public static final String VERSION_DIGITS = Integer.toString(VERSION);

  /** Intervention fields, in the order the writer writes them (SPEC §3). */
  public static final List<String> INTERVENTION =
      List.of(
          "formatVersion", "id", "title", "summary", "impact", "evidence", "cost", "studyCount",
          "headlineOnly", "preventionTypes", "settings", "sectors", "whatIsIt", "effectiveness",
          "evidenceSecurity", "costDetails", "implementation", "topicSummary", "sections",
          "resources", "related", "lastUpdated");

  /** Impact fields. */
  public static final List<String> IMPACT = List.of("band", "estimate", "measure");

  /** Implementation tip fields. */
  public static final List<String> TIP = List.of("title", "body");

  /** Resource fields. */
  public static final List<String> RESOURCE = List.of("title", "description", "url");

  /** Toolkit fields. */
  public static final List<String> TOOLKIT =
      List.of("formatVersion", "title", "about", "source", "profile", "settings", "sectors",
          "interventions");

  /** Profile fields (SPEC §11), in writing order. */
  public static final List<String> PROFILE =
      List.of("name", "extends", "language", "measures", "impactScale", "sections", "labels",
          "rules");

  /** Measure fields. */
  public static final List<String> MEASURE =
      List.of("id", "outcome", "unit", "better", "worse", "none");

  /** Impact scale fields; the thresholds rise from {@code harmfulTo} to {@code highFrom}. */
  public static final List<String> SCALE =
      List.of("version", "highFrom", "moderateFrom", "lowFrom", "harmfulTo");

  /** Rule setting fields: the settings a rule can be given. */
  public static final List<String> RULES = List.of("off", "warning", "error");

  /** Vocabulary entry fields. */
  public static final List<String> VOCABULARY = List.of("code", "label");

  /** The word for not rated. */
  public static final String NOT_RATED = "not-rated";

  /** The other word cost accepts for not rated. */
  public static final String UNKNOWN_COST = "?";

  private FormatNames() {}
}
