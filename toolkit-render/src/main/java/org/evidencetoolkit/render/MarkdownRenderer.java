package org.evidencetoolkit.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.evidencetoolkit.model.ImplementationTip;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Profile;
import org.evidencetoolkit.model.Resource;
import org.evidencetoolkit.model.Section;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.model.text.CommonMarkWriter;
import org.evidencetoolkit.model.text.Inline;
import org.evidencetoolkit.model.text.Link;
import org.evidencetoolkit.model.text.RichText;
import org.evidencetoolkit.model.text.Text;
import org.evidencetoolkit.render.internal.RatingText;
import org.evidencetoolkit.render.internal.SectionOrder;
import org.evidencetoolkit.render.labels.Labels;

/**
 * Renders an intervention as a CommonMark document: the title as a level-1 heading, the summary,
 * the headline ratings as a list (every fact, "Not given" where absent), for a headline-only entry
 * a sentence saying so, each non-empty section under a level-2 heading (tips under level-3
 * headings) in the profile's order ({@link Profile#sections()}, custom sections included), further
 * reading as a list of links, "Related approaches" as a list of titles (looked up in the
 * {@linkplain Builder#toolkit(Toolkit) toolkit}; without one, the ids), and after a thematic
 * break the toolkit's source
 * (when the renderer was given a {@linkplain Builder#toolkit(Toolkit) toolkit}) and the date last
 * updated. Estimates are worded by their measure ({@link Profile#describe}).
 *
 * <p>Each rich-text section is written so that a CommonMark parser (such as {@code toolkit-io}'s
 * reader) reads it back to the same {@link RichText}: every {@code Text} is escaped so it cannot
 * become markup, and characters a parser would drop (edge white space, line breaks) are written as
 * character references. Links the {@link UrlPolicy} refuses are written as their text. Two limits
 * of CommonMark itself: adjacent texts read back as one, and emphasis whose content starts or ends
 * with white space or punctuation right next to a letter may not read back as emphasis (the
 * {@code text.clean} rule keeps content free of such edges).
 *
 * <p>A toolkit's index ({@link #renderIndex(Toolkit)}) and a comparison ({@link
 * #renderComparison(List)}) are headings and lists, as CommonMark has no tables.
 *
 * <pre>{@code
 * String markdown = MarkdownRenderer.defaults().render(intervention);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class MarkdownRenderer implements Renderer {
  private static final MarkdownRenderer DEFAULTS = builder().build();

  /**
   * The CommonMark of every Markdown page (this renderer's and the changelog's): the model's
   * writer in page mode, which writes a link only where the {@link UrlPolicy} allows its address.
   */
  static final CommonMarkWriter PAGE_MARKDOWN = CommonMarkWriter.page(UrlPolicy::href);

  private final Labels labels;
  private final Profile profile;
  private final Optional<Resource> source;
  private final Optional<Toolkit> toolkit;
  private final Optional<Profile> givenProfile;
  private final Labels applicationLabels;

  private MarkdownRenderer(Builder builder) {
    this.profile = builder.pageProfile();
    this.givenProfile = builder.profile;
    this.applicationLabels = builder.labels;
    this.labels = builder.labels.under(profile);
    this.source = builder.source;
    this.toolkit = builder.toolkit;
  }

  /** A renderer with the default labels. */
  public static MarkdownRenderer defaults() {
    return DEFAULTS;
  }

  /** A builder; see its methods for the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** One intervention as Markdown. */
  @Override
  public String render(Intervention intervention) {
    StringBuilder out = new StringBuilder(4096);
    render(intervention, out);
    return out.toString();
  }

  /** Writes one intervention as Markdown. */
  @Override
  public void render(Intervention intervention, Appendable out) {
    Objects.requireNonNull(out, "out");
    List<String> blocks = new ArrayList<>();
    blocks.add("# " + PAGE_MARKDOWN.plain(RatingText.title(labels, intervention)));
    if (!intervention.summary().isBlank()) {
      blocks.add(PAGE_MARKDOWN.plain(intervention.summary()));
    }
    blocks.add(ratings(labels, profile, intervention, true));
    if (intervention.headlineOnly()) {
      blocks.add(PAGE_MARKDOWN.plain(labels.text("headline-only")));
    }
    SectionOrder.forEach(
        profile,
        intervention,
        section -> builtInSection(blocks, section, intervention),
        (id, body) -> section(blocks, labels.section(id), body));
    List<String> related = RatingText.related(labels, intervention, toolkit);
    if (!related.isEmpty()) {
      blocks.add(heading(2, labels.text("related")));
      blocks.add(String.join("\n", related.stream().map(t -> "- " + PAGE_MARKDOWN.plain(t)).toList()));
    }
    if (source.isPresent() || intervention.lastUpdated().isPresent()) {
      // A thematic break closes the last section, so what follows is not read as part of it.
      blocks.add("***");
    }
    source.ifPresent(s -> blocks.add(PAGE_MARKDOWN.line(RatingText.source(labels, s))));
    intervention
        .lastUpdated()
        .ifPresent(d -> blocks.add(PAGE_MARKDOWN.plain(labels.format("last-updated", labels.date(d)))));
    write(blocks, out);
  }

  /**
   * A toolkit's index: its title as the level-1 heading, what it is ({@link Toolkit#about()}) and
   * its source, then each intervention under a level-2 heading with the index's columns as a
   * list (impact, evidence, cost, prevention type, setting; "Not given" where absent), the same
   * as the text and HTML indexes. Worded under the builder's profile if it was given one, else
   * under the toolkit's.
   */
  @Override
  public String renderIndex(Toolkit toolkit) {
    StringBuilder out = new StringBuilder(4096);
    renderIndex(toolkit, out);
    return out.toString();
  }

  /** Writes a toolkit's index as Markdown. */
  @Override
  public void renderIndex(Toolkit toolkit, Appendable out) {
    Objects.requireNonNull(toolkit, "toolkit");
    Objects.requireNonNull(out, "out");
    Profile p = givenProfile.orElse(toolkit.profile());
    Labels words = p == profile ? labels : applicationLabels.under(p);
    List<String> blocks = new ArrayList<>();
    blocks.add("# " + PAGE_MARKDOWN.plain(
        RatingText.isInvisible(toolkit.title()) ? words.text("untitled") : toolkit.title()));
    blocks.addAll(PAGE_MARKDOWN.blocks(toolkit.about()));
    toolkit.source().ifPresent(s -> blocks.add(PAGE_MARKDOWN.line(RatingText.source(words, s))));
    if (toolkit.interventions().isEmpty()) {
      blocks.add(PAGE_MARKDOWN.plain(words.text("index.empty")));
    }
    for (Intervention i : toolkit.interventions()) {
      blocks.add(heading(2, RatingText.title(words, i)));
      if (i.headlineOnly()) {
        blocks.add(PAGE_MARKDOWN.plain(words.text("headline-only.short")));
      }
      blocks.add(ratings(words, p, i, false));
    }
    write(blocks, out);
  }

  /**
   * Several interventions compared rating by rating, as the text renderer lays them out: the
   * label {@code comparison.title} as the level-1 heading, then each rating (impact, evidence,
   * cost, prevention type, setting, sector, studies) under a level-2 heading with one list item
   * per intervention in the order given, "Title: value" ({@code comparison.entry}; "Not given"
   * where absent). CommonMark has no tables, so the comparison is lists. A list of interventions
   * carries no toolkit, so the words are the builder's profile's, {@link Profile#yef()} by
   * default.
   */
  @Override
  public String renderComparison(List<Intervention> interventions) {
    StringBuilder out = new StringBuilder(4096);
    renderComparison(interventions, out);
    return out.toString();
  }

  /** Writes a comparison of several interventions as Markdown. */
  @Override
  public void renderComparison(List<Intervention> interventions, Appendable out) {
    Objects.requireNonNull(interventions, "interventions");
    Objects.requireNonNull(out, "out");
    List<String> blocks = new ArrayList<>();
    blocks.add(heading(1, labels.text("comparison.title")));
    if (interventions.isEmpty()) {
      blocks.add(PAGE_MARKDOWN.plain(labels.text("index.empty")));
    } else {
      comparisonRow(blocks, "rating.impact", interventions,
          i -> RatingText.impact(labels, profile, i.impact()));
      comparisonRow(blocks, "rating.evidence", interventions,
          i -> RatingText.evidence(labels, i.evidence()));
      comparisonRow(blocks, "rating.cost", interventions, i -> RatingText.cost(labels, i.cost()));
      comparisonRow(blocks, "rating.prevention", interventions,
          i -> RatingText.preventionTypes(labels, i.preventionTypes()));
      comparisonRow(blocks, "rating.setting", interventions,
          i -> RatingText.settings(labels, i.settings()));
      comparisonRow(blocks, "rating.sector", interventions,
          i -> RatingText.sectors(labels, i.sectors()));
      comparisonRow(blocks, "rating.studies", interventions,
          i -> i.studyCount().isPresent() ? labels.studies(i.studyCount().getAsInt()) : "");
    }
    write(blocks, out);
  }

  private void comparisonRow(
      List<String> blocks, String key, List<Intervention> interventions,
      Function<Intervention, String> value) {
    blocks.add(heading(2, labels.text(key)));
    List<String> items = new ArrayList<>(interventions.size());
    for (Intervention i : interventions) {
      String v = value.apply(i);
      String entry = labels.format(
          "comparison.entry", RatingText.title(labels, i), v.isEmpty() ? labels.text("not-given") : v);
      items.add("- " + PAGE_MARKDOWN.plain(entry));
    }
    blocks.add(String.join("\n", items));
  }

  private static void write(List<String> blocks, Appendable out) {
    try {
      out.append(String.join("\n\n", blocks)).append('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The ratings as a list: impact, evidence, cost, prevention type and setting, and on a page
   * also sectors and studies; "Not given" for an absent fact.
   */
  private static String ratings(Labels labels, Profile profile, Intervention i, boolean details) {
    List<String> rows = new ArrayList<>();
    rows.add(row(labels, "rating.impact", RatingText.impact(labels, profile, i.impact())));
    rows.add(row(labels, "rating.evidence", RatingText.evidence(labels, i.evidence())));
    rows.add(row(labels, "rating.cost", RatingText.cost(labels, i.cost())));
    rows.add(row(labels, "rating.prevention", RatingText.preventionTypes(labels, i.preventionTypes())));
    rows.add(row(labels, "rating.setting", RatingText.settings(labels, i.settings())));
    if (details) {
      rows.add(row(labels, "rating.sector", RatingText.sectors(labels, i.sectors())));
      rows.add(row(labels, "rating.studies",
          i.studyCount().isPresent() ? labels.studies(i.studyCount().getAsInt()) : ""));
    }
    return String.join("\n", rows);
  }

  private static String row(Labels labels, String key, String value) {
    if (value.isEmpty()) {
      value = labels.text("not-given");
    }
    return "- **" + PAGE_MARKDOWN.plain(labels.format("markdown.rating", labels.text(key))) + "** "
        + PAGE_MARKDOWN.plain(value);
  }

  private static String heading(int level, String text) {
    return "#".repeat(level) + " " + PAGE_MARKDOWN.plain(text);
  }

  private void builtInSection(List<String> blocks, Section section, Intervention intervention) {
    switch (section) {
      case WHAT_IS_IT -> section(blocks, labels.section(section), intervention.whatIsIt());
      case EFFECTIVENESS -> section(blocks, labels.section(section), intervention.effectiveness());
      case EVIDENCE_SECURITY -> section(blocks, labels.section(section), intervention.evidenceSecurity());
      case COST -> section(blocks, labels.section(section), intervention.costDetails());
      case TOPIC_SUMMARY -> section(blocks, labels.section(section), intervention.topicSummary());
      case IMPLEMENTATION -> {
        blocks.add(heading(2, labels.section(section)));
        for (ImplementationTip tip : intervention.implementation()) {
          blocks.add(heading(3, tip.title()));
          blocks.addAll(PAGE_MARKDOWN.blocks(tip.body()));
        }
      }
      case FURTHER_READING -> {
        blocks.add(heading(2, labels.section(section)));
        List<String> items = new ArrayList<>();
        for (Resource resource : intervention.resources()) {
          List<Inline> title = List.of(new Text(resource.title()));
          String item = "- " + PAGE_MARKDOWN.line(
              resource.url().isPresent() ? List.of(new Link(resource.url().get(), title)) : title);
          if (resource.description().isPresent()) {
            item = item + "\n\n  " + PAGE_MARKDOWN.plain(resource.description().get());
          }
          items.add(item);
        }
        blocks.add(String.join("\n", items));
      }
    }
  }

  private void section(List<String> blocks, String heading, RichText text) {
    blocks.add(heading(2, heading));
    blocks.addAll(PAGE_MARKDOWN.blocks(text));
  }

  /** Configures a {@link MarkdownRenderer}. */
  public static final class Builder extends RendererBuilder<Builder> {

    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /** A renderer with these options. */
    public MarkdownRenderer build() {
      return new MarkdownRenderer(this);
    }
  }
}
