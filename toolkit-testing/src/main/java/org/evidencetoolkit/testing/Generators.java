package org.evidencetoolkit.testing;

import java.net.URI;
import java.util.List;
import java.util.Set;
import org.evidencetoolkit.model.CostRating;
import org.evidencetoolkit.model.EvidenceRating;
import org.evidencetoolkit.model.ImpactBand;
import org.evidencetoolkit.model.ImpactRating;
import org.evidencetoolkit.model.ImplementationTip;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.LabelKeys;
import org.evidencetoolkit.model.PreventionType;
import org.evidencetoolkit.model.Profile;
import org.evidencetoolkit.model.Resource;
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
import org.evidencetoolkit.testing.internal.DocumentGenerators;
import org.evidencetoolkit.testing.internal.Descriptions;
import org.evidencetoolkit.testing.internal.HostileText;
import org.evidencetoolkit.testing.internal.ProfileGenerators;
import org.evidencetoolkit.testing.internal.RuleBreakers;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of toolkit content, for property tests of content rules, renderers and
 * anything else built on the toolkit.
 *
 * <pre>{@code
 * import static org.quicktheories.QuickTheory.qt;
 *
 * qt().forAll(Generators.interventions())
 *     .check(i -> !ContentRules.defaults().validate(i).hasErrors());
 * }</pre>
 *
 * <p><b>Three kinds of content.</b>
 *
 * <ul>
 *   <li>{@link #interventions()} and {@link #toolkits()} are <em>valid</em>: the default content
 *       rules report nothing for them, neither errors nor warnings. They cover every field, every
 *       band with an estimate that fits it, empty and full optional parts, and Unicode text.
 *   <li>{@link #interventionsBreaking(String)} and {@link #toolkitsBreaking(String)} are valid
 *       except for <em>exactly one</em> named default rule, so a test can aim at one rule.
 *   <li>{@link #hostileText()}, {@link #hostileUrls()} and {@link #hostileInterventions()} are
 *       chosen to break software (naughty strings, markup, bidi controls, astral characters,
 *       dangerous URL schemes); use them to prove that renderers and templates escape everything.
 * </ul>
 *
 * <p><b>Profiles.</b> {@link #profiles()} makes valid profiles (SPEC §11); {@link
 * #interventions(Profile)} and {@link #toolkits(Profile)} make content valid under a given profile
 * (its measures, scale, sections and rule settings). Without a profile, content is the built-in
 * profile's, exactly as before profiles existed.
 *
 * <p><b>Shrinking.</b> Every generator is built from QuickTheories' own draws, so when a property
 * fails QuickTheories shrinks the example: lists towards their minimum size, optional parts towards
 * absent, words towards plain English, bands towards "insufficient evidence". Valid documents
 * print as the toolkit's YAML in failure reports.
 *
 * <p><b>Cost.</b> The generators allocate little beyond the document they build: thousands of
 * interventions a second even on a small, busy machine, so properties can run 10,000 examples or
 * more.
 *
 * <p>Each method without a {@link GeneratorConfig} uses {@link GeneratorConfig#defaults()}.
 */
public final class Generators {
  private static final DocumentGenerators DEFAULT = new DocumentGenerators(GeneratorConfig.defaults());
  private static final RuleBreakers DEFAULT_BREAKERS = new RuleBreakers(DEFAULT);
  private static final ProfileGenerators PROFILES = new ProfileGenerators();

  private Generators() {}

  private static DocumentGenerators documents(GeneratorConfig config) {
    return config.equals(GeneratorConfig.defaults()) ? DEFAULT : new DocumentGenerators(config);
  }

  // ---- whole documents ----

  /** Interventions that every default content rule accepts without a violation. */
  public static Gen<Intervention> interventions() {
    return interventions(GeneratorConfig.defaults());
  }

  /** Interventions that every default content rule accepts, shaped by {@code config}. */
  public static Gen<Intervention> interventions(GeneratorConfig config) {
    return Descriptions.ofIntervention(documents(config).interventions());
  }

  /**
   * Interventions that break exactly one default rule: validating one reports violations of
   * {@code ruleId} and of no other rule.
   *
   * @param ruleId an id from {@link #interventionRuleIds()}
   * @throws IllegalArgumentException for an unknown id, or a toolkit rule such as {@code
   *     toolkit.unique-ids} (use {@link #toolkitsBreaking(String)})
   */
  public static Gen<Intervention> interventionsBreaking(String ruleId) {
    return Descriptions.ofIntervention(DEFAULT_BREAKERS.interventionsBreaking(ruleId));
  }

  /** Like {@link #interventionsBreaking(String)}, shaped by {@code config}. */
  public static Gen<Intervention> interventionsBreaking(String ruleId, GeneratorConfig config) {
    return Descriptions.ofIntervention(
        new RuleBreakers(documents(config)).interventionsBreaking(ruleId));
  }

  /**
   * Toolkits that every default content rule accepts: distinct ids, related ids that name other
   * interventions of the toolkit, extra settings and sectors that the toolkit declares and its
   * interventions use.
   */
  public static Gen<Toolkit> toolkits() {
    return toolkits(GeneratorConfig.defaults());
  }

  /** Valid toolkits shaped by {@code config}. */
  public static Gen<Toolkit> toolkits(GeneratorConfig config) {
    return Descriptions.ofToolkit(documents(config).toolkits());
  }

  /**
   * Toolkits that break exactly one default rule: a toolkit rule ({@code toolkit.unique-ids},
   * {@code toolkit.related-resolves}), or an intervention rule in one of its interventions.
   *
   * @param ruleId an id from {@link #breakableRuleIds()}
   * @throws IllegalArgumentException for an unknown id
   */
  public static Gen<Toolkit> toolkitsBreaking(String ruleId) {
    return Descriptions.ofToolkit(DEFAULT_BREAKERS.toolkitsBreaking(ruleId));
  }

  /** Like {@link #toolkitsBreaking(String)}, shaped by {@code config}. */
  public static Gen<Toolkit> toolkitsBreaking(String ruleId, GeneratorConfig config) {
    return Descriptions.ofToolkit(new RuleBreakers(documents(config)).toolkitsBreaking(ruleId));
  }

  // ---- profiles (SPEC §11) ----

  /**
   * Valid profiles: what {@code Profile.builder()} builds, the document format writes and reads
   * back equal, and every renderer renders with.
   *
   * <ul>
   *   <li>a kebab-case name (never {@code yef}), {@code extends: yef} half the time, a language
   *       tag such as {@code en-GB}, {@code cy} or {@code zh-Hant-TW};
   *   <li>one to four measures with distinct kebab-case ids and units; outcomes from a word list
   *       that leaves out the built-in profile's words ({@code violence}, {@code crime}); wordings
   *       with {@code {0}}, some with characters beyond ASCII ({@code "−{0} months"}, {@code ‰},
   *       arrows, a no-break space);
   *   <li>a scale with a version and strictly rising thresholds of up to two decimals;
   *   <li>a section order that is a permutation of the built-in section ids with zero to two custom
   *       ids put in anywhere;
   *   <li>labels overriding a random subset of {@link LabelKeys#builtIn()} (each keeping the
   *       placeholders of the shipped label; {@code language} a language tag, {@code date.pattern}
   *       a date pattern), and a heading {@code section.<id>} for every custom section;
   *   <li>rule settings ({@code off}, {@code warning}, {@code error}) over {@link RuleIds#all()},
   *       each rule at most once.
   * </ul>
   *
   * <p>Failures print the profile as a toolkit document that holds only it (what {@code --profile
   * FILE} reads). Shrinking goes towards one measure, the built-in section order, no labels but
   * the custom headings and no rule settings.
   */
  public static Gen<Profile> profiles() {
    return Descriptions.ofProfile(PROFILES.profiles());
  }

  /**
   * Interventions valid under {@code profile}: {@code
   * ContentRules.defaults().withProfile(profile)} reports nothing for them (no error, no warning).
   *
   * <ul>
   *   <li>estimates fit the profile's scale for their band;
   *   <li>half the ratings name one of its measures, the others none (so its first);
   *   <li>custom sections only for ids the profile lists and gives a heading label, in its order;
   *   <li>nothing in a section the profile leaves out (where {@code text.present} requires words
   *       in it, only if the profile turns that rule off);
   *   <li>when the profile turns {@code prevention.present} or {@code setting.present} off, one
   *       entry in four without prevention types or settings;
   *   <li>text never uses the built-in profile's outcome words ({@code violence}, {@code crime})
   *       unless the profile's own measures do, so a property can tell that a word in the output
   *       came from the library and not from the content.
   * </ul>
   *
   * <p>{@link #interventions()} is unchanged: it is content under the built-in profile with no
   * measure named and no custom section, exactly as before profiles existed.
   *
   * @throws IllegalArgumentException if no content can be valid under the profile: it leaves out
   *     a section that {@code text.present} requires ({@code what-is-it}, {@code effectiveness},
   *     {@code evidence-security}) and does not turn that rule off
   */
  public static Gen<Intervention> interventions(Profile profile) {
    return interventions(profile, GeneratorConfig.defaults());
  }

  /**
   * Like {@link #interventions(Profile)}, shaped by {@code config}; the estimates fit the
   * profile's scale, not {@link GeneratorConfig#impactScale()}.
   */
  public static Gen<Intervention> interventions(Profile profile, GeneratorConfig config) {
    return Descriptions.ofIntervention(new DocumentGenerators(config, profile).interventions());
  }

  /**
   * Toolkits with {@code profile} whose content is valid under it (see {@link
   * #interventions(Profile)}): validating one reports nothing. Half of them have an {@code about}
   * and half a {@code source}.
   *
   * @throws IllegalArgumentException as {@link #interventions(Profile)}
   */
  public static Gen<Toolkit> toolkits(Profile profile) {
    return toolkits(profile, GeneratorConfig.defaults());
  }

  /** Like {@link #toolkits(Profile)}, shaped by {@code config}. */
  public static Gen<Toolkit> toolkits(Profile profile, GeneratorConfig config) {
    return Descriptions.ofToolkit(new DocumentGenerators(config, profile).toolkits());
  }

  /**
   * Toolkits under generated profiles ({@link #profiles()}), each valid under its own: the
   * toolkit's {@link Toolkit#profile()} is the profile.
   */
  public static Gen<Toolkit> toolkitsUnderProfiles() {
    return Descriptions.ofToolkit(
        PROFILES.profiles().flatMap(p -> new DocumentGenerators(GeneratorConfig.defaults(), p).toolkits()));
  }

  /**
   * The default rules that {@link #interventionsBreaking(String)} can break: those that check one
   * intervention, in the order the rules run. Each can also be given to {@link
   * #toolkitsBreaking(String)}, which breaks it in one intervention of a toolkit.
   */
  public static Set<String> interventionRuleIds() {
    return DEFAULT_BREAKERS.interventionRuleIds();
  }

  /**
   * The default rules that only a whole toolkit can break ({@code toolkit.unique-ids}): give them
   * to {@link #toolkitsBreaking(String)}; {@link #interventionsBreaking(String)} refuses them.
   */
  public static Set<String> toolkitRuleIds() {
    return DEFAULT_BREAKERS.toolkitRuleIds();
  }

  /**
   * Every default rule the {@code …Breaking} generators can break, in the order the rules run:
   * {@link #interventionRuleIds()} and {@link #toolkitRuleIds()} together, which is every id {@link
   * #toolkitsBreaking(String)} accepts. To loop over {@link #interventionsBreaking(String)}, use
   * {@link #interventionRuleIds()}.
   */
  public static Set<String> breakableRuleIds() {
    return DEFAULT_BREAKERS.ruleIds();
  }

  // ---- parts of documents ----

  /** Valid intervention ids: kebab-case slugs of one to four words. */
  public static Gen<String> ids() {
    return DEFAULT.ids();
  }

  /** Every impact band. */
  public static Gen<ImpactBand> impactBands() {
    return DEFAULT.bands();
  }

  /** Impact ratings whose estimate, when present, falls in the band under the default scale. */
  public static Gen<ImpactRating> impactRatings() {
    return DEFAULT.impactRatings();
  }

  /** Impact ratings whose estimate fits the band under {@code config}'s scale. */
  public static Gen<ImpactRating> impactRatings(GeneratorConfig config) {
    return documents(config).impactRatings();
  }

  /** Every evidence rating, including not rated. */
  public static Gen<EvidenceRating> evidenceRatings() {
    return Generate.enumValues(EvidenceRating.class);
  }

  /** Every cost rating, including not rated. */
  public static Gen<CostRating> costRatings() {
    return Generate.enumValues(CostRating.class);
  }

  /** Every prevention type. */
  public static Gen<PreventionType> preventionTypes() {
    return Generate.enumValues(PreventionType.class);
  }

  /** The built-in settings. */
  public static Gen<Setting> settings() {
    return Generate.pick(Setting.builtIns());
  }

  /** The built-in sectors. */
  public static Gen<Sector> sectors() {
    return Generate.pick(Sector.builtIns());
  }

  /** One line of clean text (a title, say): no control characters, no edge white space. */
  public static Gen<String> plainText() {
    return DEFAULT.text().line(8, DocumentGenerators.MAX_TITLE);
  }

  /** Clean rich text of one or more blocks. */
  public static Gen<RichText> richText() {
    return DEFAULT.text().richText();
  }

  /** Clean rich text shaped by {@code config}. */
  public static Gen<RichText> richText(GeneratorConfig config) {
    return documents(config).text().richText();
  }

  /** Blocks: paragraphs and lists. */
  public static Gen<Block> blocks() {
    return DEFAULT.text().blocks();
  }

  /** Paragraphs. */
  public static Gen<Paragraph> paragraphs() {
    return DEFAULT.text().paragraphs();
  }

  /** Bullet lists. */
  public static Gen<BulletList> bulletLists() {
    return DEFAULT.text().bulletLists();
  }

  /** Numbered lists. */
  public static Gen<OrderedList> orderedLists() {
    return DEFAULT.text().orderedLists();
  }

  /** Inline runs: plain text, emphasis, strong emphasis, links. */
  public static Gen<Inline> inlines() {
    return DEFAULT.text().inlines();
  }

  /** Plain text runs. */
  public static Gen<Text> texts() {
    return DEFAULT.text().texts();
  }

  /** Emphasis. */
  public static Gen<Emphasis> emphases() {
    return DEFAULT.text().emphases();
  }

  /** Strong emphasis. */
  public static Gen<Strong> strongs() {
    return DEFAULT.text().strongs();
  }

  /** Links with acceptable addresses. */
  public static Gen<Link> links() {
    return DEFAULT.text().links();
  }

  /** Acceptable addresses: absolute https, http (with a host) and mailto. */
  public static Gen<URI> urls() {
    return DEFAULT.text().urls();
  }

  /** Implementation tips. */
  public static Gen<ImplementationTip> implementationTips() {
    return DEFAULT.tips();
  }

  /** Resources, with and without description and address. */
  public static Gen<Resource> resources() {
    return DEFAULT.resources();
  }

  // ---- hostile content ----

  /**
   * Strings that break software: every entry of the Big List of Naughty Strings (MIT licence,
   * shipped in this jar), HTML and attribute breakers, Markdown and YAML syntax, bidi and invisible
   * format characters, control characters, astral characters and combining marks, and ordinary
   * words mixed with them. Always well-formed UTF-16.
   */
  public static Gen<String> hostileText() {
    return HostileText.strings();
  }

  /**
   * Addresses a renderer must refuse or neutralise ({@code javascript:}, {@code data:}, relative
   * and protocol-relative forms, escaped markup), mixed with some acceptable ones.
   */
  public static Gen<URI> hostileUrls() {
    return HostileText.urls();
  }

  /**
   * Interventions that can be built but are seldom valid: hostile text in every field, hostile
   * addresses in links and resources, any ratings. For proving that renderers never throw and
   * escape everything.
   */
  public static Gen<Intervention> hostileInterventions() {
    return HostileText.interventions();
  }

  /** The Big List of Naughty Strings, in its published order. */
  public static List<String> naughtyStrings() {
    return HostileText.naughtyStrings();
  }
}
