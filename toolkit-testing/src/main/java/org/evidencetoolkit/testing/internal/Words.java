package org.evidencetoolkit.testing.internal;

import java.util.List;

/**
 * Word pools for valid text. The first entry of each pool is what a value shrinks to, so they start
 * with short, plain English.
 *
 * <p>No word holds white space, a control or format character (such as a bidi control or zero-width
 * joiner), an unpaired surrogate or a private-use character: valid text must pass {@code
 * text.clean}. Hostile text is elsewhere ({@link HostileText}).
 */
final class Words {
  /** Everyday words of an evidence summary. */
  static final List<String> ENGLISH =
      List.of(
          "help", "young", "people", "school", "mentor", "family", "trust", "support", "skills",
          "risk", "violence", "learning", "community", "sport", "therapy", "youth", "police",
          "health", "care", "evidence", "training", "staff", "children", "parents", "safety",
          "work", "a", "the", "and", "of", "to", "in", "with", "for", "programme", "approach",
          "reduces", "crime", "trial", "review", "studies", "impact", "cost", "local", "services",
          "practice", "outcomes", "behaviour", "conflict", "education");

  /** English words with ASCII punctuation, including characters that markup must escape. */
  static final List<String> PUNCTUATED =
      List.of(
          "children's", "30%", "A&E", "(YEF)", "e.g.", "1:1", "well-being", "co-ordinated",
          "\"quoted\"", "x<y", "a>b", "&amp;", "<b>", "5*3", "snake_case", "[note]", "`code`",
          "#1", "50/50", "$2,000", "'single'", "C:\\path", "{braces}", "~tilde", "|pipe|",
          "and/or", "Q&A", "100+", "it's", "-minus", "=equals", "!important");

  /** Words in other scripts, and characters outside the Basic Multilingual Plane. */
  static final List<String> UNICODE =
      List.of(
          "café", "naïve", "Zürich", "Straße", "ñandú", "İstanbul", "Ελλάδα", "Москва", "東京",
          "日本語", "한국어", "مرحبا", "שלום", "हिन्दी", "ﬁnance", "x²", "½", "😀", "🎓", "𝒳𝒴",
          "𠜎𠜱", "𝕿𝖊𝖝𝖙", "Ǆemal", "ﬀ", "Ångström", "façade", "smörgåsbord", "Ωmega", "∑sum",
          "→arrow", "€5", "中文", "ภาษาไทย", "ქართული", "Հայերեն", "ᏣᎳᎩ", "🧒🏽", "🇬🇧");

  /** Slug parts for ids and URL paths: lowercase ASCII letters and digits only. */
  static final List<String> SLUG =
      List.of(
          "a", "mentoring", "sports", "programmes", "after", "school", "activities", "focused",
          "deterrence", "cognitive", "behavioural", "therapy", "parenting", "pre", "court",
          "diversion", "trauma", "informed", "training", "anti", "bullying", "social", "skills",
          "police", "in", "schools", "a-and-e", "navigators", "multi", "systemic", "2", "10");

  /** Host names for generated addresses. */
  static final List<String> HOSTS =
      List.of(
          "example.org", "example.com", "www.example.org", "research.example.ac.uk",
          "toolkit.example.net", "library.example.edu");

  /** Local parts for generated e-mail addresses. */
  static final List<String> MAILBOXES =
      List.of("info", "research", "toolkit", "first.last", "editor+toolkit");

  /**
   * Codes a generated toolkit may declare as extra settings, with labels. Disjoint from {@link
   * #UNDECLARED_SETTINGS} and from the built-in codes.
   */
  static final List<String[]> DECLARED_SETTINGS =
      List.of(
          new String[] {"accident-and-emergency", "Accident and Emergency departments"},
          new String[] {"online", "Online"},
          new String[] {"family-home", "Family home"},
          new String[] {"youth-club", "Youth club"},
          new String[] {"hospital", "Hospital"});

  /** Codes a generated toolkit may declare as extra sectors, with labels. */
  static final List<String[]> DECLARED_SECTORS =
      List.of(
          new String[] {"housing", "Housing"},
          new String[] {"voluntary-sector", "Voluntary sector"},
          new String[] {"sport-and-leisure", "Sport and leisure"},
          new String[] {"probation", "Probation"});

  /** Setting codes that nothing declares, for breaking {@code setting.known}. */
  static final List<String[]> UNDECLARED_SETTINGS =
      List.of(
          new String[] {"prison-wing", "Prison wing"},
          new String[] {"street", "Street"},
          new String[] {"faith-centre", "Faith centre"});

  /** Sector codes that nothing declares, for breaking {@code sector.known}. */
  static final List<String[]> UNDECLARED_SECTORS =
      List.of(
          new String[] {"faith-groups", "Faith groups"},
          new String[] {"private-security", "Private security"},
          new String[] {"transport", "Transport"});

  /**
   * Outcomes a generated profile measures: nouns for people, none of them a word of the built-in
   * profile ({@code violence}, {@code crime}), so a property can tell a profile's words from yef's.
   */
  static final List<String> OUTCOMES =
      List.of(
          "attainment", "reading age", "school attendance", "wellbeing", "employment",
          "reoffending", "exclusions", "anxiety", "literacy", "bien-être", "self-esteem",
          "numeracy", "days in work", "hospital admissions");

  /** Kebab-case measure ids of generated profiles. */
  static final List<String> MEASURE_IDS =
      List.of(
          "attainment", "reading", "attendance", "wellbeing", "employment", "reoffending",
          "exclusions", "anxiety", "literacy", "numeracy", "admissions", "m2");

  /** Units of generated measures: the ones SPEC §11 names, then other kebab-case words. */
  static final List<String> UNITS =
      List.of("months", "percent", "percentage-points", "effect-size", "days", "school-years", "points");

  /**
   * Wordings of a positive estimate, each with {@code {0}}; {@code %s} is the outcome. Some hold
   * characters beyond ASCII (a minus sign, a per-mille sign, a non-breaking space).
   */
  static final List<String> BETTER =
      List.of(
          "+{0} months", "{0} percentage points more %s", "{0}% more %s", "%s up by {0}",
          "{0} months of progress", "{0}‰ better %s", "↑ {0} (%s)");

  /** Wordings of a negative estimate, each with {@code {0}}; {@code %s} is the outcome. */
  static final List<String> WORSE =
      List.of(
          "−{0} months", "{0} percentage points less %s", "{0}% less %s", "%s down by {0}",
          "{0} months behind", "{0}‰ worse %s", "↓ {0} (%s)");

  /** Wordings of a zero estimate; {@code %s} is the outcome. */
  static final List<String> NONE =
      List.of("no change in %s", "%s unchanged", "± {0} (%s)", "no difference in %s");

  /** Ids of custom sections a generated profile may add. */
  static final List<String> CUSTOM_SECTIONS =
      List.of(
          "behind-the-average", "case-study", "key-findings", "how-it-works", "for-parents",
          "closing-the-gap", "x");

  /** Names of generated profiles: kebab-case, never {@code yef}. */
  static final List<String> PROFILE_NAMES =
      List.of(
          "learning", "months", "employment", "eef-style", "toolkit", "wellbeing", "pupils", "2",
          "attainment", "work");

  /** BCP 47 tags of generated profiles, {@code en-GB} first. */
  static final List<String> LANGUAGES =
      List.of("en-GB", "en", "cy", "fr-CA", "de-DE", "ga-IE", "zh-Hant-TW", "ar");

  /** Date patterns a profile's {@code date.pattern} label may hold. */
  static final List<String> DATE_PATTERNS =
      List.of("d MMM yyyy", "yyyy-MM-dd", "dd/MM/yyyy", "d. MMMM yyyy", "MMMM d, yyyy");

  /** List separators a profile's {@code list.separator} label may hold. */
  static final List<String> SEPARATORS = List.of(" · ", "; ", " / ", " + ");

  /** Words for a rating that is not given ({@code cost.not-rated}). */
  static final List<String> NOT_GIVEN = List.of("n/a", "–", "unknown", "£?", "ohne");

  /**
   * Measure ids that the built-in profile does not declare, for breaking {@code
   * impact.measure-known}; some are near misses of its ids, for the "did you mean" hint.
   */
  static final List<String> UNDECLARED_MEASURES =
      List.of("attainment", "violance", "crimes", "employment", "reoffending", "wellbeing");

  /**
   * Section ids that the built-in profile does not list, for breaking {@code section.known};
   * some are near misses of its ids.
   */
  static final List<String> UNDECLARED_SECTIONS =
      List.of("behind-the-average", "case-study", "what-is-this", "costs", "key-findings");

  private Words() {}
}
