package org.evidencetoolkit.render.labels;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.evidencetoolkit.model.CostRating;
import org.evidencetoolkit.model.EvidenceRating;
import org.evidencetoolkit.model.ImpactBand;
import org.evidencetoolkit.model.ImpactRating;
import org.evidencetoolkit.model.LabelKeys;
import org.evidencetoolkit.model.PreventionType;
import org.evidencetoolkit.model.Profile;
import org.evidencetoolkit.model.Section;
import org.evidencetoolkit.model.Sector;
import org.evidencetoolkit.model.Setting;
import org.evidencetoolkit.model.Slugs;
import org.evidencetoolkit.model.Suggestions;

/**
 * Every word a renderer shows to a reader, looked up by key, so an application can translate or
 * rephrase the output without touching a renderer.
 *
 * <p><b>Layers.</b> Labels come in three layers, each overriding the one below it key by key:
 *
 * <ol>
 *   <li>the shipped English (en-GB) bundle {@code org.evidencetoolkit.render.labels}, whose
 *       properties file lists every key ({@link LabelKeys#builtIn()} holds the same keys, with the
 *       site's);
 *   <li>a toolkit's {@link Profile}: its {@link Profile#labels() labels}, and its {@link
 *       Profile#language() language} as the {@code language} key (so a page's {@code lang}
 *       follows it), put in place by {@link #under(Profile)};
 *   <li>the labels the application passes in code: {@link #of(ResourceBundle)} and {@link
 *       #with(String, String)}.
 * </ol>
 *
 * <p>Labels remember which keys the application set, so a renderer can put the profile of the
 * toolkit it is given underneath them ({@code labels.under(toolkit.profile())}) and the
 * application's words still win. Placeholders are written {@code {0}}, {@code {1}} and are
 * replaced literally (no {@link java.text.MessageFormat} quoting rules). There are no labels for
 * an impact estimate: a profile's {@link org.evidencetoolkit.model.Measure} words it ("21% less
 * violence", "+3 months").
 *
 * <p><b>Keys.</b> The keys are part of the document format ({@link LabelKeys}): the built-in
 * keys, {@code setting.<code>} and {@code sector.<code>} for any code, and {@code section.<id>}
 * for each section of the profile these labels are {@linkplain #under(Profile) under}. Every
 * method through which an application supplies a key ({@link #with(String, String)}, {@link
 * #of(ResourceBundle)}, {@link #withDefaults(Map)}) refuses any other key with an {@link
 * IllegalArgumentException} that names it and suggests the key probably meant, so a mistyped key
 * cannot silently change nothing. To rename a custom section, start from its profile: {@code
 * Labels.forProfile(profile).with("section.behind-the-average", "Who gained most")}. {@link
 * #keys()} lists the keys these labels have a word for.
 *
 * <p>Settings and sectors are an open vocabulary: a label {@code setting.<code>} or {@code
 * sector.<code>} wins over the label the toolkit declared, and a code with no such key shows the
 * declared label. A section's heading is {@code section.<id>}, for built-in and custom sections
 * alike.
 *
 * <pre>{@code
 * Labels plain = Labels.defaults().with("band.insufficient-evidence", "Not enough evidence");
 * String page = HtmlRenderer.builder().labels(plain).build().renderPage(intervention);
 * Labels learning = plain.under(toolkit.profile());   // the profile's words, then the application's
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Labels {
  /** The base name of the shipped bundle. */
  public static final String BUNDLE = "org.evidencetoolkit.render.labels";

  private static final Map<String, String> BUILT_IN =
      Map.copyOf(read(ResourceBundle.getBundle(BUNDLE, Locale.ROOT)));

  private static final Labels DEFAULTS = new Labels(Map.of(), Map.of(), Map.of(), Set.of());

  /**
   * Words shipped beside the bundle for keys it lacks (a static site's furniture, {@link
   * #withDefaults(Map)}): part of the bottom layer, under the profile's and the application's.
   */
  private final Map<String, String> moreDefaults;

  /** The profile layer: the profile's language (when not the shipped one) and its labels. */
  private final Map<String, String> profileLabels;

  /** The application layer: every key the application set, on top of the rest. */
  private final Map<String, String> applicationLabels;

  /**
   * The ids of the custom sections of the profile these labels are under (none without one),
   * whose {@code section.<id>} keys an application may set besides the built-in ones.
   */
  private final Set<String> sectionIds;

  /** All three layers merged: what the renderers read. */
  private final Map<String, String> labels;

  private final Locale locale;
  private final DateTimeFormatter dateFormat;

  private Labels(
      Map<String, String> moreDefaults,
      Map<String, String> profileLabels,
      Map<String, String> applicationLabels,
      Set<String> sectionIds) {
    this.sectionIds = Set.copyOf(sectionIds);
    this.moreDefaults = Map.copyOf(moreDefaults);
    this.profileLabels = Map.copyOf(profileLabels);
    this.applicationLabels = Map.copyOf(applicationLabels);
    if (moreDefaults.isEmpty() && profileLabels.isEmpty() && applicationLabels.isEmpty()) {
      this.labels = BUILT_IN;
    } else {
      Map<String, String> merged = new HashMap<>(BUILT_IN);
      merged.putAll(moreDefaults);
      merged.putAll(profileLabels);
      merged.putAll(applicationLabels);
      this.labels = Map.copyOf(merged);
    }
    this.locale = Locale.forLanguageTag(text("language"));
    this.dateFormat = DateTimeFormatter.ofPattern(text("date.pattern"), locale);
  }

  /** The shipped English (en-GB) labels. */
  public static Labels defaults() {
    return DEFAULTS;
  }

  /**
   * The shipped labels with a profile's labels and language on top: {@code
   * defaults().under(profile)}.
   *
   * @throws IllegalArgumentException if the profile's {@code date.pattern} is not a date pattern
   */
  public static Labels forProfile(Profile profile) {
    return DEFAULTS.under(profile);
  }

  /**
   * The labels of an application's bundle, on top of the shipped ones (and of any profile they
   * are later put {@linkplain #under(Profile) under}); a key the bundle lacks keeps the profile's
   * or the shipped label, and keys the shipped bundle does not know (such as {@code
   * setting.<code>}) are kept.
   *
   * <p>A bundle whose parent is the shipped bundle (a translation such as {@code
   * labels_fr.properties} beside it) answers every shipped key; an entry whose value is exactly
   * the shipped English one therefore counts as not set, so that it does not hide a profile's
   * label. To insist on the shipped word over a profile's, use {@link #with(String, String)}.
   *
   * @throws IllegalArgumentException if the bundle has a key that is not a {@linkplain #keys()
   *     label key} (the message names it and suggests the key probably meant; a custom section's
   *     heading belongs in its profile's labels), or if its {@code date.pattern} is not a date
   *     pattern
   */
  public static Labels of(ResourceBundle bundle) {
    Map<String, String> set = read(bundle);
    // A bundle made in code (a ListResourceBundle) has no base name.
    String where = Optional.ofNullable(bundle.getBaseBundleName())
        .map(name -> "Labels.of(bundle " + name + ")")
        .orElse("Labels.of(bundle)");
    for (String key : new TreeSet<>(set.keySet())) {
      requireKnown(key, Set.of(), where);
    }
    set.entrySet().removeIf(e -> e.getValue().equals(BUILT_IN.get(e.getKey())));
    return new Labels(Map.of(), Map.of(), set, Set.of());
  }

  /**
   * These labels with one changed or added by the application: it stays on top of any profile
   * these labels are put {@linkplain #under(Profile) under}.
   *
   * <pre>{@code
   * Labels plain = Labels.defaults().with("band.insufficient-evidence", "Not enough evidence");
   * Labels learning = Labels.forProfile(profile).with("section.behind-the-average", "Who gained most");
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code key} is not a label key: not one of {@link
   *     LabelKeys#builtIn()}, {@code setting.<code>}, {@code sector.<code>}, or {@code
   *     section.<id>} for a section of the profile these labels are under (the message names the
   *     key and suggests the key probably meant); or if {@code key} is {@code date.pattern} and
   *     {@code value} is not a date pattern
   */
  public Labels with(String key, String value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    requireKnown(key, sectionIds, "Labels.with");
    Map<String, String> next = new HashMap<>(applicationLabels);
    next.put(key, value);
    return new Labels(moreDefaults, profileLabels, next, sectionIds);
  }

  /**
   * These labels with a profile's underneath: the shipped English, then the profile's {@link
   * Profile#labels() labels} and its {@link Profile#language() language} (as the key {@code
   * language}; a {@code language} label of the profile wins over it), then the labels the
   * application set. Replaces any profile these labels were already under. Under {@link
   * Profile#yef()} the labels are the same as without a profile.
   *
   * @throws IllegalArgumentException if the profile's {@code date.pattern} is not a date pattern
   */
  public Labels under(Profile profile) {
    Map<String, String> layer = new HashMap<>();
    if (!profile.language().equals(BUILT_IN.get("language"))) {
      layer.put("language", profile.language());
    }
    layer.putAll(profile.labels());
    // Only custom sections: a built-in section's key is a built-in key under every profile, and
    // leaving them out keeps labels under Profile.yef() equal to labels under no profile.
    Set<String> sections = new HashSet<>();
    for (String id : profile.sections()) {
      if (!BUILT_IN.containsKey(Section.labelKey(id))) {
        sections.add(id);
      }
    }
    if (layer.equals(profileLabels) && sections.equals(sectionIds)) {
      return this;
    }
    try {
      // The profile's own keys were checked when it was read or built (LabelKeys#isKnown), and
      // the application's when they were set, so nothing here is refused for its key.
      return new Labels(moreDefaults, layer, applicationLabels, sections);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Profile " + profile.name() + ": label date.pattern is not a date pattern: " + e.getMessage(), e);
    }
  }

  /**
   * These labels with more shipped words underneath: words for keys the shipped bundle does not
   * have, such as the {@code site.*} words of a static site that ships its own bundle. They join
   * the bottom layer, so a profile's labels and the application's still win over them, key by
   * key; {@link #under(Profile)} keeps them.
   *
   * <pre>{@code
   * Labels site = applicationLabels.withDefaults(Map.of("site.footer", "Made with Evidence Toolkit."));
   * }</pre>
   *
   * @throws IllegalArgumentException if a key is one the shipped bundle already has (its word is
   *     changed in a profile or with {@link #with(String, String)}, not here), or is not a label
   *     key ({@link LabelKeys#builtIn()}; the message suggests the key probably meant)
   */
  public Labels withDefaults(Map<String, String> defaults) {
    for (String key : new TreeSet<>(defaults.keySet())) {
      requireKnown(key, sectionIds, "Labels.withDefaults");
      if (BUILT_IN.containsKey(key)) {
        throw new IllegalArgumentException(
            "Label '" + key + "' is already shipped; change it with a profile or Labels.with, not withDefaults");
      }
    }
    Map<String, String> next = new HashMap<>(moreDefaults);
    next.putAll(defaults);
    return new Labels(next, profileLabels, applicationLabels, sectionIds);
  }

  /**
   * Every key these labels have a word for, in order: the shipped ones, those of {@link
   * #withDefaults(Map)}, the profile's and the application's. A renderer may still ask for a key
   * that is not here and fall back ({@link #setting(Setting)}, {@link #section(String)}).
   */
  public Set<String> keys() {
    return Collections.unmodifiableSet(new TreeSet<>(labels.keySet()));
  }

  /**
   * Refuses a key that is not a label key under a profile with these section ids, naming it, where
   * it came from, and the key probably meant.
   */
  private static void requireKnown(String key, Collection<String> sections, String where) {
    if (LabelKeys.isKnown(key, sections)) {
      return;
    }
    StringBuilder message =
        new StringBuilder("Unknown label key '").append(key).append("' in ").append(where);
    Suggestions.closest(key, LabelKeys.candidates(sections))
        .ifPresent(k -> message.append("; did you mean '").append(k).append("'?"));
    String prefix = "section.";
    if (key.startsWith(prefix) && Slugs.isSlug(key.substring(prefix.length()))) {
      message
          .append(" (no section of the profile these labels are under has id '")
          .append(key.substring(prefix.length()))
          .append("'; a custom section's heading is set on labels under its profile:")
          .append(" Labels.forProfile(profile).with(key, value))");
    }
    throw new IllegalArgumentException(message.toString());
  }

  /**
   * The labels the application set ({@link #of(ResourceBundle)}, {@link #with(String, String)}),
   * which win over a profile's and the shipped ones.
   */
  public Map<String, String> applicationLabels() {
    return applicationLabels;
  }

  /**
   * The label for a key.
   *
   * @throws IllegalArgumentException if no label has that key
   */
  public String text(String key) {
    String value = labels.get(key);
    if (value == null) {
      throw new IllegalArgumentException("No label with key '" + key + "'");
    }
    return value;
  }

  /** The label for a key, if there is one. */
  public Optional<String> find(String key) {
    return Optional.ofNullable(labels.get(key));
  }

  /**
   * The label for a key with {@code {0}}, {@code {1}} … replaced by the arguments, literally.
   *
   * @throws IllegalArgumentException if no label has that key
   */
  public String format(String key, Object... arguments) {
    String pattern = text(key);
    StringBuilder out = new StringBuilder(pattern.length() + 16);
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      if (c == '{') {
        int close = pattern.indexOf('}', i);
        if (close > i + 1) {
          String index = pattern.substring(i + 1, close);
          if (index.chars().allMatch(ch -> ch >= '0' && ch <= '9') && index.length() < 3) {
            int n = Integer.parseInt(index);
            if (n < arguments.length) {
              out.append(arguments[n]);
              i = close + 1;
              continue;
            }
          }
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  /** The language of these labels as a BCP 47 tag (key {@code language}, e.g. {@code en-GB}). */
  public String languageTag() {
    return text("language");
  }

  /** The locale of {@link #languageTag()}. */
  public Locale locale() {
    return locale;
  }

  /** A date as readers of this language write it (key {@code date.pattern}). */
  public String date(LocalDate date) {
    return dateFormat.format(date);
  }

  /** The name of an impact band, e.g. "Moderate impact". */
  public String band(ImpactBand band) {
    return text("band." + Slugs.kebab(band));
  }

  /**
   * A headline impact in words: the band, and the estimate where there is one in the words of its
   * measure under {@code profile} ({@link Profile#describe}), e.g. "Moderate impact (21% less
   * violence)" or "Moderate impact (+3 months)" (key {@code impact.with-estimate}). Every view
   * words an impact this way: the renderers, and tables of an application's own such as the
   * command line's {@code list}.
   */
  public String impact(ImpactRating rating, Profile profile) {
    String band = band(rating.band());
    if (rating.estimate().isEmpty()) {
      return band;
    }
    return format("impact.with-estimate", band, profile.describe(rating, rating.estimate().get()));
  }

  /** The word for an evidence level, e.g. "Moderate", or "Not rated". */
  public String evidence(EvidenceRating rating) {
    return rating.isRated() ? text("level." + rating.level().getAsInt()) : text("level.not-rated");
  }

  /** The word for a cost level, e.g. "Very low", or "Not rated". */
  public String cost(CostRating rating) {
    return rating.isRated() ? text("level." + rating.level().getAsInt()) : text("level.not-rated");
  }

  /** The name of a prevention type, e.g. "Secondary". */
  public String preventionType(PreventionType type) {
    return text("prevention." + Slugs.kebab(type));
  }

  /** A setting's label: {@code setting.<code>} if present, else the declared label. */
  public String setting(Setting setting) {
    return find("setting." + setting.code()).orElse(setting.label());
  }

  /** A sector's label: {@code sector.<code>} if present, else the declared label. */
  public String sector(Sector sector) {
    return find("sector." + sector.code()).orElse(sector.label());
  }

  /** The heading of a built-in section, e.g. "What is it?". */
  public String section(Section section) {
    return text(section.labelKey());
  }

  /**
   * The heading of any section by id, built in or custom: the label {@code section.<id>}, or the
   * id itself when there is no such label (the content rule {@code section.known} reports that,
   * and a section that has content is still shown under some heading).
   */
  public String section(String id) {
    return find(Section.labelKey(id)).orElse(id);
  }

  /** "1 study", "24 studies". */
  public String studies(int count) {
    return format(count == 1 ? "studies.one" : "studies.other", count);
  }

  private static Map<String, String> read(ResourceBundle bundle) {
    Map<String, String> out = new HashMap<>();
    Enumeration<String> keys = bundle.getKeys();
    while (keys.hasMoreElements()) {
      String key = keys.nextElement();
      try {
        out.put(key, bundle.getString(key));
      } catch (MissingResourceException | ClassCastException e) {
        // A non-string entry in a ListResourceBundle is not a label; leave it out.
      }
    }
    return out;
  }

  /**
   * Equal when every layer is, and the sections whose keys may be set: the same words now, and
   * under any profile.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Labels other
        && sectionIds.equals(other.sectionIds)
        && moreDefaults.equals(other.moreDefaults)
        && profileLabels.equals(other.profileLabels)
        && applicationLabels.equals(other.applicationLabels);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * (31 * moreDefaults.hashCode() + profileLabels.hashCode()) + applicationLabels.hashCode())
        + sectionIds.hashCode();
  }

  @Override
  public String toString() {
    return "Labels[" + languageTag() + ", " + labels.size() + " keys]";
  }
}
