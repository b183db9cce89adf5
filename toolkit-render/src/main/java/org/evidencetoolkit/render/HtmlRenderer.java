package org.evidencetoolkit.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Profile;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.render.html.AttributeProvider;
import org.evidencetoolkit.render.html.HtmlPart;
import org.evidencetoolkit.render.html.HtmlPartRendererFactory;
import org.evidencetoolkit.render.html.HtmlWriter;
import org.evidencetoolkit.render.internal.DefaultCss;
import org.evidencetoolkit.render.internal.HtmlOptions;
import org.evidencetoolkit.render.internal.HtmlRendering;
import org.evidencetoolkit.render.internal.RatingText;
import org.evidencetoolkit.render.internal.RelativeUrls;
import org.evidencetoolkit.render.labels.Labels;
import org.evidencetoolkit.render.internal.Utf8Output;
import org.jspecify.annotations.Nullable;

/**
 * Renders interventions, toolkit indexes and comparisons as HTML: a fragment to embed in an
 * application's page ({@code <article>}, {@code <table>}), or a whole HTML5 page.
 *
 * <p><b>Safety.</b> All content is escaped by one {@link HtmlWriter} (as OWASP Java Encoder's
 * {@code forHtml} escapes); links
 * are written only for addresses the {@link UrlPolicy} allows (absolute http, https, mailto), a
 * refused link shows its text alone, and every link to an absolute address carries {@code
 * rel="noopener noreferrer"}.
 *
 * <p><b>Accessibility.</b> Every rating is written in words; gauges and icons are decoration,
 * marked {@code aria-hidden="true"}. Headings descend one level at a time from {@link
 * Builder#headingBaseLevel(int)}: title, then sections, then tips. Colour (in the {@linkplain
 * #defaultStylesheet() default stylesheet}) only repeats what the words say.
 *
 * <p><b>Profiles.</b> Each call works under one {@link Profile}: the builder's ({@link
 * Builder#profile(Profile)}, {@link Builder#toolkit(Toolkit)}), else for an index the toolkit's,
 * else {@link Profile#yef()}. Its measures word every estimate, its section order orders a page
 * (custom sections as {@link HtmlPart.CustomSection}), its labels lie between the shipped English
 * and the application's {@link Builder#labels(Labels) labels}, and its language is the page's
 * {@code lang}. An index shows the toolkit's about and source ({@link HtmlPart.About}).
 *
 * <p><b>Layout.</b> An intervention opens with its headline block ({@link HtmlPart.Ratings}):
 * impact, evidence and cost as tiles, then the facts ("Not given" where absent). Index and
 * comparison tables scroll sideways inside their own container, so a page never does. A whole page
 * is {@code <body class="et-page">} with {@link HtmlPart.Navigation}, {@code <main
 * id="et-main">} and {@link HtmlPart.PageFooter}; the core draws nothing for the two parts, so an
 * application (such as a static site) adds its own through the same skeleton and writer.
 *
 * <p><b>Extension.</b> As in commonmark-java, a {@link HtmlPartRendererFactory} replaces how one
 * kind of {@link HtmlPart} is drawn (the ratings, a section, a tip, a resource, an index row …);
 * the first registered renderer for a part wins and the core comes last. An {@link
 * AttributeProvider} adds attributes, e.g. {@code data-band} on each index row for client-side
 * filters.
 *
 * <pre>{@code
 * HtmlRenderer renderer = HtmlRenderer.builder()
 *     .headingBaseLevel(2)
 *     .attributeProvider((part, tag, attributes) -> {
 *       if (part instanceof HtmlPart.IndexRow row) {
 *         attributes.put("data-band", row.intervention().impact().band().name());
 *       }
 *     })
 *     .build();
 * String article = renderer.render(intervention);
 * String page = renderer.renderIndexPage(toolkit);
 * }</pre>
 *
 * <p><b>Output.</b> Every view comes as a {@code String}, written to an {@code Appendable}, or
 * as UTF-8 bytes written to an {@link OutputStream} (the {@code …Utf8} methods). The bytes are
 * exactly the {@code String}'s {@code getBytes(UTF_8)}, but are encoded as they are written, a
 * buffer at a time, so a page never exists as one string: the way to serve a page over HTTP or
 * write it to a file. A method that writes to a caller's {@code Appendable} or {@code
 * OutputStream} throws {@link UncheckedIOException} wrapping the sink's {@link IOException}, as
 * Jackson and commonmark-java do. The byte methods are named apart from the {@code Appendable}
 * ones because a {@link java.io.PrintStream} (such as {@code System.out}) is both, and an overload
 * would make such calls ambiguous.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(path)) {
 *   renderer.renderPageUtf8(intervention, out);
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; each call makes its own writer and part renderers.
 */
public final class HtmlRenderer implements Renderer {
  private static final Pattern TARGET = Pattern.compile("_blank|_self|_parent|_top|[A-Za-z0-9][A-Za-z0-9_-]*");
  private static final HtmlRenderer DEFAULTS = builder().build();

  /** Characters of a page besides its inline stylesheet that its builder has room for at first. */
  private static final int PAGE_CONTENT = 16_384;

  /** A string the JDK holds two bytes a character, to start a page's builder in that form. */
  private static final String TWO_BYTE = "\u25CF";

  private final HtmlOptions options;
  private final Stylesheet stylesheet;
  // The profile and labels in force for single interventions and comparisons, worked out once.
  private final Profile pageProfile;
  private final Labels pageLabels;
  private final Renderer pages = new Pages();
  // The inline stylesheet encoded once, so that each page's bytes copy it instead of encoding it.
  private final Utf8Output.@Nullable Encoded encodedCss;
  // The characters a whole page is given room for up front: the stylesheet and PAGE_CONTENT.
  private final int pageChars;

  private HtmlRenderer(Builder builder) {
    this.options =
        new HtmlOptions(
            builder.headingBaseLevel,
            builder.classPrefix,
            builder.labels,
            builder.profile,
            builder.toolkit,
            builder.source,
            builder.linkTarget,
            builder.interventionLink,
            builder.partRendererFactories,
            builder.attributeProviders,
            builder.scripts);
    this.stylesheet = builder.stylesheet;
    this.pageProfile = builder.pageProfile();
    this.pageLabels = builder.labels.under(pageProfile);
    this.encodedCss = stylesheet.css().map(Utf8Output.Encoded::of).orElse(null);
    this.pageChars = stylesheet.css().map(String::length).orElse(0) + PAGE_CONTENT;
  }

  /** A renderer with every option at its default. */
  public static HtmlRenderer defaults() {
    return DEFAULTS;
  }

  /** A builder; see its methods for the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The default stylesheet: readable type, a table layout for indexes and comparisons, and
   * colours that meet WCAG 2.2 AA (text at least 4.5:1, rating graphics at least 3:1).
   */
  public static String defaultStylesheet() {
    return DefaultCss.text();
  }

  /**
   * The builder a whole page is written into: room for the inline stylesheet and {@value
   * #PAGE_CONTENT} characters more (a medium intervention's page is about 23,000 in all), and
   * already holding two bytes a character. Nearly every page has a character beyond Latin-1 (the
   * gauges' ● ○ ▼, and typographic text), and the JDK's builder, which starts with one byte a
   * character, would allocate twice its capacity again at the first one and copy itself over. A
   * page of Latin-1 only still becomes a compact string in {@code toString()}; what the string
   * holds is the same either way. Measured (issue 15): about a quarter less allocated per page.
   */
  private StringBuilder pageBuilder() {
    StringBuilder out = new StringBuilder(TWO_BYTE);
    out.setLength(0);
    out.ensureCapacity(pageChars);
    return out;
  }

  /** A rendering of one intervention or comparison, under the builder's profile or yef. */
  private HtmlRendering pageRendering(Appendable out) {
    return new HtmlRendering(options, pageLabels, pageProfile, options.toolkit(), out);
  }

  /** A rendering of a toolkit's index: the builder's profile if it has one, else the toolkit's. */
  private HtmlRendering indexRendering(Toolkit toolkit, Appendable out) {
    Profile profile = options.profile().orElse(toolkit.profile());
    Labels labels = profile == pageProfile ? pageLabels : options.labels().under(profile);
    return new HtmlRendering(options, labels, profile, Optional.of(toolkit), out);
  }

  /**
   * Whole pages instead of fragments: the same renderer, whose {@code render} is {@link
   * #renderPage(Intervention)}, {@code renderIndex} {@link #renderIndexPage(Toolkit)} and {@code
   * renderComparison} {@link #renderComparisonPage(List, String)} titled with the label {@code
   * comparison.title}. For an application that picks a {@link Renderer} by format and wants HTML
   * it can open in a browser.
   */
  public Renderer pages() {
    return pages;
  }

  /** One intervention as an {@code <article>} element, to embed in a page. */
  @Override
  public String render(Intervention intervention) {
    StringBuilder out = new StringBuilder(8192);
    render(intervention, out);
    return out.toString();
  }

  /** Writes one intervention as an {@code <article>} element, to embed in a page. */
  @Override
  public void render(Intervention intervention, Appendable out) {
    Objects.requireNonNull(intervention, "intervention");
    pageRendering(out).render(new HtmlPart.Article(intervention));
  }

  /**
   * Writes one intervention as an {@code <article>} element in UTF-8, encoded as it is written;
   * the bytes are those of {@link #render(Intervention)}. The stream is flushed, not
   * closed.
   *
   * @throws UncheckedIOException wrapping the stream's {@link IOException}
   */
  public void renderUtf8(Intervention intervention, OutputStream out) {
    Objects.requireNonNull(intervention, "intervention");
    utf8(out, sink -> render(intervention, sink));
  }

  /** One intervention as a whole HTML5 page titled with its title. */
  public String renderPage(Intervention intervention) {
    StringBuilder out = pageBuilder();
    renderPage(intervention, out);
    return out.toString();
  }

  /** Writes one intervention as a whole HTML5 page. */
  public void renderPage(Intervention intervention, Appendable out) {
    Objects.requireNonNull(intervention, "intervention");
    HtmlRendering rendering = pageRendering(out);
    rendering.page(
        HtmlPart.PageKind.INTERVENTION,
        RatingText.title(rendering.labels(), intervention),
        stylesheet.href(),
        stylesheet.css(),
        () -> rendering.render(new HtmlPart.Article(intervention)));
  }

  /**
   * Writes one intervention as a whole HTML5 page in UTF-8, encoded as it is written (the page
   * declares {@code <meta charset="utf-8">}); the bytes are those of {@link
   * #renderPage(Intervention)}. The stream is flushed, not closed.
   *
   * @throws UncheckedIOException wrapping the stream's {@link IOException}
   */
  public void renderPageUtf8(Intervention intervention, OutputStream out) {
    Objects.requireNonNull(intervention, "intervention");
    utf8(out, sink -> renderPage(intervention, sink));
  }

  /**
   * A toolkit's index: a {@code <table>} of every intervention's headline ratings, one {@link
   * HtmlPart.IndexRow} per intervention in the toolkit's order (or a short paragraph when there
   * are none). When the toolkit has an {@link Toolkit#about() about} or a {@link Toolkit#source()
   * source}, a {@code <div>} ({@link HtmlPart.About}) with them comes first. Worded under the
   * builder's profile if it was given one, else under the toolkit's.
   */
  @Override
  public String renderIndex(Toolkit toolkit) {
    StringBuilder out = new StringBuilder(8192);
    renderIndex(toolkit, out);
    return out.toString();
  }

  /** Writes a toolkit's index table. */
  @Override
  public void renderIndex(Toolkit toolkit, Appendable out) {
    Objects.requireNonNull(toolkit, "toolkit");
    indexRendering(toolkit, out).render(new HtmlPart.Index(toolkit));
  }

  /**
   * Writes a toolkit's index table in UTF-8, encoded as it is written; the bytes are those of
   * {@link #renderIndex(Toolkit)}. The stream is flushed, not closed.
   *
   * @throws UncheckedIOException wrapping the stream's {@link IOException}
   */
  public void renderIndexUtf8(Toolkit toolkit, OutputStream out) {
    Objects.requireNonNull(toolkit, "toolkit");
    utf8(out, sink -> renderIndex(toolkit, sink));
  }

  /**
   * A toolkit's index as a whole page, headed and titled with the toolkit's title, its about and
   * source under the heading; the page's {@code lang} is the {@code language} label in force.
   */
  public String renderIndexPage(Toolkit toolkit) {
    StringBuilder out = pageBuilder();
    renderIndexPage(toolkit, out);
    return out.toString();
  }

  /** Writes a toolkit's index as a whole page. */
  public void renderIndexPage(Toolkit toolkit, Appendable out) {
    Objects.requireNonNull(toolkit, "toolkit");
    HtmlRendering rendering = indexRendering(toolkit, out);
    rendering.page(
        HtmlPart.PageKind.INDEX,
        toolkit.title(),
        stylesheet.href(),
        stylesheet.css(),
        () -> {
          rendering.pageHeading(toolkit.title());
          rendering.render(new HtmlPart.Index(toolkit));
        });
  }

  /**
   * Writes a toolkit's index as a whole page in UTF-8, encoded as it is written; the bytes are
   * those of {@link #renderIndexPage(Toolkit)}. The stream is flushed, not closed.
   *
   * @throws UncheckedIOException wrapping the stream's {@link IOException}
   */
  public void renderIndexPageUtf8(Toolkit toolkit, OutputStream out) {
    Objects.requireNonNull(toolkit, "toolkit");
    utf8(out, sink -> renderIndexPage(toolkit, sink));
  }

  /**
   * Several interventions side by side: a {@code <table>} with one column per intervention in
   * the order given and one row per rating. A list of interventions carries no toolkit, so the
   * words are the builder's profile's ({@link Builder#profile(Profile)}, {@link
   * Builder#toolkit(Toolkit)}), {@link Profile#yef()} by default.
   */
  @Override
  public String renderComparison(List<Intervention> interventions) {
    StringBuilder out = new StringBuilder(8192);
    renderComparison(interventions, out);
    return out.toString();
  }

  /** Writes a comparison table. */
  @Override
  public void renderComparison(List<Intervention> interventions, Appendable out) {
    pageRendering(out).render(new HtmlPart.Comparison(interventions));
  }

  /**
   * Writes a comparison table in UTF-8, encoded as it is written; the bytes are those of {@link
   * #renderComparison(List)}. The stream is flushed, not closed.
   *
   * @throws UncheckedIOException wrapping the stream's {@link IOException}
   */
  public void renderComparisonUtf8(List<Intervention> interventions, OutputStream out) {
    Objects.requireNonNull(interventions, "interventions");
    utf8(out, sink -> renderComparison(interventions, sink));
  }

  /** A comparison as a whole page with this title. */
  public String renderComparisonPage(List<Intervention> interventions, String title) {
    StringBuilder out = pageBuilder();
    renderComparisonPage(interventions, title, out);
    return out.toString();
  }

  /** Writes a comparison as a whole page with this title. */
  public void renderComparisonPage(List<Intervention> interventions, String title, Appendable out) {
    HtmlPart.Comparison part = new HtmlPart.Comparison(interventions);
    Objects.requireNonNull(title, "title");
    HtmlRendering rendering = pageRendering(out);
    rendering.page(
        HtmlPart.PageKind.COMPARISON,
        title,
        stylesheet.href(),
        stylesheet.css(),
        () -> {
          rendering.pageHeading(title);
          rendering.render(part);
        });
  }

  /**
   * Writes a comparison as a whole page with this title in UTF-8, encoded as it is written; the
   * bytes are those of {@link #renderComparisonPage(List, String)}. The stream is flushed, not
   * closed.
   *
   * @throws UncheckedIOException wrapping the stream's {@link IOException}
   */
  public void renderComparisonPageUtf8(
      List<Intervention> interventions, String title, OutputStream out) {
    Objects.requireNonNull(interventions, "interventions");
    Objects.requireNonNull(title, "title");
    utf8(out, sink -> renderComparisonPage(interventions, title, sink));
  }

  /**
   * Runs {@code write} against a UTF-8 encoder on {@code out}, then hands the stream the last
   * bytes. An {@link IOException} while writing already surfaces from the {@link HtmlWriter} as
   * {@link UncheckedIOException}; one at the end is wrapped here the same way.
   */
  private void utf8(OutputStream out, Consumer<Appendable> write) {
    Utf8Output encoder = new Utf8Output(Objects.requireNonNull(out, "out"), encodedCss);
    write.accept(encoder);
    try {
      encoder.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** This renderer drawing whole pages: {@link #pages()}. */
  private final class Pages implements Renderer {
    @Override
    public String render(Intervention intervention) {
      return renderPage(intervention);
    }

    @Override
    public void render(Intervention intervention, Appendable out) {
      renderPage(intervention, out);
    }

    @Override
    public String renderIndex(Toolkit toolkit) {
      return renderIndexPage(toolkit);
    }

    @Override
    public void renderIndex(Toolkit toolkit, Appendable out) {
      renderIndexPage(toolkit, out);
    }

    @Override
    public String renderComparison(List<Intervention> interventions) {
      return renderComparisonPage(interventions, pageLabels.text("comparison.title"));
    }

    @Override
    public void renderComparison(List<Intervention> interventions, Appendable out) {
      renderComparisonPage(interventions, pageLabels.text("comparison.title"), out);
    }

    @Override
    public String toString() {
      return "HtmlRenderer.pages()";
    }
  }

  /** Configures an {@link HtmlRenderer}. */
  public static final class Builder extends RendererBuilder<Builder> {
    private int headingBaseLevel = 1;
    private String classPrefix = "et-";
    private final List<String> scripts = new ArrayList<>();
    private Optional<String> linkTarget = Optional.empty();
    private Stylesheet stylesheet = Stylesheet.defaults();
    private Function<Intervention, Optional<String>> interventionLink = i -> Optional.empty();
    private final List<HtmlPartRendererFactory> partRendererFactories = new ArrayList<>();
    private final List<AttributeProvider> attributeProviders = new ArrayList<>();

    private Builder() {}

    /**
     * The heading level of an intervention's title (and of a page's heading); sections are one
     * level below and tips two. Default 1.
     *
     * @throws IllegalArgumentException unless 1–4 (tips must stay within {@code h6})
     */
    public Builder headingBaseLevel(int level) {
      this.headingBaseLevel = checkHeadingBaseLevel(level, 4);
      return this;
    }

    /**
     * Put before every CSS class the renderer writes; default {@code "et-"} (so {@code
     * et-ratings}). The default stylesheet assumes the default prefix.
     *
     * @throws IllegalArgumentException unless letters, digits, {@code -} and {@code _} only
     */
    public Builder classPrefix(String prefix) {
      this.classPrefix = RendererBuilder.checkClassPrefix(prefix);
      return this;
    }

    @Override
    Builder self() {
      return this;
    }

    /**
     * Adds a script that whole pages load ({@code <script src=… defer>} in the head), such as a
     * site's filters; default none. Fragments never carry one.
     *
     * @throws IllegalArgumentException unless a relative path with no scheme (such as {@code
     *     site.js} or {@code ../site.js})
     */
    public Builder script(String href) {
      if (!RelativeUrls.isSafe(href)) {
        throw new IllegalArgumentException("A script must be a relative path with no scheme, was '" + href + "'");
      }
      scripts.add(href);
      return this;
    }

    /**
     * The {@code target} of links to absolute addresses, e.g. {@code _blank}; default none (links
     * open where the reader is).
     *
     * @throws IllegalArgumentException unless a keyword ({@code _blank} …) or a plain name
     */
    public Builder linkTarget(String target) {
      if (!TARGET.matcher(target).matches()) {
        throw new IllegalArgumentException("Not a link target: '" + target + "'");
      }
      this.linkTarget = Optional.of(target);
      return this;
    }

    /**
     * The stylesheet of whole pages; default {@link Stylesheet#defaults()}, the {@linkplain
     * HtmlRenderer#defaultStylesheet() default stylesheet} inline. Fragments carry none.
     */
    public Builder stylesheet(Stylesheet stylesheet) {
      this.stylesheet = Objects.requireNonNull(stylesheet, "stylesheet");
      return this;
    }

    /**
     * Where each intervention's own page is, for the titles in indexes and comparisons to link
     * to; default none (titles are plain text). Only relative addresses with no scheme are used
     * (such as {@code mentoring.html}); any other result is ignored. The function is shared
     * between threads.
     */
    public Builder interventionLink(Function<Intervention, Optional<String>> link) {
      this.interventionLink = Objects.requireNonNull(link, "link");
      return this;
    }

    /**
     * Adds a factory of part renderers. When several renderers claim one kind of part, the one
     * from the factory added first wins; the core renderers come after all of them. Default none.
     */
    public Builder partRendererFactory(HtmlPartRendererFactory factory) {
      partRendererFactories.add(Objects.requireNonNull(factory, "factory"));
      return this;
    }

    /**
     * Adds an attribute provider. Providers run after the core's attributes are set, the last
     * added first, so the first added has the final word. Default none.
     */
    public Builder attributeProvider(AttributeProvider provider) {
      attributeProviders.add(Objects.requireNonNull(provider, "provider"));
      return this;
    }

    /** A renderer with these options. */
    public HtmlRenderer build() {
      return new HtmlRenderer(this);
    }
  }
}
