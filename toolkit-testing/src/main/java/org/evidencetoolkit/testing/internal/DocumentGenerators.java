package org.evidencetoolkit.testing.internal;

import java.math.BigDecimal;
import java.net.URI;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.evidencetoolkit.model.CostRating;
import org.evidencetoolkit.model.EvidenceRating;
import org.evidencetoolkit.model.ImpactBand;
import org.evidencetoolkit.model.ImpactRating;
import org.evidencetoolkit.model.ImpactScale;
import org.evidencetoolkit.model.ImplementationTip;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Measure;
import org.evidencetoolkit.model.PreventionType;
import org.evidencetoolkit.model.Profile;
import org.evidencetoolkit.model.Resource;
import org.evidencetoolkit.model.RuleSettings;
import org.evidencetoolkit.model.Section;
import org.evidencetoolkit.model.Sector;
import org.evidencetoolkit.model.Setting;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.model.rules.RuleIds;
import org.evidencetoolkit.model.text.RichText;
import org.evidencetoolkit.testing.GeneratorConfig;
import org.evidencetoolkit.testing.Part;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Generators of whole documents that satisfy every default content rule, with no warnings either.
 *
 * <p>What "valid" takes, rule by rule: a kebab-case id of at most 64 characters; non-blank title,
 * summary and first three sections; title at most 100 and summary at most 250 UTF-16 units; text
 * without control characters or edge white space and no empty paragraph; an estimate only on a
 * rated band and inside it under the configured scale; rated evidence on every rated band, and at
 * least moderate evidence on a high or harmful one; one to three distinct prevention types; at
 * least one setting, settings and sectors from the known vocabulary; distinct tip titles (ignoring
 * case and spacing); only absolute http, https and mailto addresses, no address twice (ignoring
 * case, fragment and a trailing slash).
 */
public final class DocumentGenerators {
  /** Longest title a valid document has ({@code text.length}). */
  public static final int MAX_TITLE = 100;

  /** Longest summary a valid document has ({@code text.length}). */
  public static final int MAX_SUMMARY = 250;

  /** Longest valid id ({@code id.format}). */
  public static final int MAX_ID = 64;

  private static final List<List<PreventionType>> PREVENTION_TYPES =
      List.of(
          List.of(PreventionType.PRIMARY),
          List.of(PreventionType.SECONDARY),
          List.of(PreventionType.TERTIARY),
          List.of(PreventionType.PRIMARY, PreventionType.SECONDARY),
          List.of(PreventionType.SECONDARY, PreventionType.TERTIARY),
          List.of(PreventionType.PRIMARY, PreventionType.TERTIARY),
          List.of(PreventionType.PRIMARY, PreventionType.SECONDARY, PreventionType.TERTIARY));

  private static final List<ImpactBand> BANDS =
      List.of(
          ImpactBand.INSUFFICIENT_EVIDENCE,
          ImpactBand.LOW,
          ImpactBand.MODERATE,
          ImpactBand.HIGH,
          ImpactBand.NO_EFFECT,
          ImpactBand.HARMFUL);

  private static final long FIRST_DAY = LocalDate.of(2015, 1, 1).toEpochDay();
  private static final long LAST_DAY = LocalDate.of(2030, 12, 31).toEpochDay();

  /** The built-in sections that {@code text.present} requires to have words. */
  private static final List<Section> REQUIRED =
      List.of(Section.WHAT_IS_IT, Section.EFFECTIVENESS, Section.EVIDENCE_SECURITY);

  private final GeneratorConfig config;
  private final TextGenerators text;

  /**
   * The profile content is generated under; empty for the generators as they were before profiles
   * (yef, no measure named, no custom sections), whose draws stay exactly as they were.
   */
  private final Optional<Profile> profile;

  /** The scale estimates fit: the profile's, else the configuration's. */
  private final ImpactScale scale;

  /** Generators for this configuration. */
  public DocumentGenerators(GeneratorConfig config) {
    this.config = config;
    this.text = new TextGenerators(config);
    this.profile = Optional.empty();
    this.scale = config.impactScale();
  }

  /**
   * Generators of content valid under {@code profile}: estimates fit its scale (the
   * configuration's scale is not used), ratings name its measures or none, custom sections are
   * those it lists with a heading, sections it leaves out stay empty, and text avoids the built-in
   * profile's outcome words that it does not use itself ({@link ProfileGenerators#yefOutcomes()}).
   *
   * @throws IllegalArgumentException if no content can be valid: the profile leaves out a section
   *     that {@code text.present} requires, and does not turn that rule off
   */
  public DocumentGenerators(GeneratorConfig config, Profile profile) {
    this.config = config;
    this.text = new TextGenerators(config, avoidedUnder(profile));
    this.profile = Optional.of(profile);
    this.scale = profile.impactScale();
    if (!profile.rules().isOff(RuleIds.TEXT_PRESENT)) {
      for (Section section : REQUIRED) {
        if (!profile.sections().contains(section.id())) {
          throw new IllegalArgumentException(
              "No content is valid under profile "
                  + profile.name()
                  + ": it leaves out the section "
                  + section.id()
                  + ", which the rule "
                  + RuleIds.TEXT_PRESENT
                  + " requires. List the section, or turn the rule off.");
        }
      }
    }
  }

  private static Set<String> avoidedUnder(Profile profile) {
    Set<String> avoided = new HashSet<>(ProfileGenerators.yefOutcomes());
    for (Measure m : profile.measures()) {
      avoided.remove(m.outcome());
    }
    return avoided;
  }

  /** The profile content is generated under, if one was given. */
  public Optional<Profile> profile() {
    return profile;
  }

  /** The text generators of the same configuration. */
  public TextGenerators text() {
    return text;
  }

  /** The configuration. */
  public GeneratorConfig config() {
    return config;
  }

  /** Valid ids: one to four slug words joined by hyphens. */
  public Gen<String> ids() {
    return Gens.listOf(Gens.pick(Words.SLUG), 1, 4)
        .map(parts -> TextGenerators.joinWithin(parts, MAX_ID - 4).replace(' ', '-'));
  }

  /** Impact bands, shrinking towards insufficient evidence. */
  public Gen<ImpactBand> bands() {
    return Gens.pick(BANDS);
  }

  /** An estimate inside {@code band} under the configured scale; {@code band} must be rated. */
  public Gen<BigDecimal> estimates(ImpactBand band) {
    return estimates(scale, band);
  }

  /** An estimate inside a rated band under a scale, in tenths of a percent. */
  public static Gen<BigDecimal> estimates(ImpactScale scale, ImpactBand band) {
    long low;
    long high;
    switch (band) {
      case HIGH -> {
        low = ceilTenths(scale.highFrom());
        high = low + 700;
      }
      case MODERATE -> {
        low = ceilTenths(scale.moderateFrom());
        high = ceilTenths(scale.highFrom()) - 1;
      }
      case LOW -> {
        low = ceilTenths(scale.lowFrom());
        high = ceilTenths(scale.moderateFrom()) - 1;
      }
      case NO_EFFECT -> {
        low = floorTenths(scale.harmfulTo()) + 1;
        high = ceilTenths(scale.lowFrom()) - 1;
      }
      case HARMFUL -> {
        high = floorTenths(scale.harmfulTo());
        low = high - 500;
      }
      default -> throw new IllegalArgumentException(band + " carries no estimate");
    }
    if (low > high) {
      // Thresholds closer than a tenth: the band's own lower threshold is always inside it.
      BigDecimal only = band == ImpactBand.HARMFUL ? scale.harmfulTo() : lowerThreshold(scale, band);
      return Generate.constant(only);
    }
    Gen<Long> tenths = Generate.longRange(low, high);
    Gen<Integer> whole = Generate.range(0, 2);
    long lo = low;
    long hi = high;
    return in -> {
      long t = tenths.generate(in);
      // Two draws in three are whole percentages, as published figures mostly are.
      if (whole.generate(in) < 2) {
        long rounded = Math.round(t / 10.0) * 10;
        if (rounded >= lo && rounded <= hi) {
          t = rounded;
        }
      }
      return BigDecimal.valueOf(t, 1);
    };
  }

  private static BigDecimal lowerThreshold(ImpactScale scale, ImpactBand band) {
    return switch (band) {
      case HIGH -> scale.highFrom();
      case MODERATE -> scale.moderateFrom();
      case LOW -> scale.lowFrom();
      default -> scale.harmfulTo().add(scale.lowFrom()).divide(BigDecimal.valueOf(2));
    };
  }

  private static long ceilTenths(BigDecimal value) {
    return value.movePointRight(1).setScale(0, java.math.RoundingMode.CEILING).longValueExact();
  }

  private static long floorTenths(BigDecimal value) {
    return value.movePointRight(1).setScale(0, java.math.RoundingMode.FLOOR).longValueExact();
  }

  /**
   * Impact ratings whose estimate, if any, fits the band; under a profile, half of them name one of
   * its measures (shrinking towards none: the profile's first).
   */
  public Gen<ImpactRating> impactRatings() {
    Gen<ImpactBand> band = bands();
    Gen<Integer> withEstimate = presence(Part.ESTIMATE);
    Optional<Gen<Optional<String>>> measure = profile.map(DocumentGenerators::measureIds);
    return in -> {
      ImpactBand b = band.generate(in);
      ImpactRating.Builder r = ImpactRating.builder().band(b);
      if (b.isRated() && withEstimate.generate(in) == 1) {
        r.estimate(estimates(b).generate(in));
      }
      if (measure.isPresent()) {
        measure.get().generate(in).ifPresent(r::measure);
      }
      return r.build();
    };
  }

  /** No measure (the default) or one of the profile's, by id. */
  private static Gen<Optional<String>> measureIds(Profile profile) {
    List<String> ids = new ArrayList<>();
    for (Measure m : profile.measures()) {
      ids.add(m.id());
    }
    return Gens.optional(Gens.pick(ids));
  }

  /** Evidence ratings that raise no warning for {@code band}. */
  public static Gen<EvidenceRating> evidenceFor(ImpactBand band) {
    return switch (band) {
      case INSUFFICIENT_EVIDENCE -> Generate.enumValues(EvidenceRating.class);
      case HIGH, HARMFUL -> Gens.pick(
          List.of(EvidenceRating.MODERATE, EvidenceRating.HIGH, EvidenceRating.VERY_HIGH));
      default -> Gens.pick(
          List.of(
              EvidenceRating.VERY_LOW,
              EvidenceRating.LOW,
              EvidenceRating.MODERATE,
              EvidenceRating.HIGH,
              EvidenceRating.VERY_HIGH));
    };
  }

  /** 1 when a part is present in this example, 0 when not, shrinking towards 0. */
  private Gen<Integer> presence(Part part) {
    if (!config.includes(part)) {
      return Generate.constant(0);
    }
    return config.requires(part) ? Generate.constant(1) : Generate.range(0, 1);
  }

  private int minimum(Part part) {
    return config.requires(part) ? 1 : 0;
  }

  private int maximum(Part part, int max) {
    return config.includes(part) ? Math.max(max, minimum(part)) : 0;
  }

  /** Implementation tips with distinct titles. */
  public Gen<ImplementationTip> tips() {
    Gen<String> title = text.line(8, 80);
    Gen<RichText> body = text.richText();
    return in -> ImplementationTip.of(title.generate(in), body.generate(in));
  }

  /** Resources with an optional description and address. */
  public Gen<Resource> resources() {
    Gen<String> title = text.line(10, 120);
    Gen<Integer> described = presence(Part.RESOURCE_DESCRIPTION);
    Gen<Integer> located = presence(Part.RESOURCE_URL);
    Gen<String> description = text.line(20, 200).map(s -> s + ".");
    Gen<URI> url = text.urls();
    return in -> {
      Resource.Builder r = Resource.builder().title(title.generate(in));
      if (described.generate(in) == 1) {
        r.description(description.generate(in));
      }
      if (located.generate(in) == 1) {
        r.url(url.generate(in));
      }
      return r.build();
    };
  }

  /** A toolkit's source: a title, and an address most of the time. */
  private Gen<Resource> sources() {
    Gen<String> title = text.line(10, 120);
    Gen<Integer> located = Generate.range(0, 3);
    Gen<URI> url = text.urls();
    return in -> {
      Resource.Builder r = Resource.builder().title(title.generate(in));
      if (located.generate(in) > 0) {
        r.url(url.generate(in));
      }
      return r.build();
    };
  }

  /** Valid interventions using the built-in settings and sectors. */
  public Gen<Intervention> interventions() {
    return interventions(Setting.builtIns(), Sector.builtIns());
  }

  /** Valid interventions whose settings and sectors come from these vocabularies. */
  public Gen<Intervention> interventions(List<Setting> knownSettings, List<Sector> knownSectors) {
    Gen<String> id = ids();
    Gen<String> title = text.line(8, MAX_TITLE);
    Gen<String> summary = text.line(20, MAX_SUMMARY - 1).map(s -> s + ".");
    Gen<ImpactRating> impact = impactRatings();
    Gen<CostRating> cost = Generate.enumValues(CostRating.class);
    Gen<Optional<Integer>> studies = optionalOf(Part.STUDY_COUNT, Generate.range(0, 250));
    Gen<List<PreventionType>> prevention = Gens.pick(PREVENTION_TYPES);
    Gen<List<Setting>> settings =
        Gens.distinctListOf(Gens.pick(knownSettings), Setting::code, 1, 3);
    Gen<List<Sector>> sectors =
        Gens.distinctListOf(
            Gens.pick(knownSectors), Sector::code, minimum(Part.SECTORS),
            maximum(Part.SECTORS, 3));
    Gen<RichText> section = text.richText();
    Gen<Optional<RichText>> costDetails =
        shown(Section.COST) ? optionalOf(Part.COST_DETAILS, section) : Generate.constant(Optional.empty());
    Gen<Optional<RichText>> topicSummary =
        shown(Section.TOPIC_SUMMARY)
            ? optionalOf(Part.TOPIC_SUMMARY, section)
            : Generate.constant(Optional.empty());
    Gen<List<ImplementationTip>> tips =
        shown(Section.IMPLEMENTATION)
            ? Gens.distinctListOf(
                tips(), t -> normalised(t.title()), minimum(Part.IMPLEMENTATION),
                maximum(Part.IMPLEMENTATION, config.maxTips()))
            : Generate.constant(List.of());
    Gen<List<Resource>> resources =
        shown(Section.FURTHER_READING)
            ? Gens.listOf(
                resources(), minimum(Part.RESOURCES), maximum(Part.RESOURCES, config.maxResources()))
            : Generate.constant(List.of());
    Gen<Map<String, RichText>> customSections = customSections(section);
    Gen<List<String>> related =
        Gens.distinctListOf(ids(), s -> s, minimum(Part.RELATED), maximum(Part.RELATED, config.maxRelated()));
    Gen<Optional<LocalDate>> updated =
        optionalOf(Part.LAST_UPDATED, Generate.longRange(FIRST_DAY, LAST_DAY).map(LocalDate::ofEpochDay));
    return in -> {
      String slug = id.generate(in);
      ImpactRating rating = impact.generate(in);
      Intervention.Builder b =
          Intervention.builder()
              .id(slug)
              .title(title.generate(in))
              .summary(summary.generate(in))
              .impact(rating)
              .evidence(evidenceFor(rating.band()).generate(in))
              .cost(cost.generate(in))
              .preventionTypes(prevention.generate(in))
              .settings(settings.generate(in))
              .sectors(sectors.generate(in));
      for (Section required : REQUIRED) {
        // Under a profile that leaves a required section out (with text.present off), it stays empty.
        if (shown(required)) {
          RichText words = section.generate(in);
          switch (required) {
            case WHAT_IS_IT -> b.whatIsIt(words);
            case EFFECTIVENESS -> b.effectiveness(words);
            default -> b.evidenceSecurity(words);
          }
        }
      }
      studies.generate(in).ifPresent(b::studyCount);
      // One entry in eight is headline-only; half of those leave out what such an entry may.
      if (Gens.index(in, 8) == 0) {
        b.headlineOnly(true);
        if (Gens.index(in, 2) == 0) {
          b.preventionTypes(List.of()).settings(List.of());
        }
      }
      if (profile.isPresent()) {
        withoutWhatRulesOffAllow(b, in);
      }
      costDetails.generate(in).ifPresent(b::costDetails);
      b.implementation(tips.generate(in));
      topicSummary.generate(in).ifPresent(b::topicSummary);
      b.sections(customSections.generate(in));
      b.resources(resources.generate(in));
      b.related(related.generate(in).stream().filter(r -> !r.equals(slug)).toList());
      updated.generate(in).ifPresent(b::lastUpdated);
      return UniqueUrls.apply(b.build());
    };
  }

  /** Whether the profile's order shows a built-in section (always, without a profile). */
  private boolean shown(Section section) {
    return profile.map(p -> p.sections().contains(section.id())).orElse(true);
  }

  /**
   * Custom sections: each id the profile lists that is not built in and has a heading label,
   * present half the time (shrinking towards absent), in the profile's order.
   */
  private Gen<Map<String, RichText>> customSections(Gen<RichText> section) {
    if (profile.isEmpty()) {
      return Generate.constant(Map.of());
    }
    List<String> ids = new ArrayList<>();
    for (String id : profile.get().sections()) {
      if (Section.byId(id).isEmpty() && profile.get().labels().containsKey(Section.labelKey(id))) {
        ids.add(id);
      }
    }
    return in -> {
      Map<String, RichText> out = new LinkedHashMap<>();
      for (String id : ids) {
        if (Gens.index(in, 2) == 1) {
          out.put(id, section.generate(in));
        }
      }
      return out;
    };
  }

  /**
   * Under a profile that turns {@code prevention.present} or {@code setting.present} off, one
   * entry in four leaves out the prevention types or the settings, as such a toolkit may.
   */
  private void withoutWhatRulesOffAllow(Intervention.Builder b, RandomnessSource in) {
    RuleSettings rules = profile.orElseThrow().rules();
    if (rules.isOff(RuleIds.PREVENTION_PRESENT) && Gens.index(in, 4) == 3) {
      b.preventionTypes(List.of());
    }
    if (rules.isOff(RuleIds.SETTING_PRESENT) && Gens.index(in, 4) == 3) {
      b.settings(List.of());
    }
  }

  private <T> Gen<Optional<T>> optionalOf(Part part, Gen<T> value) {
    Gen<Integer> present = presence(part);
    return in -> present.generate(in) == 1 ? Optional.of(value.generate(in)) : Optional.empty();
  }

  /** A title as {@code tips.unique} might compare it: case and spacing ignored. */
  static String normalised(String title) {
    return Normalizer.normalize(title, Normalizer.Form.NFC)
        .strip()
        .replaceAll("\\s+", " ")
        .toLowerCase(Locale.ROOT);
  }

  /**
   * Valid toolkits: distinct ids, related ids that resolve to other interventions, settings and
   * sectors from the built-in and declared vocabularies.
   */
  public Gen<Toolkit> toolkits() {
    Gen<String> title = text.line(6, 80);
    Gen<List<String[]>> declaredSettings =
        Gens.distinctListOf(
            Gens.pick(Words.DECLARED_SETTINGS), s -> s[0], minimum(Part.DECLARED_VOCABULARY),
            maximum(Part.DECLARED_VOCABULARY, config.maxDeclaredVocabulary()));
    Gen<List<String[]>> declaredSectors =
        Gens.distinctListOf(
            Gens.pick(Words.DECLARED_SECTORS), s -> s[0], minimum(Part.DECLARED_VOCABULARY),
            maximum(Part.DECLARED_VOCABULARY, config.maxDeclaredVocabulary()));
    Gen<Integer> count = Generate.range(0, config.maxInterventions());
    Gen<Integer> relatedCount = Generate.range(minimum(Part.RELATED), maximum(Part.RELATED, config.maxRelated()));
    Gen<Optional<RichText>> about = Gens.optional(text.richText());
    Gen<Optional<Resource>> source = Gens.optional(sources());
    return in -> {
      List<Setting> settings =
          declaredSettings.generate(in).stream().map(s -> Setting.of(s[0], s[1])).toList();
      List<Sector> sectors =
          declaredSectors.generate(in).stream().map(s -> Sector.of(s[0], s[1])).toList();
      Toolkit vocabulary = Toolkit.builder().title("").settings(settings).sectors(sectors).build();
      Gen<Intervention> intervention =
          interventions(vocabulary.knownSettings(), vocabulary.knownSectors());
      int n = count.generate(in);
      List<Intervention> drafts = new ArrayList<>(n);
      Set<String> ids = new HashSet<>();
      for (int i = 0; i < n; i++) {
        Intervention draft = intervention.generate(in);
        drafts.add(Intervention.builder().from(draft).id(uniqueId(draft.id(), ids)).build());
      }
      List<Intervention> interventions = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        interventions.add(withRelated(drafts, i, relatedCount, in));
      }
      Toolkit.Builder t =
          Toolkit.builder()
              .title(title.generate(in))
              .settings(settings)
              .sectors(sectors)
              .interventions(interventions);
      if (profile.isPresent()) {
        t.profile(profile.get());
        about.generate(in).ifPresent(t::about);
        source.generate(in).ifPresent(t::source);
      }
      return t.build();
    };
  }

  /** {@code id}, or {@code id-2}, {@code id-3} … when taken; records the result as taken. */
  static String uniqueId(String id, Set<String> taken) {
    String candidate = id;
    for (int n = 2; !taken.add(candidate); n++) {
      candidate = id + "-" + n;
    }
    return candidate;
  }

  private static Intervention withRelated(
      List<Intervention> all, int self, Gen<Integer> relatedCount, RandomnessSource in) {
    Intervention me = all.get(self);
    List<String> related = new ArrayList<>();
    if (all.size() > 1) {
      int wanted = relatedCount.generate(in);
      for (int k = 0; k < wanted; k++) {
        String other = all.get(Gens.index(in, all.size())).id();
        if (!other.equals(me.id()) && !related.contains(other)) {
          related.add(other);
        }
      }
    }
    return Intervention.builder().from(me).related(related).build();
  }
}
