package org.evidencetoolkit.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.evidencetoolkit.model.ImplementationTip;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Resource;
import org.evidencetoolkit.model.text.Inline;
import org.evidencetoolkit.model.text.Link;
import org.evidencetoolkit.model.text.RichText;
import org.evidencetoolkit.model.text.Text;
import org.evidencetoolkit.render.internal.MarkdownText;
import org.evidencetoolkit.render.internal.RatingText;

/**
 * Renders an intervention as a CommonMark document: the title as a level-1 heading, the summary,
 * the headline ratings as a list, each non-empty section under a level-2 heading (tips under
 * level-3 headings), further reading as a list of links, and after a thematic break the date last
 * updated.
 *
 * <p>Each rich-text section is written so that a CommonMark parser (such as {@code toolkit-io}'s
 * reader) reads it back to the same {@link RichText}: every {@code Text} is escaped so it cannot
 * become markup, and characters a parser would drop (edge white space, line breaks) are written as
 * character references. Links the {@link UrlPolicy} refuses are written as their text. Two limits
 * of CommonMark itself: adjacent texts read back as one, and emphasis whose content starts or ends
 * with white space or punctuation right next to a letter may not read back as emphasis (the
 * {@code text.clean} rule keeps content free of such edges).
 *
 * <pre>{@code
 * String markdown = MarkdownRenderer.defaults().render(intervention);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class MarkdownRenderer {
  private static final MarkdownRenderer DEFAULTS = builder().build();

  private final Labels labels;

  private MarkdownRenderer(Builder builder) {
    this.labels = builder.labels;
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
  public String render(Intervention intervention) {
    StringBuilder out = new StringBuilder(4096);
    render(intervention, out);
    return out.toString();
  }

  /** Writes one intervention as Markdown. */
  public void render(Intervention intervention, Appendable out) {
    Objects.requireNonNull(out, "out");
    List<String> blocks = new ArrayList<>();
    blocks.add("# " + MarkdownText.plain(RatingText.title(labels, intervention)));
    if (!intervention.summary().isBlank()) {
      blocks.add(MarkdownText.plain(intervention.summary()));
    }
    blocks.add(ratings(intervention));
    section(blocks, Section.WHAT_IS_IT, intervention.whatIsIt());
    section(blocks, Section.EFFECTIVENESS, intervention.effectiveness());
    section(blocks, Section.EVIDENCE_SECURITY, intervention.evidenceSecurity());
    if (!intervention.implementation().isEmpty()) {
      blocks.add(heading(2, labels.section(Section.IMPLEMENTATION)));
      for (ImplementationTip tip : intervention.implementation()) {
        blocks.add(heading(3, tip.title()));
        blocks.addAll(MarkdownText.blocks(tip.body()));
      }
    }
    section(blocks, Section.COST, intervention.costDetails());
    section(blocks, Section.TOPIC_SUMMARY, intervention.topicSummary());
    if (!intervention.resources().isEmpty()) {
      blocks.add(heading(2, labels.section(Section.FURTHER_READING)));
      List<String> items = new ArrayList<>();
      for (Resource resource : intervention.resources()) {
        List<Inline> title = List.of(new Text(resource.title()));
        String item = "- " + MarkdownText.inlines(
            resource.url().isPresent() ? List.of(new Link(resource.url().get(), title)) : title);
        if (resource.description().isPresent()) {
          item = item + "\n\n  " + MarkdownText.plain(resource.description().get());
        }
        items.add(item);
      }
      blocks.add(String.join("\n", items));
    }
    intervention
        .lastUpdated()
        .ifPresent(
            d -> {
              // A thematic break closes the last section, so the date is not read as part of it.
              blocks.add("***");
              blocks.add(MarkdownText.plain(labels.format("last-updated", labels.date(d))));
            });
    try {
      out.append(String.join("\n\n", blocks)).append('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String ratings(Intervention i) {
    List<String> rows = new ArrayList<>();
    rows.add(row("rating.impact", RatingText.impact(labels, i.impact())));
    rows.add(row("rating.evidence", RatingText.evidence(labels, i.evidence())));
    rows.add(row("rating.cost", RatingText.cost(labels, i.cost())));
    String prevention = RatingText.preventionTypes(labels, i.preventionTypes());
    if (!prevention.isEmpty()) {
      rows.add(row("rating.prevention", prevention));
    }
    String settings = RatingText.settings(labels, i.settings());
    if (!settings.isEmpty()) {
      rows.add(row("rating.setting", settings));
    }
    String sectors = RatingText.sectors(labels, i.sectors());
    if (!sectors.isEmpty()) {
      rows.add(row("rating.sector", sectors));
    }
    if (i.studyCount().isPresent()) {
      rows.add(row("rating.studies", labels.studies(i.studyCount().getAsInt())));
    }
    return String.join("\n", rows);
  }

  private String row(String key, String value) {
    return "- **" + MarkdownText.plain(labels.format("markdown.rating", labels.text(key))) + "** "
        + MarkdownText.plain(value);
  }

  private static String heading(int level, String text) {
    return "#".repeat(level) + " " + MarkdownText.plain(text);
  }

  private void section(List<String> blocks, Section section, RichText text) {
    if (text.isEmpty()) {
      return;
    }
    blocks.add(heading(2, labels.section(section)));
    blocks.addAll(MarkdownText.blocks(text));
  }

  /** Configures a {@link MarkdownRenderer}. */
  public static final class Builder {
    private Labels labels = Labels.defaults();

    private Builder() {}

    /** The words to show; default {@link Labels#defaults()}. */
    public Builder labels(Labels labels) {
      this.labels = Objects.requireNonNull(labels, "labels");
      return this;
    }

    /** A renderer with these options. */
    public MarkdownRenderer build() {
      return new MarkdownRenderer(this);
    }
  }
}
