package org.evidencetoolkit.model.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evidencetoolkit.model.ImpactScale;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Profile;
import org.evidencetoolkit.model.RuleSettings;
import org.evidencetoolkit.model.Sector;
import org.evidencetoolkit.model.Setting;
import org.evidencetoolkit.model.Toolkit;

/**
 * An ordered set of {@link ContentRule}s, one per id, with the {@link Profile} and {@link
 * ImpactScale} they judge content by. Immutable: {@link #with}, {@link #without}, {@link
 * #withProfile} and {@link #withImpactScale} return new sets.
 *
 * <p><b>Profiles.</b> The profile in force is the one given by {@link #withProfile}, else the
 * toolkit's own ({@link Toolkit#profile()}) when a toolkit is validated, else {@link
 * Profile#yef()}: what the application says in code wins over what the content says, as with
 * labels. The profile's rule settings turn rules off or change the severity of what they find; its
 * measures word every estimate a message quotes; its scale judges estimates unless {@link
 * #withImpactScale} gave another.
 *
 * <pre>{@code
 * ValidationReport report = ContentRules.defaults().validate(intervention);
 * ContentRules house = ContentRules.defaults()
 *     .without("text.length")          // drop a default
 *     .with(myRule);                   // add, or replace the rule with the same id
 * }</pre>
 */
public final class ContentRules {
  private static final ContentRules DEFAULTS =
      new ContentRules(DefaultRules.all(), Optional.empty(), Optional.empty());

  private final Map<String, ContentRule> rules;
  private final Optional<ImpactScale> impactScale;
  private final Optional<Profile> profile;

  /** The context of {@link #validate(Intervention)}: immutable, so built once and shared. */
  private final RuleContext builtInContext;

  private ContentRules(
      List<ContentRule> rules, Optional<ImpactScale> impactScale, Optional<Profile> profile) {
    Map<String, ContentRule> byId = new LinkedHashMap<>();
    for (ContentRule rule : rules) {
      byId.put(rule.id(), rule);
    }
    this.rules = Collections.unmodifiableMap(byId);
    this.impactScale = impactScale;
    this.profile = profile;
    this.builtInContext = context(profile(), Setting.builtIns(), Sector.builtIns());
  }

  /** Every rule of the specification, under the toolkit's profile or {@link Profile#yef()}. */
  public static ContentRules defaults() {
    return DEFAULTS;
  }

  /**
   * Exactly these rules, under the toolkit's profile or {@link Profile#yef()}; a later rule
   * replaces an earlier one with the same id in its place.
   */
  public static ContentRules of(ContentRule... rules) {
    return new ContentRules(Arrays.asList(rules), Optional.empty(), Optional.empty());
  }

  /** The rules, in the order they run. */
  public List<ContentRule> rules() {
    return List.copyOf(rules.values());
  }

  /** The rule with this id. */
  public Optional<ContentRule> rule(String id) {
    return Optional.ofNullable(rules.get(id));
  }

  /**
   * The scale estimates of a single intervention are judged by: the one given by {@link
   * #withImpactScale}, else the {@linkplain #profile() profile's}.
   */
  public ImpactScale impactScale() {
    return impactScale.orElseGet(() -> profile().impactScale());
  }

  /**
   * The profile a single intervention is judged under: the one given by {@link #withProfile}, else
   * {@link Profile#yef()}. A toolkit is judged under this one only when it was given; otherwise
   * under its own.
   */
  public Profile profile() {
    return profile.orElseGet(Profile::yef);
  }

  /**
   * These rules plus {@code rule}. A rule with the same id is replaced in its place, so a house
   * version of a default rule runs where the default did; a new id runs last.
   */
  public ContentRules with(ContentRule rule) {
    List<ContentRule> next = new ArrayList<>(rules.values());
    next.add(rule); // the constructor keeps the first position of an id and the last rule for it
    return new ContentRules(next, impactScale, profile);
  }

  /** These rules less the ones with the given ids; unknown ids are ignored. */
  public ContentRules without(String... ids) {
    List<String> drop = Arrays.asList(ids);
    List<ContentRule> next = new ArrayList<>();
    for (ContentRule rule : rules.values()) {
      if (!drop.contains(rule.id())) {
        next.add(rule);
      }
    }
    return new ContentRules(next, impactScale, profile);
  }

  /** These rules judging estimates by another scale, whatever the profile's. */
  public ContentRules withImpactScale(ImpactScale scale) {
    return new ContentRules(List.copyOf(rules.values()), Optional.of(scale), profile);
  }

  /**
   * These rules under a profile: its rule settings, measures, sections and (unless {@link
   * #withImpactScale} gave one) its scale, for single interventions and for every toolkit
   * whatever profile it declares.
   */
  public ContentRules withProfile(Profile profile) {
    return new ContentRules(List.copyOf(rules.values()), impactScale, Optional.of(profile));
  }

  /**
   * Validates one intervention against the built-in settings and sectors. Violations come rule by
   * rule in {@linkplain #rules() rule order}, each rule's in document order. Rules that need a
   * whole toolkit ({@link ContentRule#checkToolkit}) do not run.
   */
  public ValidationReport validate(Intervention intervention) {
    List<Violation> found = new ArrayList<>();
    RuleSettings settings = builtInContext.profile().rules();
    for (ContentRule rule : rules.values()) {
      if (settings.isOff(rule.id())) {
        continue;
      }
      int start = found.size();
      if (rule instanceof DefaultContentRule builtIn) {
        // The same violations check() would return, added straight to the report's list: no
        // list per rule and no copy of it (most rules find nothing in most documents).
        builtIn.find(intervention, builtInContext, found);
      } else {
        found.addAll(rule.check(intervention, builtInContext));
      }
      applySetting(settings, rule, found, start);
    }
    return ValidationReport.of(found);
  }

  /**
   * Validates every intervention of a toolkit against its vocabularies, then the toolkit as a
   * whole. Pointers into an intervention are prefixed with {@code /interventions/N} and carry its
   * {@linkplain Violation#interventionId() id}. Violations come intervention by intervention (rule
   * by rule within each), then the toolkit-wide ones rule by rule: the same toolkit always gives
   * the same report.
   */
  public ValidationReport validate(Toolkit toolkit) {
    Profile inForce = profile.orElseGet(toolkit::profile);
    RuleContext context = context(inForce, toolkit.knownSettings(), toolkit.knownSectors());
    RuleSettings settings = inForce.rules();
    List<Violation> found = new ArrayList<>();
    List<Intervention> interventions = toolkit.interventions();
    for (int n = 0; n < interventions.size(); n++) {
      Intervention intervention = interventions.get(n);
      String prefix = "/interventions/" + n;
      for (ContentRule rule : rules.values()) {
        if (settings.isOff(rule.id())) {
          continue;
        }
        int start = found.size();
        for (Violation v : rule.check(intervention, context)) {
          found.add(
              Violation.builder()
                  .from(v)
                  .path(prefix + v.path())
                  .interventionId(intervention.id())
                  .build());
        }
        applySetting(settings, rule, found, start);
      }
    }
    for (ContentRule rule : rules.values()) {
      if (settings.isOff(rule.id())) {
        continue;
      }
      int start = found.size();
      found.addAll(rule.checkToolkit(toolkit, context));
      applySetting(settings, rule, found, start);
    }
    return ValidationReport.of(found);
  }

  /**
   * Gives what {@code rule} just added to {@code found} (from {@code start} on) the severity the
   * profile sets for it, if it sets one.
   */
  private static void applySetting(
      RuleSettings settings, ContentRule rule, List<Violation> found, int start) {
    if (start == found.size()) {
      return;
    }
    Optional<String> setting = settings.settingOf(rule.id());
    if (setting.isEmpty()) {
      return;
    }
    Severity severity = setting.get().equals("warning") ? Severity.WARNING : Severity.ERROR;
    for (int i = start; i < found.size(); i++) {
      Violation v = found.get(i);
      if (v.severity() != severity) {
        found.set(i, Violation.builder().from(v).severity(severity).build());
      }
    }
  }

  private RuleContext context(Profile inForce, List<Setting> settings, List<Sector> sectors) {
    return RuleContext.builder()
        .profile(inForce)
        .impactScale(impactScale.orElseGet(inForce::impactScale))
        .knownSettings(settings)
        .knownSectors(sectors)
        .build();
  }

  @Override
  public String toString() {
    return "ContentRules" + rules.keySet() + " by " + impactScale().version() + " under " + profile().name();
  }
}
