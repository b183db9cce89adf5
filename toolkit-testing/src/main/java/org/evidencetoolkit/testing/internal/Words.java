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

  private Words() {}
}
