package org.evidencetoolkit.testing.internal;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evidencetoolkit.model.EvidenceRating;
import org.evidencetoolkit.model.ImpactBand;
import org.evidencetoolkit.model.ImpactRating;
import org.evidencetoolkit.model.ImplementationTip;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.PreventionType;
import org.evidencetoolkit.model.Profile;
import org.evidencetoolkit.model.Resource;
import org.evidencetoolkit.model.Sector;
import org.evidencetoolkit.model.Setting;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.model.rules.RuleIds;
import org.evidencetoolkit.model.text.Link;
import org.evidencetoolkit.model.text.Paragraph;
import org.evidencetoolkit.model.text.RichText;
import org.evidencetoolkit.model.text.Text;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Turns valid documents into documents that break exactly one default content rule. Each breaker
 * changes as little as it can and keeps every other rule satisfied: for example a title made
 * longer than 100 characters uses plain English words so that it breaks {@code text.length} and not
 * {@code text.clean}, and a title given a trailing space is first shortened so that it stays within
 * {@code text.length}.
 */
public final class RuleBreakers {
  /** Ids of the rules that only a whole toolkit can break. */
  public static final Set<String> TOOLKIT_RULES = Set.of(RuleIds.TOOLKIT_UNIQUE_IDS);

  /** Control characters that {@code text.clean} refuses anywhere. */
  private static final List<String> CONTROLS =
      List.of("\u0007", "\u0000", "\u001B", "\u007F", "\u0008");

  /** Addresses that are not absolute http, https (with a host) or mailto. */
  private static final List<URI> BAD_URLS =
      List.of(
          URI.create("javascript:alert(1)"),
          URI.create("ftp://example.org/file.txt"),
          URI.create("/relative/path"),
          URI.create("relative/page.html"),
          URI.create("data:text/html,hello"),
          URI.create("file:///etc/passwd"),
          URI.create("http:///no-host"),
          URI.create("//example.org/protocol-relative"),
          URI.create("vbscript:msgbox(1)"),
          URI.create("tel:+441234567890"));

  private interface Breaker {
    Intervention apply(Intervention valid, RandomnessSource in);
  }

  private final DocumentGenerators documents;
  private final Map<String, Breaker> breakers = new LinkedHashMap<>();

  /** Breakers that draw replacement content from these generators. */
  public RuleBreakers(DocumentGenerators documents) {
    this.documents = documents;
    breakers.put(RuleIds.ID_FORMAT, this::breakIdFormat);
    breakers.put(RuleIds.TEXT_PRESENT, this::breakTextPresent);
    breakers.put(RuleIds.TEXT_LENGTH, this::breakTextLength);
    breakers.put(RuleIds.TEXT_CLEAN, this::breakTextClean);
    breakers.put(RuleIds.IMPACT_ESTIMATE_MATCHES_BAND, this::breakEstimateMatchesBand);
    breakers.put(RuleIds.IMPACT_INSUFFICIENT_HAS_NO_ESTIMATE, this::breakInsufficientHasNoEstimate);
    breakers.put(RuleIds.IMPACT_EVIDENCE_NOT_RATED, this::breakEvidenceNotRated);
    breakers.put(RuleIds.IMPACT_HIGH_ON_WEAK_EVIDENCE, this::breakHighOnWeakEvidence);
    breakers.put(RuleIds.IMPACT_MEASURE_KNOWN, this::breakMeasureKnown);
    breakers.put(RuleIds.PREVENTION_PRESENT, this::breakPreventionPresent);
    breakers.put(RuleIds.SETTING_PRESENT, this::breakSettingPresent);
    breakers.put(RuleIds.SETTING_KNOWN, this::breakSettingKnown);
    breakers.put(RuleIds.SECTOR_KNOWN, this::breakSectorKnown);
    breakers.put(RuleIds.SECTION_KNOWN, this::breakSectionKnown);
    breakers.put(RuleIds.TIPS_UNIQUE, this::breakTipsUnique);
    breakers.put(RuleIds.LINK_SCHEME, this::breakLinkScheme);
    breakers.put(RuleIds.RESOURCE_DUPLICATE, this::breakResourceDuplicate);
    breakers.put(RuleIds.TOOLKIT_RELATED_RESOLVES, this::breakRelatedOfOne);
  }

  /**
   * The rules {@link #interventionsBreaking} can break: every default rule that looks at one
   * intervention, in the order the rules run.
   */
  public Set<String> interventionRuleIds() {
    return Collections.unmodifiableSet(new LinkedHashSet<>(breakers.keySet()));
  }

  /** The rules that only a whole toolkit can break, through {@link #toolkitsBreaking} alone. */
  public Set<String> toolkitRuleIds() {
    return TOOLKIT_RULES;
  }

  /** Every rule id a breaker exists for, in the order the default rules run. */
  public Set<String> ruleIds() {
    Set<String> ids = new LinkedHashSet<>();
    for (String id : RuleIds.all()) {
      if (breakers.containsKey(id) || TOOLKIT_RULES.contains(id)) {
        ids.add(id);
      }
    }
    return Collections.unmodifiableSet(ids);
  }

  /** Interventions that break exactly {@code ruleId}, which must be an intervention rule. */
  public Gen<Intervention> interventionsBreaking(String ruleId) {
    Breaker breaker = interventionBreaker(ruleId);
    Gen<Intervention> valid = documents.interventions();
    return in -> breaker.apply(valid.generate(in), in);
  }

  private Breaker interventionBreaker(String ruleId) {
    if (TOOLKIT_RULES.contains(ruleId)) {
      throw new IllegalArgumentException(
          ruleId + " checks a whole toolkit; use Generators.toolkitsBreaking(\"" + ruleId + "\")");
    }
    Breaker breaker = breakers.get(ruleId);
    if (breaker == null) {
      throw new IllegalArgumentException(
          "No generator breaks rule \"" + ruleId + "\"; known rules: " + ruleIds());
    }
    return breaker;
  }

  /**
   * Toolkits that break exactly {@code ruleId}: a toolkit rule across interventions, or an
   * intervention rule in one added intervention.
   */
  public Gen<Toolkit> toolkitsBreaking(String ruleId) {
    Gen<Toolkit> valid = documents.toolkits();
    if (ruleId.equals(RuleIds.TOOLKIT_UNIQUE_IDS)) {
      return in -> breakUniqueIds(valid.generate(in), in);
    }
    if (ruleId.equals(RuleIds.TOOLKIT_RELATED_RESOLVES)) {
      return in -> breakRelatedResolves(valid.generate(in), in);
    }
    Breaker breaker = interventionBreaker(ruleId);
    return in -> {
      Toolkit toolkit = valid.generate(in);
      Intervention fresh = validFor(toolkit).generate(in);
      Set<String> taken = ids(toolkit);
      Intervention broken = breaker.apply(fresh, in);
      broken =
          Intervention.builder()
              .from(broken)
              .id(DocumentGenerators.uniqueId(broken.id(), taken))
              .related(List.of())
              .build();
      return withAdded(toolkit, broken, in);
    };
  }

  private Gen<Intervention> validFor(Toolkit toolkit) {
    return documents.interventions(toolkit.knownSettings(), toolkit.knownSectors());
  }

  private static Set<String> ids(Toolkit toolkit) {
    Set<String> ids = new HashSet<>();
    toolkit.interventions().forEach(i -> ids.add(i.id()));
    return ids;
  }

  private static Toolkit withAdded(Toolkit toolkit, Intervention added, RandomnessSource in) {
    List<Intervention> all = new ArrayList<>(toolkit.interventions());
    all.add(Gens.index(in, all.size() + 1), added);
    return Toolkit.builder().from(toolkit).interventions(all).build();
  }

  private Toolkit breakUniqueIds(Toolkit toolkit, RandomnessSource in) {
    Toolkit base = toolkit;
    if (base.interventions().isEmpty()) {
      Intervention only =
          Intervention.builder().from(validFor(base).generate(in)).related(List.of()).build();
      base = Toolkit.builder().from(base).addIntervention(only).build();
    }
    Intervention original = base.interventions().get(Gens.index(in, base.interventions().size()));
    Intervention copy =
        Intervention.builder()
            .from(original)
            .title(documents.text().line(8, DocumentGenerators.MAX_TITLE).generate(in))
            .build();
    return withAdded(base, copy, in);
  }

  private Toolkit breakRelatedResolves(Toolkit toolkit, RandomnessSource in) {
    Set<String> taken = ids(toolkit);
    String missing = DocumentGenerators.uniqueId(documents.ids().generate(in), new HashSet<>(taken));
    if (toolkit.interventions().isEmpty()) {
      Intervention only = validFor(toolkit).generate(in);
      // The missing id must not be the intervention's own id either.
      Set<String> own = new HashSet<>(Set.of(only.id()));
      String elsewhere = DocumentGenerators.uniqueId(missing, own);
      return Toolkit.builder()
          .from(toolkit)
          .addIntervention(Intervention.builder().from(only).related(List.of(elsewhere)).build())
          .build();
    }
    List<Intervention> all = new ArrayList<>(toolkit.interventions());
    int k = Gens.index(in, all.size());
    Intervention target = all.get(k);
    List<String> related = new ArrayList<>(target.related());
    related.add(Gens.index(in, related.size() + 1), missing);
    all.set(k, Intervention.builder().from(target).related(related).build());
    return Toolkit.builder().from(toolkit).interventions(all).build();
  }

  /** On one intervention: its own id among the related ones, or a related id twice. */
  private Intervention breakRelatedOfOne(Intervention valid, RandomnessSource in) {
    List<String> related = new ArrayList<>(valid.related());
    String repeated =
        related.isEmpty() || Gens.index(in, 2) == 0
            ? valid.id()
            : related.get(Gens.index(in, related.size()));
    related.add(Gens.index(in, related.size() + 1), repeated);
    return Intervention.builder().from(valid).related(related).build();
  }

  // ---- intervention rules ----

  private Intervention breakIdFormat(Intervention valid, RandomnessSource in) {
    String id = valid.id();
    String broken =
        switch (Gens.index(in, 7)) {
          case 0 -> id.contains("-") ? id.replace('-', '_') : id + "_1";
          case 1 -> id + "-";
          case 2 -> "-" + id;
          case 3 -> id.contains("-") ? id.replaceFirst("-", "--") : id + "--1";
          case 4 -> Character.isLetter(id.charAt(0))
              ? Character.toUpperCase(id.charAt(0)) + id.substring(1)
              : "A" + id;
          case 5 -> tooLong(id);
          default -> id + "-café";
        };
    return Intervention.builder().from(valid).id(broken).build();
  }

  private static String tooLong(String id) {
    StringBuilder s = new StringBuilder(id);
    while (s.length() <= DocumentGenerators.MAX_ID) {
      s.append('-').append(id);
    }
    return s.toString();
  }

  private Intervention breakTextPresent(Intervention valid, RandomnessSource in) {
    Intervention.Builder b = Intervention.builder().from(valid);
    switch (Gens.index(in, 5)) {
      case 0 -> b.title("");
      case 1 -> b.summary("");
      case 2 -> b.whatIsIt(RichText.empty());
      case 3 -> b.effectiveness(RichText.empty());
      default -> b.evidenceSecurity(RichText.empty());
    }
    return b.build();
  }

  private Intervention breakTextLength(Intervention valid, RandomnessSource in) {
    boolean title = Gens.index(in, 2) == 0;
    int limit = title ? DocumentGenerators.MAX_TITLE : DocumentGenerators.MAX_SUMMARY;
    int target = limit + Gens.between(in, 1, 60);
    // English words only: one character is one UTF-16 unit, one code point and one grapheme.
    StringBuilder s = new StringBuilder("Too");
    Gen<String> word = Gens.pick(Words.ENGLISH);
    while (s.length() < target) {
      s.append(' ').append(word.generate(in));
    }
    String text = s.toString();
    Intervention.Builder b = Intervention.builder().from(valid);
    return (title ? b.title(text) : b.summary(text)).build();
  }

  private Intervention breakTextClean(Intervention valid, RandomnessSource in) {
    String control = Gens.pick(CONTROLS).generate(in);
    Intervention.Builder b = Intervention.builder().from(valid);
    switch (Gens.index(in, 5)) {
      case 0 -> b.title(" " + shorten(valid.title(), DocumentGenerators.MAX_TITLE - 1));
      case 1 -> b.title(shorten(valid.title(), DocumentGenerators.MAX_TITLE - 1) + " ");
      case 2 -> b.summary(insertMiddle(shorten(valid.summary(), DocumentGenerators.MAX_SUMMARY - 1), control));
      case 3 -> {
        List<org.evidencetoolkit.model.text.Block> blocks = new ArrayList<>(valid.whatIsIt().blocks());
        blocks.add(Gens.index(in, blocks.size() + 1), new Paragraph(List.of()));
        b.whatIsIt(new RichText(blocks));
      }
      default -> {
        RichText changed = RichTexts.mapFirstText(valid.effectiveness(), s -> insertMiddle(s, control));
        if (changed.equals(valid.effectiveness())) {
          changed = RichTexts.appendToFirstParagraph(valid.effectiveness(), new Text("bell" + control));
        }
        b.effectiveness(changed);
      }
    }
    return b.build();
  }

  /** Drops words from the end until {@code s} is at most {@code max} UTF-16 units long. */
  private static String shorten(String s, int max) {
    String out = s;
    while (out.length() > max) {
      int space = out.lastIndexOf(' ');
      out = space > 0 ? out.substring(0, space) : out.substring(0, max);
    }
    return out;
  }

  private static String insertMiddle(String s, String inserted) {
    int space = s.indexOf(' ');
    int at = space > 0 ? space : s.length();
    if (at > 0 && Character.isHighSurrogate(s.charAt(at - 1))) {
      at--;
    }
    return s.substring(0, at) + inserted + s.substring(at);
  }

  private static final List<ImpactBand> RATED =
      List.of(ImpactBand.LOW, ImpactBand.MODERATE, ImpactBand.HIGH, ImpactBand.NO_EFFECT, ImpactBand.HARMFUL);

  private Intervention breakEstimateMatchesBand(Intervention valid, RandomnessSource in) {
    ImpactBand declared = Gens.pick(RATED).generate(in);
    List<ImpactBand> others = RATED.stream().filter(b -> b != declared).toList();
    ImpactBand actual = Gens.pick(others).generate(in);
    BigDecimal estimate = documents.estimates(actual).generate(in);
    return Intervention.builder()
        .from(valid)
        .impact(ImpactRating.of(declared, estimate))
        .evidence(DocumentGenerators.evidenceFor(declared).generate(in))
        .build();
  }

  private Intervention breakInsufficientHasNoEstimate(Intervention valid, RandomnessSource in) {
    ImpactBand source = Gens.pick(RATED).generate(in);
    return Intervention.builder()
        .from(valid)
        .impact(ImpactRating.of(ImpactBand.INSUFFICIENT_EVIDENCE, documents.estimates(source).generate(in)))
        .build();
  }

  private Intervention breakEvidenceNotRated(Intervention valid, RandomnessSource in) {
    // Not HIGH or HARMFUL: a rule may count "not rated" as weak evidence for those bands.
    ImpactBand band =
        Gens.pick(List.of(ImpactBand.LOW, ImpactBand.MODERATE, ImpactBand.NO_EFFECT)).generate(in);
    return Intervention.builder()
        .from(valid)
        .impact(withBand(band, in))
        .evidence(EvidenceRating.NOT_RATED)
        .build();
  }

  private Intervention breakHighOnWeakEvidence(Intervention valid, RandomnessSource in) {
    ImpactBand band = Gens.pick(List.of(ImpactBand.HIGH, ImpactBand.HARMFUL)).generate(in);
    EvidenceRating weak = Gens.pick(List.of(EvidenceRating.LOW, EvidenceRating.VERY_LOW)).generate(in);
    return Intervention.builder().from(valid).impact(withBand(band, in)).evidence(weak).build();
  }

  private ImpactRating withBand(ImpactBand band, RandomnessSource in) {
    return Gens.index(in, 2) == 0
        ? ImpactRating.of(band)
        : ImpactRating.of(band, documents.estimates(band).generate(in));
  }

  /**
   * The entry as a full summary: not headline-only, with a prevention type and a setting where it
   * had none, so that emptying one list breaks only the rule about that list.
   */
  private static Intervention fullSummary(Intervention valid) {
    Intervention.Builder full = Intervention.builder().from(valid).headlineOnly(false);
    if (valid.preventionTypes().isEmpty()) {
      full.preventionTypes(List.of(PreventionType.PRIMARY));
    }
    if (valid.settings().isEmpty()) {
      full.settings(List.of(Setting.COMMUNITY));
    }
    return full.build();
  }

  private Intervention breakPreventionPresent(Intervention headlineOrFull, RandomnessSource in) {
    Intervention valid = fullSummary(headlineOrFull);
    List<PreventionType> types = new ArrayList<>(valid.preventionTypes());
    if (Gens.index(in, 2) == 0) {
      types.clear();
    } else {
      types.add(Gens.index(in, types.size() + 1), types.get(Gens.index(in, types.size())));
    }
    return Intervention.builder().from(valid).preventionTypes(types).build();
  }

  private Intervention breakSettingPresent(Intervention headlineOrFull, RandomnessSource in) {
    Intervention valid = fullSummary(headlineOrFull);
    List<Setting> settings = new ArrayList<>(valid.settings());
    if (Gens.index(in, 2) == 0) {
      settings.clear();
    } else {
      settings.add(Gens.index(in, settings.size() + 1), settings.get(Gens.index(in, settings.size())));
    }
    return Intervention.builder().from(valid).settings(settings).build();
  }

  private Intervention breakSettingKnown(Intervention valid, RandomnessSource in) {
    String[] unknown = Gens.pick(Words.UNDECLARED_SETTINGS).generate(in);
    List<Setting> settings = new ArrayList<>(valid.settings());
    settings.add(Gens.index(in, settings.size() + 1), Setting.of(unknown[0], unknown[1]));
    return Intervention.builder().from(valid).settings(settings).build();
  }

  private Intervention breakSectorKnown(Intervention valid, RandomnessSource in) {
    List<Sector> sectors = new ArrayList<>(valid.sectors());
    if (sectors.isEmpty() || Gens.index(in, 2) == 0) {
      String[] unknown = Gens.pick(Words.UNDECLARED_SECTORS).generate(in);
      sectors.add(Gens.index(in, sectors.size() + 1), Sector.of(unknown[0], unknown[1]));
    } else {
      // The same code twice is also a sector that is not properly declared.
      sectors.add(Gens.index(in, sectors.size() + 1), sectors.get(Gens.index(in, sectors.size())));
    }
    return Intervention.builder().from(valid).sectors(sectors).build();
  }

  /** The profile the documents are generated under: the built-in one unless they say otherwise. */
  private Profile profile() {
    return documents.profile().orElseGet(Profile::yef);
  }

  /**
   * The rating names a measure the profile does not declare, keeping its band and estimate (which
   * the scale still judges, so no other rule is touched). Some names are near misses of the
   * profile's own ids.
   */
  private Intervention breakMeasureKnown(Intervention valid, RandomnessSource in) {
    Profile profile = profile();
    List<String> undeclared =
        Words.UNDECLARED_MEASURES.stream().filter(id -> profile.measure(id).isEmpty()).toList();
    String measure = Gens.pick(undeclared).generate(in);
    ImpactRating rating = ImpactRating.builder().from(valid.impact()).measure(measure).build();
    return Intervention.builder().from(valid).impact(rating).build();
  }

  /**
   * A custom section the profile cannot show: an id its sections do not list (some near misses of
   * listed ids), or a built-in section's id, which belongs in the typed field instead.
   */
  private Intervention breakSectionKnown(Intervention valid, RandomnessSource in) {
    List<String> order = profile().sections();
    String id;
    if (Gens.index(in, 3) == 2) {
      id = Gens.pick(Profile.builtInSectionIds()).generate(in);
    } else {
      List<String> unlisted =
          Words.UNDECLARED_SECTIONS.stream().filter(s -> !order.contains(s)).toList();
      id = Gens.pick(unlisted).generate(in);
    }
    Map<String, RichText> sections = new LinkedHashMap<>(valid.sections());
    sections.put(id, documents.text().richText().generate(in));
    return Intervention.builder().from(valid).sections(sections).build();
  }

  private Intervention breakTipsUnique(Intervention valid, RandomnessSource in) {
    List<ImplementationTip> tips = new ArrayList<>(valid.implementation());
    if (tips.isEmpty()) {
      tips.add(documents.tips().generate(in));
    }
    String title = tips.get(Gens.index(in, tips.size())).title();
    RichText body = documents.text().richText().generate(in);
    tips.add(Gens.index(in, tips.size() + 1), ImplementationTip.of(title, body));
    return UniqueUrls.apply(Intervention.builder().from(valid).implementation(tips).build());
  }

  private Intervention breakLinkScheme(Intervention valid, RandomnessSource in) {
    URI bad = Gens.pick(BAD_URLS).generate(in);
    Intervention.Builder b = Intervention.builder().from(valid);
    switch (Gens.index(in, 3)) {
      case 0 -> {
        List<Resource> resources = new ArrayList<>(valid.resources());
        Resource broken =
            Resource.builder()
                .title(documents.text().line(6, 80).generate(in))
                .url(bad)
                .build();
        resources.add(Gens.index(in, resources.size() + 1), broken);
        b.resources(resources);
      }
      case 1 -> b.whatIsIt(RichTexts.appendToFirstParagraph(valid.whatIsIt(), link(bad, in)));
      default -> b.topicSummary(RichTexts.appendToFirstParagraph(valid.topicSummary(), link(bad, in)));
    }
    return b.build();
  }

  private Link link(URI url, RandomnessSource in) {
    return new Link(url, List.of(new Text(documents.text().words(1, 4, 40).generate(in))));
  }

  private Intervention breakResourceDuplicate(Intervention valid, RandomnessSource in) {
    List<Resource> resources = new ArrayList<>(valid.resources());
    List<URI> urls = resources.stream().flatMap(r -> r.url().stream()).toList();
    URI url;
    if (urls.isEmpty()) {
      // A fresh address, distinct from every other address in the document.
      Intervention withOne =
          UniqueUrls.apply(
              Intervention.builder()
                  .from(valid)
                  .addResource(
                      Resource.builder()
                          .title(documents.text().line(6, 80).generate(in))
                          .url(documents.text().urls().generate(in))
                          .build())
                  .build());
      resources = new ArrayList<>(withOne.resources());
      url = resources.get(resources.size() - 1).url().orElseThrow();
    } else {
      url = urls.get(Gens.index(in, urls.size()));
    }
    Resource copy =
        Resource.builder().title(documents.text().line(6, 80).generate(in)).url(url).build();
    resources.add(Gens.index(in, resources.size() + 1), copy);
    return Intervention.builder().from(valid).resources(resources).build();
  }
}
