package org.evidencetoolkit.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import org.evidencetoolkit.model.CostRating;
import org.evidencetoolkit.model.EvidenceRating;
import org.evidencetoolkit.model.ImpactBand;
import org.evidencetoolkit.model.PreventionType;
import org.evidencetoolkit.model.Sector;
import org.evidencetoolkit.model.Setting;

/**
 * Every word a renderer shows to a reader, looked up by key in one {@link ResourceBundle}, so an
 * application can translate or rephrase the output without touching a renderer.
 *
 * <p>The shipped bundle is {@code org.evidencetoolkit.render.labels} (English, en-GB); its
 * properties file lists every key with a comment. {@link #of(ResourceBundle)} takes an
 * application's bundle, falling back to the shipped words for any key it lacks, and {@link
 * #with(String, String)} overrides one label. Placeholders are written {@code {0}}, {@code {1}}
 * and are replaced literally (no {@link java.text.MessageFormat} quoting rules).
 *
 * <p>Settings and sectors are an open vocabulary: a label {@code setting.<code>} or {@code
 * sector.<code>} wins over the label the toolkit declared, and a code with no such key shows the
 * declared label.
 *
 * <pre>{@code
 * Labels plain = Labels.defaults().with("band.insufficient-evidence", "Not enough evidence");
 * String page = HtmlRenderer.builder().labels(plain).build().renderPage(intervention);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Labels {
  /** The base name of the shipped bundle. */
  public static final String BUNDLE = "org.evidencetoolkit.render.labels";

  private static final Labels DEFAULTS = new Labels(read(ResourceBundle.getBundle(BUNDLE, Locale.ROOT)));

  private final Map<String, String> labels;
  private final Locale locale;
  private final DateTimeFormatter dateFormat;

  private Labels(Map<String, String> labels) {
    this.labels = Map.copyOf(labels);
    this.locale = Locale.forLanguageTag(text("language"));
    this.dateFormat = DateTimeFormatter.ofPattern(text("date.pattern"), locale);
  }

  /** The shipped English (en-GB) labels. */
  public static Labels defaults() {
    return DEFAULTS;
  }

  /**
   * The labels of an application's bundle; a key the bundle lacks keeps its shipped English
   * label, and keys the shipped bundle does not know (such as {@code setting.<code>}) are kept.
   *
   * @throws IllegalArgumentException if the bundle's {@code date.pattern} is not a date pattern
   */
  public static Labels of(ResourceBundle bundle) {
    Map<String, String> merged = new HashMap<>(DEFAULTS.labels);
    merged.putAll(read(bundle));
    return new Labels(merged);
  }

  /**
   * These labels with one changed or added.
   *
   * @throws IllegalArgumentException if {@code key} is {@code date.pattern} and {@code value} is
   *     not a date pattern
   */
  public Labels with(String key, String value) {
    Map<String, String> next = new HashMap<>(labels);
    next.put(key, value);
    return new Labels(next);
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

  /** The heading of a section, e.g. "What is it?". */
  public String section(Section section) {
    return text(section.labelKey());
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

  @Override
  public boolean equals(Object o) {
    return o instanceof Labels other && labels.equals(other.labels);
  }

  @Override
  public int hashCode() {
    return labels.hashCode();
  }

  @Override
  public String toString() {
    return "Labels[" + languageTag() + ", " + labels.size() + " keys]";
  }
}
