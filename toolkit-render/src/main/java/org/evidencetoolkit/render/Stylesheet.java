package org.evidencetoolkit.render;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.evidencetoolkit.render.internal.DefaultCss;
import org.evidencetoolkit.render.internal.RelativeUrls;

/**
 * The stylesheet a whole HTML page carries: {@linkplain #defaults() the default one inline},
 * {@linkplain #none() none}, {@linkplain #link(String) a link} to the application's own, or
 * {@linkplain #inline(String) the application's own inline}. Fragments never carry one.
 */
public final class Stylesheet {
  private static final Stylesheet NONE = new Stylesheet(Kind.NONE, "");
  private static final Stylesheet DEFAULT = new Stylesheet(Kind.INLINE, DefaultCss.text());

  private enum Kind {
    NONE,
    INLINE,
    LINK
  }

  private final Kind kind;
  private final String value;

  private Stylesheet(Kind kind, String value) {
    this.kind = kind;
    this.value = value;
  }

  /** The default stylesheet ({@link HtmlRenderer#defaultStylesheet()}) inside a {@code <style>}. */
  public static Stylesheet defaults() {
    return DEFAULT;
  }

  /** No stylesheet. */
  public static Stylesheet none() {
    return NONE;
  }

  /**
   * A {@code <link rel="stylesheet">} to this address: an absolute http or https address, or a
   * relative path with no scheme (such as {@code style.css} or {@code ../assets/site.css}).
   *
   * @throws IllegalArgumentException if the address is neither
   */
  public static Stylesheet link(String href) {
    String lower = href.toLowerCase(Locale.ROOT);
    boolean web = UrlPolicy.allows(href) && !lower.startsWith("mailto:");
    if (!web && !RelativeUrls.isSafe(href)) {
      throw new IllegalArgumentException(
          "A stylesheet link must be an absolute http(s) address or a relative path, was '"
              + href + "'");
    }
    return new Stylesheet(Kind.LINK, href);
  }

  /**
   * This CSS inside a {@code <style>} element.
   *
   * @throws IllegalArgumentException if the CSS contains {@code </}, which would end the element
   */
  public static Stylesheet inline(String css) {
    if (css.contains("</") || css.contains("<!--")) {
      throw new IllegalArgumentException("Inline CSS must not contain '</' or '<!--'");
    }
    return new Stylesheet(Kind.INLINE, css);
  }

  /** The CSS to put inline, if this is an inline stylesheet. */
  public Optional<String> css() {
    return kind == Kind.INLINE ? Optional.of(value) : Optional.empty();
  }

  /** The address to link, if this is a linked stylesheet. */
  public Optional<String> href() {
    return kind == Kind.LINK ? Optional.of(value) : Optional.empty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Stylesheet other && kind == other.kind && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, value);
  }

  @Override
  public String toString() {
    return switch (kind) {
      case NONE -> "Stylesheet.none()";
      case INLINE -> "Stylesheet.inline(" + value.length() + " chars)";
      case LINK -> "Stylesheet.link(" + value + ")";
    };
  }
}
