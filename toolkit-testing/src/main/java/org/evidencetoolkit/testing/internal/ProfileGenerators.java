package org.evidencetoolkit.testing.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidencetoolkit.model.ImpactScale;
import org.evidencetoolkit.model.LabelKeys;
import org.evidencetoolkit.model.Measure;
import org.evidencetoolkit.model.Profile;
import org.evidencetoolkit.model.RuleSettings;
import org.evidencetoolkit.model.Section;
import org.evidencetoolkit.model.rules.RuleIds;
import org.evidencetoolkit.render.labels.Labels;
import org.evidencetoolkit.testing.GeneratorConfig;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generators of valid {@link Profile}s (SPEC §11): profiles that the model builds, the document
 * format writes and reads back equal, and the renderers render with.
 *
 * <p>What "valid" takes: a kebab-case name (never {@code yef}); one to four measures with distinct
 * kebab-case ids and units, outcomes from a word list without the built-in profile's words
 * ({@code violence}, {@code crime}), and wordings with {@code {0}}, some with characters beyond
 * ASCII; a scale whose thresholds rise strictly, held as the reader holds them (no trailing zeros);
 * a section order that is a permutation of the built-in ids with up to two custom ids put in
 * anywhere; labels overriding a random subset of {@link LabelKeys#builtIn()}, each keeping the
 * placeholders of the shipped label (so {@code last-updated} still shows the date), {@code
 * language} a BCP 47 tag and {@code date.pattern} a date pattern, plus a heading {@code
 * section.<id>} for every custom section; and rule settings over {@link RuleIds#all()}, each rule
 * at most once.
 *
 * <p>Every choice shrinks towards the plain end: one measure, English words, the built-in section
 * order without custom sections, no labels but the custom headings, no rule settings.
 */
public final class ProfileGenerators {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[0-9]+}");

  /**
   * The placeholders of the site's labels, which live in the command line's bundle and not on this
   * module's class path; the render module's labels are read from {@link Labels#defaults()}.
   */
  private static final Map<String, List<String>> SITE_PLACEHOLDERS =
      Map.of(
          "site.intro.other", List.of("{0}"),
          "site.filter.level", List.of("{0}", "{1}"),
          "site.count", List.of("{0}", "{1}"),
          "site.compare.intro", List.of("{0}"));

  private final TextGenerators text;

  /** Profile generators whose free text (labels) avoids the built-in profile's outcome words. */
  public ProfileGenerators() {
    this.text = new TextGenerators(GeneratorConfig.defaults(), yefOutcomes());
  }

  /** The outcome words of the built-in profile's measures: {@code violence}, {@code crime}. */
  public static Set<String> yefOutcomes() {
    List<String> outcomes = new ArrayList<>();
    for (Measure m : Profile.yef().measures()) {
      outcomes.add(m.outcome());
    }
    return Set.copyOf(outcomes);
  }

  /** Valid profiles; see the class comment. */
  public Gen<Profile> profiles() {
    Gen<List<String>> nameWords = Gens.listOf(Gens.pick(Words.PROFILE_NAMES), 1, 3);
    Gen<List<Measure>> measures = Gens.distinctListOf(measures(), Measure::id, 1, 4);
    Gen<ImpactScale> scale = scales();
    Gen<String> language = Gens.pick(Words.LANGUAGES);
    Gen<Map<String, String>> labels = labels();
    Gen<RuleSettings> rules = ruleSettings();
    return in -> {
      String name = String.join("-", Gens.distinct(nameWords.generate(in), w -> w));
      Profile.Builder b = Profile.builder().name(name);
      if (Gens.index(in, 2) == 1) {
        b.base(Profile.YEF);
      }
      b.language(language.generate(in));
      b.measures(measures.generate(in));
      b.impactScale(scale.generate(in));
      List<String> sections = sections(in);
      b.sections(sections);
      Map<String, String> chosen = new LinkedHashMap<>(labels.generate(in));
      for (String id : sections) {
        if (Section.byId(id).isEmpty()) {
          chosen.put(Section.labelKey(id), text.line(4, 40).generate(in));
        }
      }
      b.labels(chosen);
      b.rules(rules.generate(in));
      return b.build();
    };
  }

  /** Measures with kebab-case ids and units, outcomes without the built-in profile's words. */
  public Gen<Measure> measures() {
    Gen<String> id = Gens.pick(Words.MEASURE_IDS);
    Gen<String> outcome = Gens.pick(Words.OUTCOMES);
    Gen<String> unit = Gens.pick(Words.UNITS);
    Gen<Integer> wording = Gens.pick(List.of(0, 1, 2, 3, 4, 5, 6));
    Gen<String> none = Gens.pick(Words.NONE);
    return in -> {
      String o = outcome.generate(in);
      // Better and worse from the same pair, so a measure reads consistently both ways.
      int w = wording.generate(in);
      return Measure.builder()
          .id(id.generate(in))
          .outcome(o)
          .unit(unit.generate(in))
          .better(Words.BETTER.get(w).replace("%s", o))
          .worse(Words.WORSE.get(w).replace("%s", o))
          .none(none.generate(in).replace("%s", o))
          .build();
    };
  }

  /**
   * Scales with a version and strictly rising thresholds of up to two decimals, without trailing
   * zeros; shrinking towards harmful to −1, low from 0, moderate from 1, high from 2.
   */
  public Gen<ImpactScale> scales() {
    Gen<String> version = Gens.pick(Words.PROFILE_NAMES);
    Gen<Integer> number = Gens.pick(List.of(1, 2, 3, 2024, 2025));
    return in -> {
      BigDecimal harmfulTo = step(in).negate();
      BigDecimal lowFrom = harmfulTo.add(step(in));
      BigDecimal moderateFrom = lowFrom.add(step(in));
      BigDecimal highFrom = moderateFrom.add(step(in));
      return ImpactScale.builder()
          .version(version.generate(in) + "-" + number.generate(in))
          .harmfulTo(canonical(harmfulTo))
          .lowFrom(canonical(lowFrom))
          .moderateFrom(canonical(moderateFrom))
          .highFrom(canonical(highFrom))
          .build();
    };
  }

  /** A positive step between thresholds: whole, tenths or hundredths, up to 40. */
  private static BigDecimal step(RandomnessSource in) {
    int decimals = Gens.index(in, 3);
    int max = 40 * (int) Math.pow(10, decimals);
    return BigDecimal.valueOf(Gens.between(in, 1, max), decimals);
  }

  /** A number as the reader holds a threshold: no trailing zeros, whole numbers at scale 0. */
  static BigDecimal canonical(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * The built-in section ids in some order (drawn so that shrinking gives the built-in order), with
   * zero to two custom ids put in anywhere.
   */
  private static List<String> sections(RandomnessSource in) {
    List<String> remaining = new ArrayList<>(Profile.builtInSectionIds());
    List<String> order = new ArrayList<>();
    while (!remaining.isEmpty()) {
      order.add(remaining.remove(Gens.index(in, remaining.size())));
    }
    List<String> custom = new ArrayList<>(Words.CUSTOM_SECTIONS);
    for (int n = Gens.between(in, 0, 2); n > 0; n--) {
      String id = custom.remove(Gens.index(in, custom.size()));
      order.add(order.size() - Gens.index(in, order.size() + 1), id);
    }
    return order;
  }

  /** Overrides of a random subset of the built-in keys, each about one time in four. */
  private Gen<Map<String, String>> labels() {
    List<String> keys = List.copyOf(LabelKeys.builtIn());
    Gen<String> words = text.line(4, 40);
    Gen<String> language = Gens.pick(Words.LANGUAGES);
    Gen<String> datePattern = Gens.pick(Words.DATE_PATTERNS);
    Gen<String> separator = Gens.pick(Words.SEPARATORS);
    Gen<String> notGiven = Gens.pick(Words.NOT_GIVEN);
    return in -> {
      Map<String, String> out = new LinkedHashMap<>();
      for (String key : keys) {
        if (Gens.index(in, 4) != 3) {
          continue;
        }
        String value =
            switch (key) {
              case "language" -> language.generate(in);
              case "date.pattern" -> datePattern.generate(in);
              case "list.separator" -> separator.generate(in);
              case "cost.not-rated" -> notGiven.generate(in);
              default -> withPlaceholders(words.generate(in), placeholders(key), words, in);
            };
        out.put(key, value);
      }
      return out;
    };
  }

  /** The placeholders the shipped label of {@code key} has, in order. */
  static List<String> placeholders(String key) {
    List<String> site = SITE_PLACEHOLDERS.get(key);
    if (site != null) {
      return site;
    }
    String shipped = Labels.defaults().find(key).orElse("");
    List<String> out = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(shipped);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static String withPlaceholders(
      String first, List<String> placeholders, Gen<String> words, RandomnessSource in) {
    if (placeholders.isEmpty()) {
      return first;
    }
    StringBuilder out = new StringBuilder(first);
    for (String p : placeholders) {
      out.append(' ').append(p);
      if (Gens.index(in, 2) == 1) {
        out.append(' ').append(words.generate(in));
      }
    }
    return out.toString();
  }

  /** Settings for rules of {@link RuleIds#all()}, each about one time in five, each at most once. */
  private static Gen<RuleSettings> ruleSettings() {
    List<String> ids = RuleIds.all();
    return in -> {
      RuleSettings.Builder b = RuleSettings.builder();
      for (String id : ids) {
        switch (Gens.index(in, 15)) {
          case 12 -> b.addOff(id);
          case 13 -> b.addWarning(id);
          case 14 -> b.addError(id);
          default -> {}
        }
      }
      return b.build();
    };
  }
}
