package org.evidencetoolkit.io;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.evidencetoolkit.model.CostRating;
import org.evidencetoolkit.model.EvidenceRating;
import org.evidencetoolkit.model.ImpactBand;
import org.evidencetoolkit.model.ImpactRating;
import org.evidencetoolkit.model.ImpactScale;
import org.evidencetoolkit.model.ImplementationTip;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.LabelKeys;
import org.evidencetoolkit.model.Measure;
import org.evidencetoolkit.model.PreventionType;
import org.evidencetoolkit.model.Profile;
import org.evidencetoolkit.model.Resource;
import org.evidencetoolkit.model.RuleSettings;
import org.evidencetoolkit.model.Sector;
import org.evidencetoolkit.model.Setting;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.model.rules.RuleIds;
import org.evidencetoolkit.model.text.Block;
import org.evidencetoolkit.model.text.BulletList;
import org.evidencetoolkit.model.text.Emphasis;
import org.evidencetoolkit.model.text.Inline;
import org.evidencetoolkit.model.text.Link;
import org.evidencetoolkit.model.text.OrderedList;
import org.evidencetoolkit.model.text.Paragraph;
import org.evidencetoolkit.model.text.RichText;
import org.evidencetoolkit.model.text.Strong;
import org.evidencetoolkit.model.text.Text;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

// Not toolkit-testing's generators: that module depends on this one, so using them is a cycle.
/**
 * Cheap generators of model values for round-trip properties, drawing straight from the
 * randomness source so that QuickTheories can still shrink failures. Text mixes plain words with
 * the characters that break formats: Markdown and YAML punctuation, quotes, white space at the
 * edges, line breaks, controls, NUL, invisible and bidi characters, astral code points.
 */
final class ModelGenerators {
  private ModelGenerators() {}

  private static final String[] WORDS = {
    "trauma", "evidence", "Mentoring", "café", "naïve", "—", "🙂", "数据", "שלום", "مرحبا", "1.",
    "2)", "-", "+", "#", ">", "*", "**", "_", "__", "`", "~~~", "[x]", "(y)", "<b>", "&amp;",
    "&", "\\", "!", "![", "|", "---", "===", "null", "true", "~", "?", ":", ": ", "- ", "'",
    "\"", "%", "@", "{", "}", "0", "007", "1e3", "-3.5", "yes", "No", "0x1F", ".inf", "&#10;"
  };

  private static final int[] ODD_CODE_POINTS = {
    ' ', ' ', ' ', '\t', '\n', '\r', 0x00, 0x01, 0x1b, 0x7f, 0x85, 0xa0, 0xad, 0x200b, 0x200e,
    0x202e, 0x2028, 0x2029, 0x3000, 0xfeff, 0xfffd, 0xfffe, 0x1f600, 0x1d11e, 0x10ffff, 0xe000
  };

  private static final String[] URIS = {
    "https://example.org/briefing", "http://example.org/a(b)c?d=1&e=2#f", "mailto:team@example.org",
    "", "relative/path?q=a&amp;b", "javascript:alert(1)", "https://例え.jp/パス", "#top",
    "http://x/%20y", "ftp://example.org/file.txt", "https://example.org/<tag>".replace("<", "%3C")
        .replace(">", "%3E"), "urn:isbn:0451450523", "data:text/plain,hi", "?only=query"
  };

  static int between(RandomnessSource in, int min, int max) {
    return (int) in.next(Constraint.between(min, max));
  }

  static boolean chance(RandomnessSource in, int percent) {
    return between(in, 1, 100) <= percent;
  }

  /** Text of 0–3 pieces: words, spaces and odd characters. */
  static String text(RandomnessSource in) {
    int pieces = between(in, 0, 4);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      switch (between(in, 0, 5)) {
        case 0, 1, 2 -> out.append(WORDS[between(in, 0, WORDS.length - 1)]);
        case 3 -> out.append(' ');
        case 4 -> out.appendCodePoint(ODD_CODE_POINTS[between(in, 0, ODD_CODE_POINTS.length - 1)]);
        default -> out.appendCodePoint(between(in, 0x20, 0x2fff));
      }
    }
    return out.toString(); // no lone surrogates: every piece is whole code points
  }

  /** Mostly plain words, for fields that readers expect to be short. */
  static String word(RandomnessSource in) {
    return chance(in, 70) ? WORDS[between(in, 0, WORDS.length - 1)] : text(in);
  }

  /** One of the values, chosen uniformly. */
  static <T> T pick(RandomnessSource in, T[] values) {
    return values[between(in, 0, values.length - 1)];
  }

  static URI uri(RandomnessSource in) {
    return URI.create(URIS[between(in, 0, URIS.length - 1)]);
  }

  /** Inline content of any shape the model allows, nested up to {@code depth}. */
  static List<Inline> inlines(RandomnessSource in, int depth) {
    int count = between(in, 0, 3);
    List<Inline> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int kind = depth <= 0 ? 0 : between(in, 0, 5);
      switch (kind) {
        case 0, 1, 2 -> out.add(new Text(text(in)));
        case 3 -> out.add(new Emphasis(inlines(in, depth - 1)));
        case 4 -> out.add(new Strong(inlines(in, depth - 1)));
        default -> out.add(new Link(uri(in), inlines(in, depth - 1)));
      }
    }
    return out;
  }

  /** Rich text of any shape the model allows (not necessarily normal). */
  static RichText anyRichText(RandomnessSource in) {
    int count = between(in, 0, 3);
    List<Block> blocks = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      switch (between(in, 0, 3)) {
        case 0, 1 -> blocks.add(new Paragraph(inlines(in, 3)));
        case 2 -> blocks.add(new BulletList(items(in)));
        default -> blocks.add(new OrderedList(items(in)));
      }
    }
    return new RichText(blocks);
  }

  private static List<List<Inline>> items(RandomnessSource in) {
    int count = between(in, 0, 3);
    List<List<Inline>> items = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      items.add(inlines(in, 2));
    }
    return items;
  }

  /** Rich text in normal form, which is what documents hold. */
  static RichText richText(RandomnessSource in) {
    return chance(in, 30) ? RichText.empty() : RichTextMarkdown.normalize(anyRichText(in));
  }

  static BigDecimal estimate(RandomnessSource in) {
    long unscaled = in.next(Constraint.between(-99_999_999L, 99_999_999L));
    return BigDecimal.valueOf(unscaled, between(in, -3, 8));
  }

  static Intervention intervention(RandomnessSource in, List<Setting> settings, List<Sector> sectors) {
    ImpactBand band = pick(in, ImpactBand.values());
    Intervention.Builder b = Intervention.builder()
        .id(word(in))
        .title(text(in))
        .impact(impact(in, band));
    if (chance(in, 60)) {
      b.summary(text(in));
    }
    b.evidence(pick(in, EvidenceRating.values()));
    b.cost(pick(in, CostRating.values()));
    if (chance(in, 40)) {
      b.studyCount(between(in, 0, Integer.MAX_VALUE));
    }
    b.headlineOnly(chance(in, 25));
    for (int i = between(in, 0, 3); i > 0; i--) {
      b.addPreventionType(pick(in, PreventionType.values()));
    }
    for (int i = between(in, 0, 3); i > 0; i--) {
      b.addSetting(chance(in, 70) ? settings.get(between(in, 0, settings.size() - 1))
          : Setting.of(word(in), "unused"));
    }
    for (int i = between(in, 0, 2); i > 0; i--) {
      b.addSector(chance(in, 70) ? sectors.get(between(in, 0, sectors.size() - 1))
          : Sector.of(word(in), "unused"));
    }
    b.whatIsIt(richText(in));
    b.effectiveness(richText(in));
    b.evidenceSecurity(richText(in));
    b.costDetails(richText(in));
    for (int i = between(in, 0, 2); i > 0; i--) {
      b.addImplementation(ImplementationTip.of(text(in), richText(in)));
    }
    b.topicSummary(richText(in));
    for (int i = between(in, 0, 2); i > 0 && chance(in, 40); i--) {
      b.putSection(word(in), richText(in));
    }
    for (int i = between(in, 0, 2); i > 0; i--) {
      Resource.Builder r = Resource.builder().title(text(in));
      if (chance(in, 50)) {
        r.description(text(in));
      }
      if (chance(in, 60)) {
        r.url(uri(in));
      }
      b.addResource(r.build());
    }
    for (int i = between(in, 0, 2); i > 0; i--) {
      b.addRelated(word(in));
    }
    if (chance(in, 50)) {
      b.lastUpdated(LocalDate.of(between(in, 1, 9999), between(in, 1, 12), between(in, 1, 28)));
    }
    return b.build();
  }

  /** A rating with an estimate more often than not, sometimes naming its measure. */
  static ImpactRating impact(RandomnessSource in, ImpactBand band) {
    ImpactRating.Builder rating = ImpactRating.builder().band(band);
    if (chance(in, 60)) {
      rating.estimate(estimate(in));
    }
    if (chance(in, 25)) {
      rating.measure(chance(in, 70) ? pick(in, SLUGS) : word(in));
    }
    return rating.build();
  }

  private static final String[] SLUGS = {
    "violence", "crime", "attainment", "attendance", "behind-the-average", "x", "a1", "in-work-2"
  };

  /** A threshold as the reader holds it: no trailing zeros, whole numbers at scale 0. */
  static BigDecimal threshold(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * A profile the format can hold: kebab-case names and ids, unique measure and section ids, known
   * label keys and rule ids, each rule one setting, rising thresholds; every part inherited from
   * yef about half the time, free text (wordings, labels, versions) as odd as any other text.
   */
  static Profile profile(RandomnessSource in) {
    Profile.Builder b = Profile.builder().name(chance(in, 20) ? Profile.YEF : pick(in, SLUGS));
    if (chance(in, 30)) {
      b.base(Profile.YEF);
    }
    if (chance(in, 30)) {
      b.language(pick(in, new String[] {"en-GB", "cy", "fr-CA", "en", "zh-Hant-TW"}));
    }
    if (chance(in, 50)) {
      List<String> ids = new ArrayList<>(List.of(SLUGS));
      for (int i = between(in, 1, 3); i > 0; i--) {
        String id = ids.remove(between(in, 0, ids.size() - 1));
        b.addMeasure(Measure.builder().id(id).outcome(text(in)).unit(pick(in, SLUGS))
            .better(text(in) + Measure.VALUE + text(in)).worse(Measure.VALUE + text(in))
            .none(text(in)).build());
      }
    }
    if (chance(in, 40)) {
      BigDecimal harmful = threshold(estimate(in));
      BigDecimal low = threshold(harmful.add(BigDecimal.valueOf(between(in, 1, 50), between(in, 0, 2))));
      BigDecimal moderate = threshold(low.add(BigDecimal.valueOf(between(in, 1, 50), between(in, 0, 2))));
      BigDecimal high = threshold(moderate.add(BigDecimal.valueOf(between(in, 1, 50), between(in, 0, 2))));
      b.impactScale(ImpactScale.builder().version(text(in)).harmfulTo(harmful).lowFrom(low)
          .moderateFrom(moderate).highFrom(high).build());
    }
    List<String> sections = Profile.yef().sections();
    if (chance(in, 40)) {
      List<String> pool = new ArrayList<>(Profile.yef().sections());
      pool.addAll(List.of("behind-the-average", "case-study", "x"));
      List<String> chosen = new ArrayList<>();
      for (int i = between(in, 0, 5); i > 0; i--) {
        chosen.add(pool.remove(between(in, 0, pool.size() - 1)));
      }
      b.sections(chosen);
      sections = chosen;
    }
    List<String> keys = LabelKeys.candidates(sections);
    for (int i = between(in, 0, 3); i > 0 && chance(in, 50); i--) {
      b.putLabel(keys.get(between(in, 0, keys.size() - 1)), text(in));
    }
    if (chance(in, 40)) {
      List<String> rules = new ArrayList<>(RuleIds.all());
      RuleSettings.Builder settings = RuleSettings.builder();
      for (int i = between(in, 1, 4); i > 0; i--) {
        String id = rules.remove(between(in, 0, rules.size() - 1));
        switch (between(in, 0, 2)) {
          case 0 -> settings.addOff(id);
          case 1 -> settings.addWarning(id);
          default -> settings.addError(id);
        }
      }
      b.rules(settings.build());
    }
    return b.build();
  }

  /** Interventions labelled from the built-in vocabularies, as a lone document reads them. */
  static Gen<Intervention> interventions() {
    return in -> intervention(in, Setting.builtIns(), Sector.builtIns());
  }

  /** Toolkits declaring their own vocabulary entries, used by their interventions. */
  static Gen<Toolkit> toolkits() {
    return in -> {
      List<Setting> declaredSettings = new ArrayList<>();
      for (int i = between(in, 0, 2); i > 0; i--) {
        declaredSettings.add(Setting.of(word(in) + "-" + i, text(in)));
      }
      List<Sector> declaredSectors = new ArrayList<>();
      for (int i = between(in, 0, 2); i > 0; i--) {
        declaredSectors.add(Sector.of(word(in) + "-" + i, text(in)));
      }
      List<Setting> settings = new ArrayList<>(Setting.builtIns());
      settings.addAll(declaredSettings);
      List<Sector> sectors = new ArrayList<>(Sector.builtIns());
      sectors.addAll(declaredSectors);
      Toolkit.Builder t = Toolkit.builder().title(text(in))
          .settings(declaredSettings).sectors(declaredSectors);
      t.about(richText(in));
      if (chance(in, 30)) {
        Resource.Builder r = Resource.builder().title(text(in));
        if (chance(in, 50)) {
          r.description(text(in));
        }
        if (chance(in, 60)) {
          r.url(uri(in));
        }
        t.source(r.build());
      }
      if (chance(in, 50)) {
        t.profile(profile(in));
      }
      for (int i = between(in, 0, 3); i > 0; i--) {
        t.addIntervention(intervention(in, labelled(settings), sectors));
      }
      return t.build();
    };
  }

  /** A toolkit's declared label wins over a built-in of the same code, as in the reader. */
  private static List<Setting> labelled(List<Setting> settings) {
    java.util.Map<String, Setting> byCode = new java.util.LinkedHashMap<>();
    settings.forEach(s -> byCode.put(s.code(), s));
    return List.copyOf(byCode.values());
  }
}
