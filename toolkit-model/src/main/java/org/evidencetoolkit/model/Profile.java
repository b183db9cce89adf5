package org.evidencetoolkit.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Everything that differs between one What Works toolkit and another, as data (SPEC §11): the
 * measures its estimates are given in, the impact scale that maps an estimate to a band, the order
 * of a page's sections, the words readers see, and how strictly each content rule applies. A new
 * toolkit is published with content files alone.
 *
 * <p>{@link #yef()} is built in and is the default wherever no profile is given. Every other
 * profile extends it ({@link #base()}, format field {@code extends}) and overrides parts: {@link
 * #measures()}, {@link #impactScale()} and {@link #sections()}, when given, replace the inherited
 * value whole (so the first measure a profile lists is its default); {@link #labels()} are
 * overrides by key and {@link #rules()} settings by rule id, both on top of the built-in ones.
 * Because {@code yef} is the only built-in profile, an attribute left unset <em>is</em> the
 * inherited value: the accessors always answer with the value in force.
 *
 * <pre>{@code
 * Profile learning = Profile.builder().name("learning-months")
 *     .addMeasure(Measure.builder().id("attainment").outcome("attainment").unit("months")
 *         .better("+{0} months").worse("−{0} months").none("no change in attainment").build())
 *     .putLabel("rating.evidence", "Evidence strength")
 *     .build();
 * }</pre>
 *
 * <p>Construction refuses what cannot mean anything: a name or id that is not kebab-case, an
 * unknown base, no measures, a measure id or section id listed twice, thresholds that do not
 * rise. Readers of the format report each of these, located, before they build.
 */
@Value.Immutable
public interface Profile {
  /** The name of the built-in profile. */
  String YEF = "yef";

  /** A kebab-case name, e.g. {@code yef} or {@code learning-months}. */
  String name();

  /**
   * The name of the profile this one extends, as written (format field {@code extends}); absent
   * means {@code yef}, the only built-in profile, for every profile but {@code yef} itself.
   */
  Optional<String> base();

  /** The language of the labels, as a BCP 47 tag; default {@code en-GB}. */
  @Value.Default
  default String language() {
    return DefaultProfile.LANGUAGE;
  }

  /** The measures estimates are given in, in order; the first is the default. */
  @Value.Default
  default List<Measure> measures() {
    return DefaultProfile.MEASURES;
  }

  /** The thresholds that map an estimate to a band. */
  @Value.Default
  default ImpactScale impactScale() {
    return ImpactScale.defaults();
  }

  /**
   * The order of a page's narrative sections by id: built-in ids ({@link Section#id()}) and the
   * ids of custom sections ({@link Intervention#sections()}).
   */
  @Value.Default
  default List<String> sections() {
    return DefaultProfile.SECTIONS;
  }

  /** Labels this profile overrides, by key ({@link LabelKeys}). */
  Map<String, String> labels();

  /** Rule settings: rules turned off, or reported as warnings or errors. */
  @Value.Default
  default RuleSettings rules() {
    return RuleSettings.NONE;
  }

  /** The default measure: the first. */
  default Measure defaultMeasure() {
    return measures().get(0);
  }

  /** The measure with this id. */
  default Optional<Measure> measure(String id) {
    for (Measure measure : measures()) {
      if (measure.id().equals(id)) {
        return Optional.of(measure);
      }
    }
    return Optional.empty();
  }

  /**
   * The measure a rating's estimate is given in: the one it names, or the default when it names
   * none. Empty when it names a measure this profile does not declare ({@code
   * impact.measure-known} reports that).
   */
  default Optional<Measure> measureOf(ImpactRating rating) {
    Optional<String> id = rating.measure();
    return id.isPresent() ? measure(id.get()) : Optional.of(defaultMeasure());
  }

  /**
   * A rating's estimate in its measure's words, e.g. "21% less violence"; a measure this profile
   * does not declare gives the bare number.
   */
  default String describe(ImpactRating rating, BigDecimal estimate) {
    return measureOf(rating).map(m -> m.describe(estimate)).orElseGet(() -> Measure.number(estimate));
  }

  /** Whether this is the built-in profile, unchanged. */
  default boolean isDefault() {
    return equals(yef());
  }

  /** Structure that cannot mean anything is refused; see the class comment. */
  @Value.Check
  default void check() {
    if (!Slugs.isSlug(name())) {
      throw new IllegalStateException("Profile name must be kebab-case, was " + name());
    }
    if (base().isPresent() && !base().get().equals(YEF)) {
      throw new IllegalStateException(
          "Profile " + name() + " extends " + base().get() + ", but the only built-in is " + YEF);
    }
    if (measures().isEmpty()) {
      throw new IllegalStateException("Profile " + name() + " needs at least one measure");
    }
    Set<String> ids = new HashSet<>();
    for (Measure measure : measures()) {
      if (!ids.add(measure.id())) {
        throw new IllegalStateException("Profile " + name() + " lists measure " + measure.id() + " twice");
      }
    }
    Set<String> sectionIds = new HashSet<>();
    for (String id : sections()) {
      if (!sectionIds.add(id)) {
        throw new IllegalStateException("Profile " + name() + " lists section " + id + " twice");
      }
    }
  }

  /**
   * The built-in profile of the Youth Endowment Fund Toolkit: measures {@code violence} (the
   * default) and {@code crime}, in percent; {@link ImpactScale#defaults()}; the sections of {@link
   * Section} in their order; the shipped English labels; every rule as specified.
   */
  static Profile yef() {
    return DefaultProfile.YEF;
  }

  /** A builder; the name is required, every other part inherits from {@link #yef()}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Profile}. */
  final class Builder extends ImmutableProfile.Builder {
    /** An empty builder, the same as {@link Profile#builder()}. */
    public Builder() {}
  }

  /** The ids of the built-in sections, in their default order. */
  static List<String> builtInSectionIds() {
    List<String> ids = new ArrayList<>();
    for (Section section : Section.values()) {
      ids.add(section.id());
    }
    return List.copyOf(ids);
  }
}
