package org.evidencetoolkit.render.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Profile;
import org.evidencetoolkit.model.Resource;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.model.text.Inline;
import org.evidencetoolkit.model.text.RichText;
import org.evidencetoolkit.render.labels.Labels;
import org.evidencetoolkit.render.html.AttributeProvider;
import org.evidencetoolkit.render.html.HtmlContext;
import org.evidencetoolkit.render.html.HtmlPart;
import org.evidencetoolkit.render.html.HtmlPartRenderer;
import org.evidencetoolkit.render.html.HtmlWriter;
import org.jspecify.annotations.Nullable;

/** The state of one HTML rendering call: its writer and the part renderers made for it. */
public final class HtmlRendering implements HtmlContext {
  private final HtmlOptions options;
  private final Labels labels;
  private final Profile profile;
  private final Optional<Toolkit> toolkit;
  private final HtmlWriter writer;
  private final CoreHtmlParts core;
  /**
   * Which renderer draws each kind of part, or null when the application registered none, so that
   * the core draws every part: then no map is built for each call.
   */
  private final @Nullable Map<Class<? extends HtmlPart>, HtmlPartRenderer> renderers;

  /** The heading of the whole page being written, once written. */
  private @Nullable String pageHeading;

  /**
   * A rendering under a profile, with labels already layered over it, that writes to {@code
   * out}; {@code toolkit} is the toolkit related approaches are looked up in.
   */
  public HtmlRendering(
      HtmlOptions options, Labels labels, Profile profile, Optional<Toolkit> toolkit, Appendable out) {
    this.options = options;
    this.labels = labels;
    this.profile = profile;
    this.toolkit = toolkit;
    this.writer = new HtmlWriter(out);
    this.core = new CoreHtmlParts(this, options);
    List<org.evidencetoolkit.render.html.HtmlPartRendererFactory> factories =
        options.partRendererFactories();
    if (factories.isEmpty()) {
      this.renderers = null;
      return;
    }
    Map<Class<? extends HtmlPart>, HtmlPartRenderer> byType = new HashMap<>();
    core.partTypes().forEach(type -> byType.put(type, core));
    this.renderers = byType;
    // Registered last to first, so that the first registered renderer for a part wins.
    for (int i = factories.size() - 1; i >= 0; i--) {
      HtmlPartRenderer renderer = factories.get(i).create(this);
      renderer.partTypes().forEach(type -> byType.put(type, renderer));
    }
  }

  @Override
  public HtmlWriter writer() {
    return writer;
  }

  @Override
  public Labels labels() {
    return labels;
  }

  @Override
  public Profile profile() {
    return profile;
  }

  @Override
  public Optional<Toolkit> toolkit() {
    return toolkit;
  }

  @Override
  public Optional<Resource> source() {
    return options.source();
  }

  @Override
  public String cssClass(String... names) {
    // One or two names are nearly every call; a concatenation sizes its result exactly.
    if (names.length == 1) {
      return options.classPrefix() + names[0];
    }
    if (names.length == 2) {
      return options.classPrefix() + names[0] + ' ' + options.classPrefix() + names[1];
    }
    StringBuilder out = new StringBuilder();
    for (String name : names) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(options.classPrefix()).append(name);
    }
    return out.toString();
  }

  @Override
  public int headingLevel(int depth) {
    return Math.min(6, options.headingBaseLevel() + depth);
  }

  @Override
  public Map<String, String> attributes(
      HtmlPart part, String tagName, Map<String, String> coreAttributes) {
    Map<String, String> attributes = new LinkedHashMap<>(coreAttributes);
    List<AttributeProvider> providers = options.attributeProviders();
    // Last registered first: the first registered provider has the final word.
    for (int i = providers.size() - 1; i >= 0; i--) {
      providers.get(i).setAttributes(part, tagName, attributes);
    }
    return attributes;
  }

  @Override
  public void render(HtmlPart part) {
    if (renderers == null) {
      core.render(part);
      return;
    }
    HtmlPartRenderer renderer = renderers.get(part.getClass());
    if (renderer == null) {
      throw new IllegalStateException("No renderer for " + part.getClass().getName());
    }
    renderer.render(part);
  }

  @Override
  public void renderDefault(HtmlPart part) {
    core.render(part);
  }

  @Override
  public void renderRichText(HtmlPart part, RichText text) {
    core.richText(part, text);
  }

  @Override
  public void renderInlines(HtmlPart part, List<Inline> inlines) {
    core.inlines(part, inlines);
  }

  @Override
  public Optional<String> interventionHref(Intervention intervention) {
    return options.interventionLink().apply(intervention).filter(RelativeUrls::isSafe);
  }

  @Override
  public Map<String, String> externalLinkAttributes(String href) {
    String[] pairs = externalLink(href, options.linkTarget().orElse(null), null);
    Map<String, String> attributes = new LinkedHashMap<>();
    for (int k = 0; k < pairs.length; k += 2) {
      attributes.put(pairs[k], pairs[k + 1]);
    }
    return attributes;
  }

  /**
   * The attributes of a link to an allowed absolute address as name, value pairs: {@code href},
   * {@code rel="noopener noreferrer"}, the {@code target} if one is configured, then the {@code
   * class} if one is given. The one place that knows them: {@link #externalLinkAttributes} and
   * the core's map-free writing both come here.
   */
  static String[] externalLink(String href, @Nullable String target, @Nullable String cssClass) {
    String[] pairs = new String[4 + (target == null ? 0 : 2) + (cssClass == null ? 0 : 2)];
    int k = 0;
    pairs[k++] = "href";
    pairs[k++] = href;
    pairs[k++] = "rel";
    pairs[k++] = "noopener noreferrer";
    if (target != null) {
      pairs[k++] = "target";
      pairs[k++] = target;
    }
    if (cssClass != null) {
      pairs[k++] = "class";
      pairs[k] = cssClass;
    }
    return pairs;
  }

  /**
   * Writes a whole page around {@code body}: the head (title, stylesheet, scripts), then {@link
   * HtmlPart.Navigation}, {@code <main>} with the body, and {@link HtmlPart.PageFooter}.
   *
   * @param stylesheetHref the address of a stylesheet to link, if any
   * @param inlineCss CSS to put inside a {@code <style>} element, if any; the caller (the public
   *     {@code Stylesheet}) has checked that it cannot close the element
   */
  public void page(
      HtmlPart.PageKind kind,
      String title,
      Optional<String> stylesheetHref,
      Optional<String> inlineCss,
      Runnable body) {
    writer.raw("<!doctype html>\n");
    writer.tag("html", "lang", labels().languageTag());
    writer.raw("\n<head>\n<meta charset=\"utf-8\">\n");
    writer.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    writer.tag("title");
    writer.text(RatingText.isInvisible(title) ? labels().text("untitled") : title);
    writer.end("title");
    writer.line();
    stylesheetHref.ifPresent(
            href -> {
              writer.tag("link", "rel", "stylesheet", "href", href);
              writer.line();
            });
    inlineCss.ifPresent(
            css -> {
              writer.raw("<style>\n");
              // Checked by Stylesheet: the CSS cannot close the element.
              writer.raw(css);
              writer.line();
              writer.raw("</style>\n");
            });
    for (String script : options.scripts()) {
      writer.tag("script", "src", script, "defer", "");
      writer.end("script");
      writer.line();
    }
    writer.raw("</head>\n");
    writer.tag("body", "class", cssClass("page"));
    writer.line();
    String shownTitle = RatingText.isInvisible(title) ? labels().text("untitled") : title;
    render(new HtmlPart.Navigation(kind, shownTitle));
    writer.tag("main", "id", cssClass("main"));
    writer.line();
    body.run();
    writer.line();
    writer.raw("</main>\n");
    render(new HtmlPart.PageFooter(kind, shownTitle));
    writer.raw("</body>\n</html>\n");
  }

  /**
   * Whether the page's heading already says this, so that a table under it needs a caption of its
   * own rather than the same words again.
   */
  boolean pageHeadingIs(String text) {
    return text.equals(pageHeading);
  }

  /** Writes a page heading at depth 0. */
  public void pageHeading(String text) {
    pageHeading = text;
    String h = "h" + headingLevel(0);
    writer.tag(h, "class", cssClass("page-title"));
    writer.text(RatingText.isInvisible(text) ? labels().text("untitled") : text);
    writer.end(h);
    writer.line();
  }
}
