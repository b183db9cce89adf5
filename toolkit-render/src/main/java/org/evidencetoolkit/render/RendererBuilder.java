package org.evidencetoolkit.render;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.evidencetoolkit.model.Profile;
import org.evidencetoolkit.model.Resource;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.render.labels.Labels;

/**
 * The options every {@link Renderer}'s builder shares: the application's labels, the profile and
 * the toolkit (with its source). One home, so that text, Markdown and HTML take them alike.
 *
 * <p>Its static checks serve {@link ChangelogRenderer.Builder} as well, which shares the
 * HTML and text options but not these.
 *
 * <p>Package-private on purpose: the public API stays each renderer's own {@code Builder}, whose
 * methods these are (with the builder's own type as the result, for chaining). The renderers read
 * the fields directly when they are built.
 *
 * @param <B> the concrete builder, returned by every option for chaining
 */
abstract class RendererBuilder<B extends RendererBuilder<B>> {
  private static final Pattern CLASS_PREFIX = Pattern.compile("[A-Za-z0-9_-]*");

  Labels labels = Labels.defaults();
  Optional<Profile> profile = Optional.empty();
  Optional<Toolkit> toolkit = Optional.empty();
  Optional<Resource> source = Optional.empty();

  RendererBuilder() {}

  /**
   * A CSS class prefix checked, for every builder that writes HTML (the changelog's too).
   *
   * @throws IllegalArgumentException unless letters, digits, {@code -} and {@code _} only
   */
  static String checkClassPrefix(String prefix) {
    if (!CLASS_PREFIX.matcher(prefix).matches()) {
      throw new IllegalArgumentException(
          "classPrefix may hold only letters, digits, '-' and '_', was '" + prefix + "'");
    }
    return prefix;
  }

  /**
   * A heading level checked against the deepest base level a renderer's nesting allows.
   *
   * @throws IllegalArgumentException unless 1 to {@code max}
   */
  static int checkHeadingBaseLevel(int level, int max) {
    if (level < 1 || level > max) {
      throw new IllegalArgumentException("headingBaseLevel must be 1 to " + max + ", was " + level);
    }
    return level;
  }

  /**
   * A width in terminal columns checked, for every builder that writes text (the changelog's too).
   *
   * @throws IllegalArgumentException if below {@value TextRenderer#MIN_WIDTH}
   */
  static int checkWidth(int width) {
    if (width < TextRenderer.MIN_WIDTH) {
      throw new IllegalArgumentException(
          "width must be at least " + TextRenderer.MIN_WIDTH + " columns, was " + width);
    }
    return width;
  }

  /** This builder as its own type. */
  abstract B self();

  /** The profile in force for a single intervention or a comparison: the given one, else YEF. */
  final Profile pageProfile() {
    return profile.orElse(Profile.yef());
  }

  /**
   * The application's words; default {@link Labels#defaults()}. They go on top of the
   * profile's labels, which go on top of the shipped English ({@link Labels#under(Profile)}).
   */
  public B labels(Labels labels) {
    this.labels = Objects.requireNonNull(labels, "labels");
    return self();
  }

  /**
   * The profile whose measures word estimates, whose section order the output follows and whose
   * labels lie under {@link #labels(Labels)} (in HTML, its language is also the page's {@code
   * lang}). Default none: an index takes the profile of the toolkit it renders, and a single
   * intervention or a comparison {@link Profile#yef()}. Given here, it wins over a toolkit's, as
   * the application's labels win over a profile's.
   */
  public B profile(Profile profile) {
    this.profile = Optional.of(Objects.requireNonNull(profile, "profile"));
    return self();
  }

  /**
   * For rendering a toolkit's interventions one by one: takes the toolkit's {@linkplain
   * #profile(Profile) profile} and its {@link Toolkit#source() source}, which an intervention
   * then shows ("Source: …", linked where the format has links; in Markdown after the thematic
   * break) before the date it was last updated, and looks up each intervention's {@linkplain
   * org.evidencetoolkit.model.Intervention#related() related approaches} in it (shown by title,
   * in HTML linked with {@link HtmlRenderer.Builder#interventionLink}; an id it does not hold is
   * left out). The later of this and {@link #profile(Profile)} sets the profile. Default none:
   * related ids are shown as they are, as plain text.
   */
  public B toolkit(Toolkit toolkit) {
    Objects.requireNonNull(toolkit, "toolkit");
    this.profile = Optional.of(toolkit.profile());
    this.toolkit = Optional.of(toolkit);
    this.source = toolkit.source();
    return self();
  }
}
