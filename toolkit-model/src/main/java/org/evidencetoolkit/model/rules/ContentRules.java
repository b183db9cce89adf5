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
import org.evidencetoolkit.model.Sector;
import org.evidencetoolkit.model.Setting;
import org.evidencetoolkit.model.Toolkit;

/**
 * An ordered set of {@link ContentRule}s, one per id, with the {@link ImpactScale} they judge
 * estimates by. Immutable: {@link #with}, {@link #without} and {@link #withImpactScale} return new
 * sets.
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
      new ContentRules(DefaultRules.all(), ImpactScale.defaults());

  private final Map<String, ContentRule> rules;
  private final ImpactScale impactScale;

  /** The context of {@link #validate(Intervention)}: immutable, so built once and shared. */
  private final RuleContext builtInContext;

  private ContentRules(List<ContentRule> rules, ImpactScale impactScale) {
    Map<String, ContentRule> byId = new LinkedHashMap<>();
    for (ContentRule rule : rules) {
      byId.put(rule.id(), rule);
    }
    this.rules = Collections.unmodifiableMap(byId);
    this.impactScale = impactScale;
    this.builtInContext = context(Setting.builtIns(), Sector.builtIns());
  }

  /** Every rule of the specification, judged by {@link ImpactScale#defaults()}. */
  public static ContentRules defaults() {
    return DEFAULTS;
  }

  /**
   * Exactly these rules, judged by {@link ImpactScale#defaults()}; a later rule replaces an earlier
   * one with the same id in its place.
   */
  public static ContentRules of(ContentRule... rules) {
    return new ContentRules(Arrays.asList(rules), ImpactScale.defaults());
  }

  /** The rules, in the order they run. */
  public List<ContentRule> rules() {
    return List.copyOf(rules.values());
  }

  /** The rule with this id. */
  public Optional<ContentRule> rule(String id) {
    return Optional.ofNullable(rules.get(id));
  }

  /** The scale estimates are judged by. */
  public ImpactScale impactScale() {
    return impactScale;
  }

  /**
   * These rules plus {@code rule}. A rule with the same id is replaced in its place, so a house
   * version of a default rule runs where the default did; a new id runs last.
   */
  public ContentRules with(ContentRule rule) {
    List<ContentRule> next = new ArrayList<>(rules.values());
    next.add(rule); // the constructor keeps the first position of an id and the last rule for it
    return new ContentRules(next, impactScale);
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
    return new ContentRules(next, impactScale);
  }

  /** These rules judging estimates by another scale. */
  public ContentRules withImpactScale(ImpactScale scale) {
    return new ContentRules(List.copyOf(rules.values()), scale);
  }

  /**
   * Validates one intervention against the built-in settings and sectors. Violations come rule by
   * rule in {@linkplain #rules() rule order}, each rule's in document order. Rules that need a
   * whole toolkit ({@link ContentRule#checkToolkit}) do not run.
   */
  public ValidationReport validate(Intervention intervention) {
    List<Violation> found = new ArrayList<>();
    for (ContentRule rule : rules.values()) {
      check(rule, intervention, builtInContext, found);
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
    RuleContext context = context(toolkit.knownSettings(), toolkit.knownSectors());
    List<Violation> found = new ArrayList<>();
    List<Intervention> interventions = toolkit.interventions();
    for (int n = 0; n < interventions.size(); n++) {
      Intervention intervention = interventions.get(n);
      String prefix = "/interventions/" + n;
      for (ContentRule rule : rules.values()) {
        for (Violation v : rule.check(intervention, context)) {
          found.add(
              Violation.builder()
                  .from(v)
                  .path(prefix + v.path())
                  .interventionId(intervention.id())
                  .build());
        }
      }
    }
    for (ContentRule rule : rules.values()) {
      found.addAll(rule.checkToolkit(toolkit, context));
    }
    return ValidationReport.of(found);
  }

  /**
   * Adds what {@code rule} finds in {@code intervention}. A default rule adds straight to {@code
   * found}, saving the list {@link ContentRule#check} would build and copy; any other rule is asked
   * through {@link ContentRule#check}.
   */
  private static void check(
      ContentRule rule, Intervention intervention, RuleContext context, List<Violation> found) {
    if (rule instanceof DefaultContentRule defaultRule) {
      defaultRule.find(intervention, context, found);
    } else {
      found.addAll(rule.check(intervention, context));
    }
  }

  private RuleContext context(List<Setting> settings, List<Sector> sectors) {
    return RuleContext.builder()
        .impactScale(impactScale)
        .knownSettings(settings)
        .knownSectors(sectors)
        .build();
  }

  @Override
  public String toString() {
    return "ContentRules" + rules.keySet() + " by " + impactScale.version();
  }
}
