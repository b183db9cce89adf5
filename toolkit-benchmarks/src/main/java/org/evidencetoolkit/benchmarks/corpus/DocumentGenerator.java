package org.evidencetoolkit.benchmarks.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.evidencetoolkit.benchmarks.baseline.InterventionRecord;
import org.evidencetoolkit.benchmarks.baseline.RecordsCodec;

/**
 * Writes one synthetic document from a seed: valid under the default content rules, in the
 * format's Markdown subset, grown block by block until its JSON reaches the target size.
 */
final class DocumentGenerator {
  private static final RecordsCodec JSON = RecordsCodec.json();

  private static final String[] WORDS = {
    "children", "young", "people", "violence", "programme", "evidence", "school", "staff",
    "training", "community", "support", "families", "mentor", "sessions", "outcomes", "risk",
    "practitioners", "services", "approach", "studies", "review", "impact", "delivery", "local",
    "partners", "weekly", "trusted", "adult", "behaviour", "skills", "offending", "prevention",
    "careful", "planning", "quality", "measured", "groups", "settings", "referral", "time",
    "with", "and", "the", "for", "of", "to", "in", "on", "by", "from", "that", "which", "is",
    "are", "was", "can", "may", "should", "often", "more", "less", "each", "their", "our"
  };

  private static final String[] TYPOGRAPHIC = {
    "“trusted adult”", "‘key worker’", "—", "10–30", "café", "naïve", "rôle", "coördinated",
    "Zürich", "São Paulo", "Ελλάδα", "ασφάλεια", "Москва", "безопасность", "東京", "安全",
    "العربية", "Łódź", "façade", "déjà vu", "½", "…", "€120", "№ 5", "Ålesund", "🙂"
  };

  private static final String[] ESCAPES = {
    "<b>bold</b>", "R&D", "\"risk\"", "it's", "a < b", "x > y", "&amp;", "<script>alert('x')</script>",
    "Tom & Jerry", "'quoted'", "<br/>", "\"a\" & 'b'", "5 < 10 & 10 > 5", "AT&T", "<!-- note -->"
  };

  private static final String[] BANDS = {"high", "moderate", "low", "no-effect", "harmful"};
  private static final int[] ESTIMATES = {34, 21, 5, 0, -6};
  private static final String[] TYPES = {"primary", "secondary", "tertiary"};
  private static final String[] SETTINGS = {"community", "custody", "school-and-college"};
  private static final String[] SECTORS = {
    "education", "health", "policing", "youth-justice", "childrens-social-care"
  };

  private final SplittableRandom random;
  private final TextProfile profile;
  private int links;

  DocumentGenerator(long seed, TextProfile profile) {
    this.random = new SplittableRandom(seed);
    this.profile = profile;
  }

  InterventionRecord generate(String id, DocumentSize size) {
    String title = bounded(() -> capitalise(words(2, 5)) + " programme", 100);
    String summary = bounded(() -> sentence(10, 18), 250);
    int band = random.nextInt(BANDS.length);
    // Evidence 3–5 keeps every band, HIGH and HARMFUL included, free of warnings.
    int evidence = 3 + random.nextInt(3);
    int cost = 1 + random.nextInt(5);
    List<String> types = pick(TYPES);
    List<String> settings = pick(SETTINGS);
    List<String> sectors = pick(SECTORS);

    List<List<String>> sections = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      List<String> blocks = new ArrayList<>();
      blocks.add(paragraph(1));
      sections.add(blocks);
    }
    List<InterventionRecord.Tip> tips = new ArrayList<>();
    for (int i = 0; i < size.tips(); i++) {
      tips.add(new InterventionRecord.Tip(
          "Tip " + (i + 1) + ": " + capitalise(words(2, 5)), paragraph(1)));
    }
    List<InterventionRecord.Reading> readings = new ArrayList<>();
    for (int i = 0; i < size.resources(); i++) {
      readings.add(new InterventionRecord.Reading(
          capitalise(words(3, 7)),
          random.nextInt(2) == 0 ? null : sentence(5, 10),
          i % 7 == 6 ? "mailto:reading" + i + "@example.org" : url(id + "/reading/" + i)));
    }
    InterventionRecord record =
        record(id, title, summary, band, evidence, cost, types, settings, sectors, sections, tips, readings);
    // Grow the sections in turn, alternating paragraphs and lists, until the JSON reaches size.
    int turn = 0;
    while (JSON.write(record).length < size.targetBytes()) {
      List<String> section = sections.get(turn % 5);
      String last = section.get(section.size() - 1);
      // A list never follows a list: two lists of one kind in a row would merge into one.
      if (last.startsWith("- ") || last.startsWith("1. ")) {
        section.add(paragraph(2));
      } else {
        section.add(turn % 2 == 0 ? bulletList() : orderedList());
      }
      turn++;
      record =
          record(id, title, summary, band, evidence, cost, types, settings, sectors, sections, tips, readings);
    }
    return record;
  }

  private InterventionRecord record(
      String id,
      String title,
      String summary,
      int band,
      int evidence,
      int cost,
      List<String> types,
      List<String> settings,
      List<String> sectors,
      List<List<String>> sections,
      List<InterventionRecord.Tip> tips,
      List<InterventionRecord.Reading> readings) {
    return new InterventionRecord(
        1,
        id,
        title,
        summary,
        new InterventionRecord.Impact(BANDS[band], new java.math.BigDecimal(ESTIMATES[band])),
        evidence,
        cost,
        4 + (id.length() * 7) % 40,
        types,
        settings,
        sectors,
        String.join("\n\n", sections.get(0)),
        String.join("\n\n", sections.get(1)),
        String.join("\n\n", sections.get(2)),
        String.join("\n\n", sections.get(3)),
        List.copyOf(tips),
        String.join("\n\n", sections.get(4)),
        List.copyOf(readings),
        List.of("mentoring", "focused-deterrence"),
        "2025-0" + (1 + id.length() % 9) + "-1" + (id.length() % 10));
  }

  private List<String> pick(String[] codes) {
    List<String> out = new ArrayList<>();
    int first = random.nextInt(codes.length);
    int count = 1 + random.nextInt(codes.length);
    for (int i = 0; i < count; i++) {
      String code = codes[(first + i) % codes.length];
      if (!out.contains(code)) {
        out.add(code);
      }
    }
    return out;
  }

  /** {@code min} to {@code min + 2} sentences with emphasis, strong emphasis and links. */
  private String paragraph(int min) {
    StringBuilder out = new StringBuilder();
    int sentences = min + random.nextInt(3);
    for (int i = 0; i < sentences; i++) {
      if (i > 0) {
        out.append(' ');
      }
      out.append(markdownSentence());
    }
    return out.toString();
  }

  private String bulletList() {
    StringBuilder out = new StringBuilder();
    int items = 3 + random.nextInt(4);
    for (int i = 0; i < items; i++) {
      if (i > 0) {
        out.append('\n');
      }
      out.append("- ").append(markdownSentence());
    }
    return out.toString();
  }

  private String orderedList() {
    StringBuilder out = new StringBuilder();
    int items = 3 + random.nextInt(4);
    for (int i = 0; i < items; i++) {
      if (i > 0) {
        out.append('\n');
      }
      out.append(i + 1).append(". ").append(markdownSentence());
    }
    return out.toString();
  }

  /** A sentence of Markdown: escaped text with an occasional emphasis, strong or link. */
  private String markdownSentence() {
    StringBuilder out = new StringBuilder();
    out.append(escape(capitalise(words(2, 5))));
    int runs = 1 + random.nextInt(3);
    for (int i = 0; i < runs; i++) {
      out.append(' ');
      switch (random.nextInt(4)) {
        case 0 -> out.append('*').append(plainWords(1, 3)).append('*');
        case 1 -> out.append("**").append(plainWords(1, 3)).append("**");
        case 2 -> out.append('[').append(escape(words(2, 4))).append("](").append(url("page/" + links++)).append(')');
        default -> out.append(escape(words(2, 6)));
      }
      out.append(' ').append(escape(words(1, 5)));
    }
    return out.append('.').toString();
  }

  /** Draws until the text fits, so {@code text.length} never warns. */
  private static String bounded(java.util.function.Supplier<String> draw, int max) {
    String text = draw.get();
    while (text.length() > max) {
      text = draw.get();
    }
    return text;
  }

  private String sentence(int min, int max) {
    return capitalise(words(min, max)) + ".";
  }

  /** ASCII words only, safe inside emphasis delimiters. */
  private String plainWords(int min, int max) {
    StringBuilder out = new StringBuilder();
    int n = min + random.nextInt(max - min + 1);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        out.append(' ');
      }
      out.append(WORDS[random.nextInt(WORDS.length)]);
    }
    return out.toString();
  }

  /** Words of the profile, unescaped. */
  private String words(int min, int max) {
    StringBuilder out = new StringBuilder();
    int n = min + random.nextInt(max - min + 1);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        out.append(' ');
      }
      out.append(word());
    }
    return out.toString();
  }

  private String word() {
    int roll = random.nextInt(4);
    if (roll == 0 && profile == TextProfile.TYPOGRAPHIC) {
      return TYPOGRAPHIC[random.nextInt(TYPOGRAPHIC.length)];
    }
    if (roll == 0 && profile == TextProfile.ESCAPE_HEAVY) {
      return ESCAPES[random.nextInt(ESCAPES.length)];
    }
    return WORDS[random.nextInt(WORDS.length)];
  }

  private String url(String path) {
    return switch (profile) {
      case ESCAPE_HEAVY -> "https://example.org/" + path + "?q=violence&sort=desc&lang=en-GB#results";
      case TYPOGRAPHIC -> "https://example.org/" + path + "?q=caf%C3%A9";
      case ASCII -> "https://example.org/" + path;
    };
  }

  private static String capitalise(String words) {
    char first = words.charAt(0);
    return first >= 'a' && first <= 'z' ? Character.toUpperCase(first) + words.substring(1) : words;
  }

  /** Backslash-escapes every character that Markdown would read as markup. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\', '*', '_', '[', ']', '<', '>', '&', '`', '!', '#' -> out.append('\\').append(c);
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
