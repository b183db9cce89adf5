package org.evidencetoolkit.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Profile;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.model.diff.Change;
import org.evidencetoolkit.model.text.Strong;
import org.evidencetoolkit.model.text.Text;
import org.evidencetoolkit.render.html.HtmlPart;
import org.evidencetoolkit.render.html.HtmlPartRendererFactory;
import org.evidencetoolkit.render.html.HtmlWriter;
import org.evidencetoolkit.render.internal.ChangeSentences;
import org.evidencetoolkit.render.internal.Columns;
import org.evidencetoolkit.render.internal.HtmlOptions;
import org.evidencetoolkit.render.internal.HtmlRendering;
import org.evidencetoolkit.render.internal.RelativeUrls;
import org.evidencetoolkit.render.internal.TextLines;
import org.evidencetoolkit.render.labels.Labels;

/**
 * A changelog: what {@link org.evidencetoolkit.model.diff.ToolkitDiff} found between two
 * editions, in words, as text, Markdown or HTML (SPEC §12).
 *
 * <p>It is grouped by subject: first the toolkit's own fields, then each intervention named by its
 * title (the new edition's, or the old one's if it was removed), in the order of the changes. Each
 * entry is one sentence of clauses, e.g. "Mentoring pilot — impact raised from Moderate impact (14%
 * less violence) to High impact (31% less violence); evidence quality raised from 2/5 Low to 3/5
 * Moderate; tip added: Supervise the matches". Band, estimate and measure make one impact clause;
 * rich text says how many words were added and removed.
 *
 * <p>Every word comes from {@link Labels} (keys {@code changes.*}, and the rating, band and
 * section labels), and estimates are worded by each edition's {@link Profile} ({@link
 * Profile#describe}), so a changelog speaks the toolkit's own language. Unless the builder is
 * given labels, the new edition's profile labels are laid over the shipped English.
 *
 * <pre>{@code
 * List<Change> changes = ToolkitDiff.between(lastYear, thisYear);
 * String text = ChangelogRenderer.defaults().render(ChangelogRenderer.Format.TEXT, changes, lastYear, thisYear);
 * }</pre>
 *
 * <p>HTML is written through {@link HtmlWriter}, which escapes all content; links to
 * interventions' pages ({@link Builder#interventionLink}) are used only when they are relative
 * addresses without a scheme. A whole page has the same skeleton as {@link HtmlRenderer}'s pages:
 * {@link HtmlPart.Navigation} and {@link HtmlPart.PageFooter} (of kind {@link
 * HtmlPart.PageKind#CHANGES}) around {@code <main>}, drawn by the application's {@linkplain
 * Builder#partRendererFactory part renderers} (the core draws nothing for them). Instances are
 * immutable and thread-safe.
 */
public final class ChangelogRenderer {
  private static final ChangelogRenderer DEFAULTS = builder().build();

  /** The output formats. */
  public enum Format {
    /** Plain text for terminals and e-mail, wrapped to the width. */
    TEXT,
    /** CommonMark: a heading and a list. */
    MARKDOWN,
    /** An HTML {@code <section>} to embed. */
    HTML_FRAGMENT,
    /** A whole HTML5 page. */
    HTML_PAGE
  }

  private final Optional<Labels> labels;
  private final Profile profile;
  private final int width;
  private final int headingBaseLevel;
  private final String classPrefix;
  private final Function<Intervention, Optional<String>> interventionLink;
  private final Stylesheet stylesheet;
  private final Optional<String> introduction;
  private final List<HtmlPartRendererFactory> partRendererFactories;

  private ChangelogRenderer(Builder builder) {
    this.labels = builder.labels;
    this.profile = builder.profile;
    this.width = builder.width;
    this.headingBaseLevel = builder.headingBaseLevel;
    this.classPrefix = builder.classPrefix;
    this.interventionLink = builder.interventionLink;
    this.stylesheet = builder.stylesheet;
    this.introduction = builder.introduction;
    this.partRendererFactories = List.copyOf(builder.partRendererFactories);
  }

  /** A renderer with every option at its default. */
  public static ChangelogRenderer defaults() {
    return DEFAULTS;
  }

  /** A builder; see its methods for the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The changelog of changes between two editions of a toolkit. */
  public String render(Format format, List<Change> changes, Toolkit before, Toolkit after) {
    StringBuilder out = new StringBuilder(1024 + 160 * changes.size());
    render(format, changes, before, after, out);
    return out.toString();
  }

  /** Writes the changelog of changes between two editions of a toolkit. */
  public void render(
      Format format, List<Change> changes, Toolkit before, Toolkit after, Appendable out) {
    Labels words = labelsFor(after.profile());
    write(format, words, ChangeSentences.of(words, changes, before, after), out);
  }

  /**
   * The changelog of changes between two editions of one intervention, with estimates worded by
   * the builder's {@linkplain Builder#profile profile}.
   */
  public String render(
      Format format, List<Change> changes, Intervention before, Intervention after) {
    StringBuilder out = new StringBuilder(1024 + 160 * changes.size());
    Labels words = labelsFor(profile);
    write(format, words, ChangeSentences.of(words, changes, before, after, profile), out);
    return out.toString();
  }

  /** Built-in English ← the edition's profile ← the application's labels, as every renderer. */
  private Labels labelsFor(Profile edition) {
    return labels.orElseGet(Labels::defaults).under(edition);
  }

  private void write(
      Format format, Labels words, List<ChangeSentences.Entry> entries, Appendable out) {
    Objects.requireNonNull(out, "out");
    switch (format) {
      case TEXT -> append(out, text(words, entries));
      case MARKDOWN -> append(out, markdown(words, entries));
      case HTML_FRAGMENT -> html(words, entries, new HtmlWriter(out));
      case HTML_PAGE -> {
        HtmlRendering rendering =
            new HtmlRendering(options(words), words, profile, Optional.empty(), out);
        rendering.page(HtmlPart.PageKind.CHANGES, words.text("changes.title"),
            stylesheet.href(), stylesheet.css(),
            () -> html(words, entries, rendering.writer()));
      }
    }
  }

  private String text(Labels words, List<ChangeSentences.Entry> entries) {
    StringBuilder out = new StringBuilder();
    TextLines lines = new TextLines(width, out);
    lines.heading(TerminalText.printable(words.text("changes.title")), "-", '=');
    if (introduction.isPresent()) {
      lines.blank();
      lines.wrap(TerminalText.printable(introduction.get()), "", "");
    }
    if (entries.isEmpty()) {
      lines.blank();
      lines.wrap(TerminalText.printable(words.text("changes.none")), "", "");
    }
    for (ChangeSentences.Entry entry : entries) {
      lines.blank();
      lines.wrap(TerminalText.printable(entry.name() + words.text("changes.entry.separator")
          + String.join(words.text("changes.separator"), entry.clauses())), "", "  ");
    }
    return out.toString();
  }

  private String markdown(Labels words, List<ChangeSentences.Entry> entries) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(MarkdownRenderer.PAGE_MARKDOWN.plain(words.text("changes.title"))).append("\n\n");
    introduction.ifPresent(text -> out.append(MarkdownRenderer.PAGE_MARKDOWN.plain(text)).append("\n\n"));
    if (entries.isEmpty()) {
      out.append(MarkdownRenderer.PAGE_MARKDOWN.plain(words.text("changes.none"))).append('\n');
    }
    for (ChangeSentences.Entry entry : entries) {
      out.append("- ")
          .append(MarkdownRenderer.PAGE_MARKDOWN.line(List.of(
              new Strong(List.of(new Text(entry.name()))),
              new Text(words.text("changes.entry.separator")
                  + String.join(words.text("changes.separator"), entry.clauses())))))
          .append('\n');
    }
    return out.toString();
  }

  private void html(Labels words, List<ChangeSentences.Entry> entries, HtmlWriter html) {
    html.tag("section", "class", classPrefix + "changes");
    html.line();
    String h = "h" + headingBaseLevel;
    html.tag(h, "class", classPrefix + "changes-title");
    html.text(words.text("changes.title"));
    html.end(h);
    html.line();
    if (introduction.isPresent()) {
      html.tag("p", "class", classPrefix + "changes-intro");
      html.text(introduction.get());
      html.end("p");
      html.line();
    }
    if (entries.isEmpty()) {
      html.tag("p", "class", classPrefix + "changes-none");
      html.text(words.text("changes.none"));
      html.end("p");
      html.line();
    } else {
      html.tag("ul", "class", classPrefix + "changes-list");
      html.line();
      for (ChangeSentences.Entry entry : entries) {
        html.tag("li", "class", classPrefix + "change");
        html.tag("strong");
        Optional<String> href = entry.intervention().flatMap(interventionLink)
            .filter(RelativeUrls::isSafe);
        if (href.isPresent()) {
          html.tag("a", "href", href.get());
          html.text(entry.name());
          html.end("a");
        } else {
          html.text(entry.name());
        }
        html.end("strong");
        html.text(words.text("changes.entry.separator")
            + String.join(words.text("changes.separator"), entry.clauses()));
        html.end("li");
        html.line();
      }
      html.end("ul");
      html.line();
    }
    html.end("section");
    html.line();
  }

  private HtmlOptions options(Labels words) {
    return new HtmlOptions(headingBaseLevel, classPrefix, words, Optional.of(profile),
        Optional.empty(), Optional.empty(), Optional.empty(), interventionLink,
        partRendererFactories, List.of(), List.of());
  }

  private static void append(Appendable out, String text) {
    try {
      out.append(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Configures a {@link ChangelogRenderer}. */
  public static final class Builder {
    private Optional<Labels> labels = Optional.empty();
    private Profile profile = Profile.yef();
    private int width = 80;
    private int headingBaseLevel = 1;
    private String classPrefix = "et-";
    private Function<Intervention, Optional<String>> interventionLink = i -> Optional.empty();
    private Stylesheet stylesheet = Stylesheet.defaults();
    private Optional<String> introduction = Optional.empty();
    private final List<HtmlPartRendererFactory> partRendererFactories = new ArrayList<>();

    private Builder() {}

    /**
     * The words to show; default the shipped English with the new edition's profile labels laid
     * over it.
     */
    public Builder labels(Labels labels) {
      this.labels = Optional.of(Objects.requireNonNull(labels, "labels"));
      return this;
    }

    /**
     * The profile that words estimates when two interventions are compared; default {@link
     * Profile#yef()}. Toolkits bring their own.
     */
    public Builder profile(Profile profile) {
      this.profile = Objects.requireNonNull(profile, "profile");
      return this;
    }

    /**
     * The width of text output in terminal columns; default 80.
     *
     * @throws IllegalArgumentException if less than {@link TextRenderer#MIN_WIDTH}
     */
    public Builder width(int width) {
      this.width = RendererBuilder.checkWidth(width);
      return this;
    }

    /**
     * The level of the changelog's heading in HTML; default 1.
     *
     * @throws IllegalArgumentException unless 1–6
     */
    public Builder headingBaseLevel(int level) {
      this.headingBaseLevel = RendererBuilder.checkHeadingBaseLevel(level, 6);
      return this;
    }

    /**
     * Put before every CSS class; default {@code "et-"}.
     *
     * @throws IllegalArgumentException unless letters, digits, {@code -} and {@code _} only
     */
    public Builder classPrefix(String prefix) {
      this.classPrefix = RendererBuilder.checkClassPrefix(prefix);
      return this;
    }

    /**
     * Where each intervention's own page is, for HTML entries to link to; default none. Only
     * relative addresses without a scheme are used.
     */
    public Builder interventionLink(Function<Intervention, Optional<String>> link) {
      this.interventionLink = Objects.requireNonNull(link, "link");
      return this;
    }

    /** The stylesheet of a whole page; default {@link Stylesheet#defaults()}. */
    public Builder stylesheet(Stylesheet stylesheet) {
      this.stylesheet = Objects.requireNonNull(stylesheet, "stylesheet");
      return this;
    }

    /**
     * A sentence under the changelog's heading in every format, such as which editions are
     * compared; default none. It is text, escaped like all content.
     */
    public Builder introduction(String text) {
      this.introduction = Optional.of(Objects.requireNonNull(text, "text"));
      return this;
    }

    /**
     * Adds a factory of part renderers for a whole HTML page, first added first, as {@link
     * HtmlRenderer.Builder#partRendererFactory}: a page's {@link HtmlPart.Navigation} and {@link
     * HtmlPart.PageFooter} (kind {@link HtmlPart.PageKind#CHANGES}) are drawn by them, so a site
     * gives its changelog page the navigation and footer of its other pages. Default none.
     */
    public Builder partRendererFactory(HtmlPartRendererFactory factory) {
      partRendererFactories.add(Objects.requireNonNull(factory, "factory"));
      return this;
    }

    /** A renderer with these options. */
    public ChangelogRenderer build() {
      return new ChangelogRenderer(this);
    }
  }
}
