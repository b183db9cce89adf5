package org.evidencetoolkit.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.evidencetoolkit.model.ImplementationTip;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Profile;
import org.evidencetoolkit.model.Resource;
import org.evidencetoolkit.model.Section;
import org.evidencetoolkit.model.Toolkit;
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
import org.evidencetoolkit.render.internal.Columns;
import org.evidencetoolkit.render.internal.RatingText;
import org.evidencetoolkit.render.internal.SectionOrder;
import org.evidencetoolkit.render.internal.TextLines;
import org.evidencetoolkit.render.labels.Labels;

/**
 * Renders interventions, toolkit indexes and comparisons as plain text for terminals and e-mail.
 *
 * <p>The layout: the title underlined with {@code =}, the summary, the headline ratings as a
 * two-column list (a gauge plus words, e.g. {@code ●●●○○ 3/5 Moderate}; cost {@code ?} when not
 * rated), then each non-empty section under a heading underlined with {@code -}. Emphasis is shown
 * as {@code _this_}, strong emphasis as {@code *this*}. Links become numbered references, {@code
 * text [1]}, listed under "References" at the end; an address the {@link UrlPolicy} refuses is
 * dropped and its text kept.
 *
 * <p><b>Profiles.</b> Each call works under one {@link Profile}: the builder's ({@link
 * Builder#profile(Profile)}, {@link Builder#toolkit(Toolkit)}), else for an index the toolkit's,
 * else {@link Profile#yef()}. Its measures word every estimate ("Moderate impact (+3 months)"),
 * its section order orders a page (custom sections included), and its labels lie between the
 * shipped English and the application's {@link Builder#labels(Labels) labels}. An index shows the
 * toolkit's about and source under its title.
 *
 * <p>Width is measured in terminal columns (see the module README): combining marks take none,
 * East Asian wide characters and most emoji two. Words are wrapped, no line ends in white space,
 * and no line is wider than {@link Builder#width(int) the width} unless it holds a single word too
 * wide for the room the layout leaves (a long address is never split). Control characters and
 * bidirectional controls in content are shown as U+FFFD ({@link TerminalText#printable}), so
 * content cannot drive the terminal.
 *
 * <pre>{@code
 * String text = TextRenderer.builder().width(60).glyphs(Glyphs.ASCII).build().render(intervention);
 * TextRenderer.defaults().renderIndex(toolkit, System.out);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; each call keeps its state to itself. The {@code
 * Appendable} forms throw {@link java.io.UncheckedIOException} if the appendable does.
 */
public final class TextRenderer implements Renderer {
  /** The narrowest width a renderer accepts. */
  public static final int MIN_WIDTH = 20;

  private static final TextRenderer DEFAULTS = builder().build();

  // Room for a typical document's text (about 10 KB of content), so the buffer rarely grows.
  private static final int DOCUMENT_CAPACITY = 16_384;

  private static final String[] SPACES = new String[33];

  static {
    for (int n = 0; n < SPACES.length; n++) {
      SPACES[n] = " ".repeat(n);
    }
  }

  private final int width;
  private final Glyphs glyphs;
  private final Labels applicationLabels;
  private final Optional<Profile> profile;
  private final Optional<Resource> source;
  private final Optional<Toolkit> toolkit;
  // The profile and labels in force for single interventions and comparisons, worked out once.
  private final Profile pageProfile;
  private final Labels pageLabels;

  private TextRenderer(Builder builder) {
    this.width = builder.width;
    this.glyphs = builder.glyphs;
    this.applicationLabels = builder.labels;
    this.profile = builder.profile;
    this.source = builder.source;
    this.toolkit = builder.toolkit;
    this.pageProfile = builder.pageProfile();
    this.pageLabels = applicationLabels.under(pageProfile);
  }

  /** A renderer with every option at its default. */
  public static TextRenderer defaults() {
    return DEFAULTS;
  }

  /** A builder; see its methods for the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** One intervention as text. */
  @Override
  public String render(Intervention intervention) {
    StringBuilder out = documentBuffer();
    new Rendering(out, pageLabels, pageProfile).intervention(intervention);
    return out.toString();
  }

  /** Writes one intervention as text. */
  @Override
  public void render(Intervention intervention, Appendable out) {
    Objects.requireNonNull(out, "out");
    StringBuilder text = out instanceof StringBuilder builder ? builder : documentBuffer();
    new Rendering(text, pageLabels, pageProfile).intervention(intervention);
    copy(text, out);
  }

  /**
   * A toolkit's index: its title, what it is ({@link Toolkit#about()}) and its source, then each
   * intervention's title and headline ratings, in the toolkit's order. Worded under the
   * builder's profile if it was given one, else under the toolkit's.
   */
  @Override
  public String renderIndex(Toolkit toolkit) {
    StringBuilder out = new StringBuilder(4096);
    indexRendering(out, toolkit).index(toolkit);
    return out.toString();
  }

  /** Writes a toolkit's index. */
  @Override
  public void renderIndex(Toolkit toolkit, Appendable out) {
    Objects.requireNonNull(out, "out");
    StringBuilder text = buffer(out, 4096);
    indexRendering(text, toolkit).index(toolkit);
    copy(text, out);
  }

  /**
   * Several interventions compared rating by rating: under each rating, one line per
   * intervention in the order given. A list of interventions carries no toolkit, so the words
   * are the builder's profile's ({@link Builder#profile(Profile)}, {@link Builder#toolkit(Toolkit)}).
   */
  @Override
  public String renderComparison(List<Intervention> interventions) {
    StringBuilder out = new StringBuilder(4096);
    new Rendering(out, pageLabels, pageProfile).comparison(interventions);
    return out.toString();
  }

  /** Writes a comparison of several interventions. */
  @Override
  public void renderComparison(List<Intervention> interventions, Appendable out) {
    Objects.requireNonNull(out, "out");
    StringBuilder text = buffer(out, 4096);
    new Rendering(text, pageLabels, pageProfile).comparison(interventions);
    copy(text, out);
  }

  /** A rendering of a toolkit's index: the builder's profile if it has one, else the toolkit's. */
  private Rendering indexRendering(StringBuilder out, Toolkit toolkit) {
    Profile p = profile.orElse(toolkit.profile());
    return new Rendering(out, p == pageProfile ? pageLabels : applicationLabels.under(p), p);
  }

  /**
   * An empty buffer with room for a typical document's text.
   *
   * <p>A {@code StringBuilder} keeps one byte per char until the first char beyond Latin-1
   * arrives, then copies itself into a new array of two bytes per char. Gauges drawn with such
   * glyphs (the default {@code ●○}) make that copy all but certain, so the buffer is made wide
   * before it grows: one allocation of the document's size instead of two. Should the text turn
   * out to be Latin-1 after all, {@code toString()} still stores it compactly.
   */
  private StringBuilder documentBuffer() {
    StringBuilder out = new StringBuilder(1);
    if (glyphs.filled().charAt(0) > 0xFF) {
      out.append(glyphs.filled()).setLength(0);
    }
    out.ensureCapacity(DOCUMENT_CAPACITY);
    return out;
  }

  /**
   * Where to lay text out for {@code out}: a {@code StringBuilder} directly (lines are trimmed in
   * place, after what it already holds), anything else through a buffer written at the end.
   */
  private static StringBuilder buffer(Appendable out, int capacity) {
    return out instanceof StringBuilder builder ? builder : new StringBuilder(capacity);
  }

  private static void copy(StringBuilder text, Appendable out) {
    if (text == out) {
      return;
    }
    try {
      out.append(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The decimal digits of a positive number. */
  private static int digits(int n) {
    int digits = 1;
    for (int rest = n / 10; rest > 0; rest /= 10) {
      digits++;
    }
    return digits;
  }

  /** {@code n} spaces, without a new string for the common indents. */
  private static String spaces(int n) {
    return n >= 0 && n < SPACES.length ? SPACES[n] : " ".repeat(n);
  }

  /** The width this renderer wraps to. */
  public int width() {
    return width;
  }

  /** Configures a {@link TextRenderer}. */
  public static final class Builder extends RendererBuilder<Builder> {
    private int width = 80;
    private Glyphs glyphs = Glyphs.UNICODE;

    private Builder() {}

    /**
     * The width in terminal columns to wrap to; default 80.
     *
     * @throws IllegalArgumentException if below {@value TextRenderer#MIN_WIDTH}
     */
    public Builder width(int width) {
      this.width = checkWidth(width);
      return this;
    }

    /** The glyphs for gauges and bullets; default {@link Glyphs#UNICODE}. */
    public Builder glyphs(Glyphs glyphs) {
      this.glyphs = Objects.requireNonNull(glyphs, "glyphs");
      return this;
    }

    @Override
    Builder self() {
      return this;
    }

    /** A renderer with these options. */
    public TextRenderer build() {
      return new TextRenderer(this);
    }
  }

  /** The state of one call: the text so far and the references collected. */
  private final class Rendering {
    private final TextLines out;
    private final Labels labels;
    private final Profile profile;
    private final Map<String, Integer> references = new LinkedHashMap<>();
    // One paragraph's text at a time (rich text flattened, a resource with its reference), and a
    // list marker or reference number: reused so that wrapping needs no string per paragraph.
    private final StringBuilder paragraph = new StringBuilder(512);
    private final StringBuilder marker = new StringBuilder(16);
    // Whether a text appended to the paragraph buffer since it was cleared needs replacements.
    private boolean unprintable;

    Rendering(StringBuilder text, Labels labels, Profile profile) {
      this.out = new TextLines(width, text);
      this.labels = labels;
      this.profile = profile;
    }

    void intervention(Intervention i) {
      heading(RatingText.title(labels, i), '=');
      out.blank();
      paragraph(i.summary(), "");
      out.blank();
      ratings(i, "", true);
      if (i.headlineOnly()) {
        out.blank();
        paragraph(labels.text("headline-only"), "");
      }
      SectionOrder.forEach(
          profile, i, section -> builtInSection(section, i), (id, body) -> section(labels.section(id), body));
      related(i);
      if (source.isPresent()) {
        out.blank();
        out.wrap(inlines(RatingText.source(labels, source.get())), "", "");
      }
      if (i.lastUpdated().isPresent()) {
        out.blank();
        paragraph(labels.format("last-updated", labels.date(i.lastUpdated().get())), "");
      }
      references();
    }

    /** A built-in section: rich text, or the numbered tips, or the list of further reading. */
    private void builtInSection(Section section, Intervention i) {
      switch (section) {
        case WHAT_IS_IT -> section(labels.section(section), i.whatIsIt());
        case EFFECTIVENESS -> section(labels.section(section), i.effectiveness());
        case EVIDENCE_SECURITY -> section(labels.section(section), i.evidenceSecurity());
        case COST -> section(labels.section(section), i.costDetails());
        case TOPIC_SUMMARY -> section(labels.section(section), i.topicSummary());
        case IMPLEMENTATION -> implementation(i);
        case FURTHER_READING -> furtherReading(i);
      }
    }

    private void implementation(Intervention i) {
      heading(labels.section(Section.IMPLEMENTATION), '-');
      int n = 1;
      for (ImplementationTip tip : i.implementation()) {
        marker.setLength(0);
        marker.append(n++).append(". ");
        String indent = spaces(marker.length());
        out.blank();
        out.wrap(TerminalText.printable(tip.title()), marker, indent);
        richText(tip.body(), indent, false);
      }
    }

    /** "Related approaches" as a list of titles (ids without a toolkit; unknown ids left out). */
    private void related(Intervention i) {
      List<String> titles = RatingText.related(labels, i, toolkit);
      if (titles.isEmpty()) {
        return;
      }
      heading(labels.text("related"), '-');
      out.blank();
      String bullet = "  " + glyphs.bullet() + " ";
      String indent = spaces(Columns.of(bullet));
      for (String title : titles) {
        out.wrap(TerminalText.printable(title), bullet, indent);
      }
    }

    private void furtherReading(Intervention i) {
      heading(labels.section(Section.FURTHER_READING), '-');
      out.blank();
      String bullet = "  " + glyphs.bullet() + " ";
      String indent = spaces(Columns.of(bullet));
      for (Resource resource : i.resources()) {
        paragraph.setLength(0);
        paragraph.append(resource.title());
        URI url = resource.url().orElse(null);
        String href = url == null ? null : UrlPolicy.href(url).orElse(null);
        if (href != null) {
          paragraph.append(" [").append(reference(href)).append(']');
        }
        if (out.wrap(TerminalText.makePrintable(paragraph), bullet, indent) == 0) {
          out.line(bullet);
        }
        String description = resource.description().orElse(null);
        if (description != null) {
          paragraph(description, indent);
        }
      }
    }

    void index(Toolkit toolkit) {
      // The same columns as the HTML index (IndexColumn): title, impact, evidence, cost,
      // prevention type and setting.
      heading(RatingText.isInvisible(toolkit.title()) ? labels.text("untitled") : toolkit.title(), '=');
      richText(toolkit.about(), "", true);
      if (toolkit.source().isPresent()) {
        out.blank();
        out.wrap(inlines(RatingText.source(labels, toolkit.source().get())), "", "");
      }
      if (toolkit.interventions().isEmpty()) {
        out.blank();
        paragraph(labels.text("index.empty"), "");
      }
      for (Intervention i : toolkit.interventions()) {
        out.blank();
        paragraph(RatingText.title(labels, i), "");
        if (i.headlineOnly()) {
          paragraph(labels.text("headline-only.short"), "  ");
        }
        ratings(i, "  ", false);
      }
      references();
    }

    void comparison(List<Intervention> interventions) {
      heading(labels.text("comparison.title"), '=');
      if (interventions.isEmpty()) {
        out.blank();
        paragraph(labels.text("index.empty"), "");
        return;
      }
      comparisonRow("rating.impact", interventions, this::impact);
      comparisonRow("rating.evidence", interventions, this::evidence);
      comparisonRow("rating.cost", interventions, this::cost);
      comparisonRow(
          "rating.prevention",
          interventions,
          i -> orNotGiven(RatingText.preventionTypes(labels, i.preventionTypes())));
      comparisonRow(
          "rating.setting", interventions, i -> orNotGiven(RatingText.settings(labels, i.settings())));
      comparisonRow(
          "rating.sector", interventions, i -> orNotGiven(RatingText.sectors(labels, i.sectors())));
      comparisonRow(
          "rating.studies",
          interventions,
          i -> i.studyCount().isPresent()
              ? labels.studies(i.studyCount().getAsInt())
              : labels.text("not-given"));
    }

    private void comparisonRow(
        String key, List<Intervention> interventions,
        java.util.function.Function<Intervention, String> value) {
      out.blank();
      paragraph(labels.text(key), "");
      String bullet = "  " + glyphs.bullet() + " ";
      String indent = spaces(Columns.of(bullet));
      for (Intervention i : interventions) {
        String entry =
            labels.format("comparison.entry", RatingText.title(labels, i), value.apply(i));
        out.wrap(TerminalText.printable(entry), bullet, indent);
      }
    }

    private String orNotGiven(String list) {
      return list.isEmpty() ? labels.text("not-given") : list;
    }

    /**
     * The headline ratings as aligned rows: impact, evidence, cost, prevention type and setting
     * (the index's columns), and on a page also sectors and studies; "Not given" for an absent
     * fact.
     */
    private void ratings(Intervention i, String indent, boolean details) {
      List<String[]> rows = new ArrayList<>(7);
      rows.add(new String[] {labels.text("rating.impact"), impact(i)});
      rows.add(new String[] {labels.text("rating.evidence"), evidence(i)});
      rows.add(new String[] {labels.text("rating.cost"), cost(i)});
      rows.add(new String[] {
        labels.text("rating.prevention"), orNotGiven(RatingText.preventionTypes(labels, i.preventionTypes()))
      });
      rows.add(new String[] {labels.text("rating.setting"), orNotGiven(RatingText.settings(labels, i.settings()))});
      if (details) {
        rows.add(new String[] {labels.text("rating.sector"), orNotGiven(RatingText.sectors(labels, i.sectors()))});
        rows.add(new String[] {
          labels.text("rating.studies"),
          i.studyCount().isPresent() ? labels.studies(i.studyCount().getAsInt()) : labels.text("not-given")
        });
      }
      int labelColumns = 0;
      for (String[] row : rows) {
        labelColumns = Math.max(labelColumns, Columns.of(TerminalText.printable(row[0])));
      }
      int indentColumns = Columns.of(indent);
      int valueStart = indentColumns + labelColumns + 2;
      boolean aligned = valueStart <= width / 2;
      String valueIndent = spaces(valueStart);
      for (String[] row : rows) {
        String label = TerminalText.printable(row[0]);
        String value = TerminalText.printable(row[1]);
        if (aligned) {
          marker.setLength(0);
          marker.append(indent).append(label).append(spaces(valueStart - indentColumns - Columns.of(label)));
          out.wrap(value, marker, valueIndent);
        } else {
          out.wrap(label, indent, indent);
          String valuePrefix = indent + "  ";
          out.wrap(value, valuePrefix, valuePrefix);
        }
      }
    }

    private String impact(Intervention i) {
      OptionalInt pips = RatingText.impactPips(i.impact().band());
      String words = RatingText.impact(labels, profile, i.impact());
      if (pips.isPresent()) {
        return glyphs.gauge(pips.getAsInt(), RatingText.IMPACT_PIPS) + " " + words;
      }
      if (i.impact().band() == org.evidencetoolkit.model.ImpactBand.HARMFUL) {
        return glyphs.harmful() + " " + words;
      }
      return words;
    }

    private String evidence(Intervention i) {
      String words = RatingText.evidence(labels, i.evidence());
      return i.evidence().isRated()
          ? glyphs.gauge(i.evidence().level().getAsInt(), RatingText.LEVEL_PIPS) + " " + words
          : words;
    }

    private String cost(Intervention i) {
      String words = RatingText.cost(labels, i.cost());
      return i.cost().isRated()
          ? glyphs.gauge(i.cost().level().getAsInt(), RatingText.LEVEL_PIPS) + " " + words
          : words;
    }

    private void heading(String text, char underline) {
      out.heading(TerminalText.printable(text), labels.text("untitled"), underline);
    }

    private void section(String heading, RichText body) {
      heading(heading, '-');
      richText(body, "", true);
    }

    private void paragraph(String text, String indent) {
      out.wrap(TerminalText.printable(text), indent, indent);
    }

    private void richText(RichText text, String indent, boolean blankBefore) {
      boolean first = !blankBefore;
      // Indexed loops over the model's lists (all random access): rich text is walked for every
      // paragraph, and an iterator per list is most of what the walk would allocate.
      List<Block> blocks = text.blocks();
      for (int b = 0; b < blocks.size(); b++) {
        Block block = blocks.get(b);
        if (!first) {
          out.blank();
        }
        first = false;
        if (block instanceof Paragraph p) {
          out.wrap(inlines(p.inlines()), indent, indent);
        } else if (block instanceof BulletList list) {
          String bullet = indent + "  " + glyphs.bullet() + " ";
          String rest = spaces(Columns.of(bullet));
          List<List<Inline>> items = list.items();
          for (int k = 0; k < items.size(); k++) {
            listItem(inlines(items.get(k)), bullet, rest);
          }
        } else if (block instanceof OrderedList list) {
          List<List<Inline>> items = list.items();
          int digits = digits(items.size());
          for (int k = 0; k < items.size(); k++) {
            int number = k + 1;
            marker.setLength(0);
            marker.append(indent).append("  ");
            marker.append(spaces(digits - digits(number)));
            marker.append(number).append(". ");
            listItem(inlines(items.get(k)), marker, spaces(Columns.of(marker)));
          }
        }
      }
    }

    private void listItem(CharSequence text, CharSequence marker, String rest) {
      if (out.wrap(text, marker, rest) == 0) {
        out.line(marker);
      }
    }

    /** Inlines flattened to printable text in the reused paragraph buffer. */
    private StringBuilder inlines(List<Inline> inlines) {
      paragraph.setLength(0);
      unprintable = false;
      appendInlines(inlines, paragraph);
      // Each text was checked as a string (faster than scanning the buffer). When all are
      // printable, so is their concatenation: joining texts can pair up lone surrogates, never
      // split a pair, and the marks added between them are printable ASCII.
      return unprintable ? TerminalText.makePrintable(paragraph) : paragraph;
    }

    private void appendInlines(List<Inline> inlines, StringBuilder text) {
      for (int k = 0; k < inlines.size(); k++) {
        Inline inline = inlines.get(k);
        if (inline instanceof Text t) {
          String s = t.text();
          unprintable |= !TerminalText.isPrintable(s);
          text.append(s);
        } else if (inline instanceof Emphasis e) {
          text.append('_');
          appendInlines(e.children(), text);
          text.append('_');
        } else if (inline instanceof Strong s) {
          text.append('*');
          appendInlines(s.children(), text);
          text.append('*');
        } else if (inline instanceof Link link) {
          appendInlines(link.children(), text);
          String href = UrlPolicy.href(link.url()).orElse(null);
          if (href != null) {
            text.append(" [").append(reference(href)).append(']');
          }
        }
      }
    }

    private int reference(String href) {
      Integer number = references.get(href);
      if (number == null) {
        number = references.size() + 1;
        references.put(href, number);
      }
      return number;
    }

    private void references() {
      if (references.isEmpty()) {
        return;
      }
      heading(labels.text("references"), '-');
      out.blank();
      for (Map.Entry<String, Integer> reference : references.entrySet()) {
        marker.setLength(0);
        marker.append('[').append(reference.getValue().intValue()).append("] ");
        out.wrap(TerminalText.printable(reference.getKey()), marker, spaces(marker.length()));
      }
    }
  }
}
