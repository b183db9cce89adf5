package org.evidencetoolkit.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
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

  private static final Labels DEFAULTS = new Labels(Map.of(), Map.of(), Map.of());

  /**
   * Words shipped beside the bundle for keys it lacks (a static site's furniture, {@link
   * #withDefaults(Map)}): part of the bottom layer, under the profile's and the application's.
   */
  private final Map<String, String> moreDefaults;

  /** The profile layer: the profile's language (when not the shipped one) and its labels. */
  private final Map<String, String> profileLabels;

  /** The application layer: every key the application set, on top of the rest. */
  private final Map<String, String> applicationLabels;

  /** All three layers merged: what the renderers read. */
  private final Map<String, String> labels;

  private final Locale locale;
  private final DateTimeFormatter dateFormat;

  private Labels(
      Map<String, String> moreDefaults,
      Map<String, String> profileLabels,
      Map<String, String> applicationLabels) {
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
   * @throws IllegalArgumentException if the bundle's {@code date.pattern} is not a date pattern
   */
  public static Labels of(ResourceBundle bundle) {
    Map<String, String> set = read(bundle);
    set.entrySet().removeIf(e -> e.getValue().equals(BUILT_IN.get(e.getKey())));
    return new Labels(Map.of(), Map.of(), set);
  }

  /**
   * These labels with one changed or added by the application: it stays on top of any profile
   * these labels are put {@linkplain #under(Profile) under}.
   *
   * @throws IllegalArgumentException if {@code key} is {@code date.pattern} and {@code value} is
   *     not a date pattern
   */
  public Labels with(String key, String value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    Map<String, String> next = new HashMap<>(applicationLabels);
    next.put(key, value);
    return new Labels(moreDefaults, profileLabels, next);
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
    if (layer.equals(profileLabels)) {
      return this;
    }
    try {
      return new Labels(moreDefaults, layer, applicationLabels);
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
   *     changed in a profile or with {@link #with(String, String)}, not here)
   */
  public Labels withDefaults(Map<String, String> defaults) {
    for (String key : defaults.keySet()) {
      if (BUILT_IN.containsKey(key)) {
        throw new IllegalArgumentException(
            "Label '" + key + "' is already shipped; change it with a profile or Labels.with, not withDefaults");
      }
    }
    Map<String, String> next = new HashMap<>(moreDefaults);
    next.putAll(defaults);
    return new Labels(next, profileLabels, applicationLabels);
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
    return text("band." + kebab(band.name()));
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
    return text("prevention." + kebab(type.name()));
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

  private static String kebab(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', '-');
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

  /** Equal when every layer is: the same words now, and under any profile. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Labels other
        && moreDefaults.equals(other.moreDefaults)
        && profileLabels.equals(other.profileLabels)
        && applicationLabels.equals(other.applicationLabels);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * moreDefaults.hashCode() + profileLabels.hashCode()) + applicationLabels.hashCode();
  }

  @Override
  public String toString() {
    return "Labels[" + languageTag() + ", " + labels.size() + " keys]";
  }
}
