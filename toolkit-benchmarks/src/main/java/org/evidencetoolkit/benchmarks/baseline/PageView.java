package org.evidencetoolkit.benchmarks.baseline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.evidencetoolkit.model.ImplementationTip;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Resource;
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
import org.jspecify.annotations.Nullable;

/**
 * The model a template engine renders the page from, built per page by the code that calls the
 * template (as a web controller would): words looked up, ratings spelled out, sections listed.
 * Rich text stays as the toolkit's model for jte, which walks it in Java; {@link
 * SectionView#blocks()} wraps it for mustache, which can only look values up by name.
 */
public final class PageView {
  private static final Words WORDS = Words.ENGLISH;

  private final String css;
  private final String title;
  private final @Nullable String summary;
  private final String bandSlug;
  private final Rating impact;
  private final Rating evidence;
  private final Rating cost;
  private final List<PlainRating> plainRatings;
  private final List<SectionView> sections;
  private final List<String> related;
  private final @Nullable Footer footer;

  private PageView(Intervention i, String css) {
    this.css = css;

    this.title = i.title().isBlank() ? WORDS.untitled : i.title();
    this.summary = i.summary().isBlank() ? null : i.summary();
    this.bandSlug = i.impact().band().name().toLowerCase(Locale.ROOT).replace('_', '-');
    this.impact = impact(i);
    if (i.evidence().isRated()) {
      int level = i.evidence().level().getAsInt();
      this.evidence = new Rating(gauge(level, 5), level + "/5 " + WORDS.evidence(i.evidence()));
    } else {
      this.evidence = new Rating(null, WORDS.evidence(i.evidence()));
    }
    if (i.cost().isRated()) {
      int level = i.cost().level().getAsInt();
      this.cost = new Rating(gauge(level, 5), level + "/5 " + WORDS.cost(i.cost()));
    } else {
      this.cost = new Rating(null, WORDS.costNotRated + " " + WORDS.cost(i.cost()));
    }
    List<PlainRating> plain = new ArrayList<>(4);
    StringBuilder types = new StringBuilder();
    i.preventionTypes().forEach(t -> types.append(types.length() == 0 ? "" : WORDS.separator).append(WORDS.prevention(t)));
    plain.add(PlainRating.of("prevention", WORDS.preventionLabel, types.toString()));
    StringBuilder settings = new StringBuilder();
    i.settings().forEach(t -> settings.append(settings.length() == 0 ? "" : WORDS.separator)
        .append(WORDS.vocabulary("setting.", t.code(), t.label())));
    plain.add(PlainRating.of("setting", WORDS.setting, settings.toString()));
    StringBuilder sectors = new StringBuilder();
    i.sectors().forEach(t -> sectors.append(sectors.length() == 0 ? "" : WORDS.separator)
        .append(WORDS.vocabulary("sector.", t.code(), t.label())));
    plain.add(PlainRating.of("sector", WORDS.sector, sectors.toString()));
    plain.add(PlainRating.of("studies", WORDS.studies,
        i.studyCount().isPresent() ? WORDS.studies(i.studyCount().getAsInt()) : ""));
    this.plainRatings = plain;
    List<SectionView> list = new ArrayList<>(7);
    text(list, "what-is-it", WORDS.whatIsIt, i.whatIsIt());
    text(list, "effectiveness", WORDS.effectiveness, i.effectiveness());
    text(list, "evidence-security", WORDS.evidenceSecurity, i.evidenceSecurity());
    if (!i.implementation().isEmpty()) {
      List<TipView> tips = new ArrayList<>(i.implementation().size());
      for (ImplementationTip tip : i.implementation()) {
        tips.add(new TipView(tip.title(), new SectionView("", "", tip.body(), null, null)));
      }
      list.add(new SectionView("implementation", WORDS.implementation, RichText.empty(), tips, null));
    }
    text(list, "cost", WORDS.costSection, i.costDetails());
    text(list, "topic-summary", WORDS.topicSummary, i.topicSummary());
    if (!i.resources().isEmpty()) {
      List<ResourceView> resources = new ArrayList<>(i.resources().size());
      for (Resource r : i.resources()) {
        resources.add(new ResourceView(
            r.title(), r.url().isPresent() ? LinkAddresses.href(r.url().get()) : null, r.description().orElse(null)));
      }
      list.add(new SectionView("further-reading", WORDS.furtherReading, RichText.empty(), null, resources));
    }
    this.sections = list;
    // Rendered alone, with no toolkit to look them up in, related ids are shown as they are.
    this.related = i.related();
    if (i.lastUpdated().isPresent()) {
      String pattern = WORDS.lastUpdated;
      int slot = pattern.indexOf("{0}");
      this.footer = new Footer(
          slot < 0 ? pattern + " " : pattern.substring(0, slot),
          i.lastUpdated().get().toString(),
          WORDS.date(i.lastUpdated().get()),
          slot < 0 ? "" : pattern.substring(slot + 3));
    } else {
      this.footer = null;
    }
  }

  /**
   * The view of one intervention's page.
   *
   * @param css the stylesheet as {@link #css(String)} gives it
   */
  public static PageView of(Intervention intervention, String css) {
    return new PageView(intervention, css);
  }

  /** The stylesheet as the page carries it, ending in a line break. */
  public static String css(String css) {
    return css.endsWith("\n") ? css : css + "\n";
  }

  private static void text(List<SectionView> list, String slug, String heading, RichText text) {
    if (!text.isEmpty()) {
      list.add(new SectionView(slug, heading, text, null, null));
    }
  }

  private static Rating impact(Intervention i) {
    String words = WORDS.band(i.impact().band());
    if (i.impact().estimate().isPresent()) {
      BigDecimal estimate = i.impact().estimate().get();
      int sign = estimate.signum();
      String number = estimate.abs().toPlainString();
      String change = sign > 0 ? WORDS.lessViolence.replace("{0}", number)
          : sign < 0 ? WORDS.moreViolence.replace("{0}", number) : WORDS.noChange;
      words = words + " (" + change + ")";
    }
    return switch (i.impact().band()) {
      case HIGH -> new Rating(gauge(3, 3), words);
      case MODERATE -> new Rating(gauge(2, 3), words);
      case LOW -> new Rating(gauge(1, 3), words);
      case NO_EFFECT -> new Rating(gauge(0, 3), words);
      case HARMFUL -> new Rating(null, words, true);
      case INSUFFICIENT_EVIDENCE -> new Rating(null, words);
    };
  }

  private static Gauge gauge(int filled, int of) {
    return new Gauge("●".repeat(filled), filled < of ? "○".repeat(of - filled) : null);
  }

  /** The address a link is written with, or null when the policy refuses it. */
  public static @Nullable String href(Link link) {
    return LinkAddresses.href(link.url());
  }

  /** The language tag. */
  public String language() {
    return WORDS.language;
  }

  /** The inline stylesheet, ending in a line break. */
  public String css() {
    return css;
  }

  /** The title, or "Untitled". */
  public String title() {
    return title;
  }

  /** The summary, or null when blank. */
  public @Nullable String summary() {
    return summary;
  }

  /** The band as a CSS class suffix. */
  public String bandSlug() {
    return bandSlug;
  }

  /** The impact rating. */
  public Rating impact() {
    return impact;
  }

  /** The evidence rating. */
  public Rating evidence() {
    return evidence;
  }

  /** The cost rating. */
  public Rating cost() {
    return cost;
  }

  /** Prevention, setting, sector and studies, where given. */
  public List<PlainRating> plainRatings() {
    return plainRatings;
  }

  /** The non-empty sections in page order. */
  public List<SectionView> sections() {
    return sections;
  }

  /** The footer, or null without a date. */
  /** The related ids, as they are. */
  public List<String> related() {
    return related;
  }

  /** Whether there are related ids, for mustache. */
  public boolean hasRelated() {
    return !related.isEmpty();
  }

  /** "Related approaches". */
  public String relatedHeading() {
    return WORDS.related;
  }

  public @Nullable Footer footer() {
    return footer;
  }

  /**
   * A rating's gauge and words.
   *
   * @param gauge the gauge, or null
   * @param words the words
   * @param harmful whether the harmful mark shows
   */
  public record Rating(@Nullable Gauge gauge, String words, boolean harmful) {
    Rating(@Nullable Gauge gauge, String words) {
      this(gauge, words, false);
    }
  }

  /**
   * A gauge.
   *
   * @param filledPips the filled pips
   * @param emptyPips the empty pips, or null when none
   */
  public record Gauge(String filledPips, @Nullable String emptyPips) {}

  /**
   * A rating shown as plain words.
   *
   * @param slug the CSS class suffix
   * @param label the label
   * @param value the value
   */
  public record PlainRating(String slug, String label, String value, boolean notGiven) {
    static PlainRating of(String slug, String label, String value) {
      return value.isEmpty()
          ? new PlainRating(slug, label, WORDS.notGiven, true)
          : new PlainRating(slug, label, value, false);
    }
  }

  /**
   * The footer's text around the date.
   *
   * @param before the text before the date
   * @param datetime the ISO date
   * @param date the date for readers
   * @param after the text after the date
   */
  public record Footer(String before, String datetime, String date, String after) {}

  /**
   * A tip.
   *
   * @param title its title
   * @param body its body
   */
  public record TipView(String title, SectionView body) {}

  /**
   * A resource.
   *
   * @param title its title
   * @param href its address, or null
   * @param description its description, or null
   */
  public record ResourceView(String title, @Nullable String href, @Nullable String description) {}

  /**
   * A section: rich text, tips or resources.
   *
   * @param slug the CSS class suffix
   * @param heading the heading
   * @param richText the rich text (empty for tips and resources)
   * @param tips the tips, or null
   * @param resources the resources, or null
   */
  public record SectionView(
      String slug, String heading, RichText richText, @Nullable List<TipView> tips, @Nullable List<ResourceView> resources) {
    /** The rich text wrapped for mustache. */
    public List<BlockView> blocks() {
      List<BlockView> blocks = new ArrayList<>(richText.blocks().size());
      for (Block block : richText.blocks()) {
        if (block instanceof Paragraph p) {
          blocks.add(new BlockView(new Inlines(inlines(p.inlines(), false)), null, null));
        } else if (block instanceof BulletList list) {
          blocks.add(new BlockView(null, new Items(items(list.items())), null));
        } else if (block instanceof OrderedList list) {
          blocks.add(new BlockView(null, null, new Items(items(list.items()))));
        }
      }
      return blocks;
    }

    /** This section when it lists resources, else null: mustache's "if" around the list. */
    public @Nullable SectionView furtherReading() {
      return resources == null ? null : this;
    }
  }

  private static List<Inlines> items(List<List<Inline>> items) {
    List<Inlines> out = new ArrayList<>(items.size());
    for (List<Inline> item : items) {
      out.add(new Inlines(inlines(item, false)));
    }
    return out;
  }

  private static List<InlineView> inlines(List<Inline> inlines, boolean inLink) {
    List<InlineView> out = new ArrayList<>(inlines.size());
    for (Inline inline : inlines) {
      if (inline instanceof Text t) {
        out.add(new InlineView(t.text(), null, null, null, null));
      } else if (inline instanceof Emphasis e) {
        out.add(new InlineView(null, new Inlines(inlines(e.children(), inLink)), null, null, null));
      } else if (inline instanceof Strong s) {
        out.add(new InlineView(null, null, new Inlines(inlines(s.children(), inLink)), null, null));
      } else if (inline instanceof Link link) {
        String href = inLink ? null : LinkAddresses.href(link.url());
        if (href == null) {
          out.addAll(inlines(link.children(), inLink));
        } else {
          out.add(new InlineView(null, null, null, href, new Inlines(inlines(link.children(), true))));
        }
      }
    }
    return out;
  }

  /**
   * A block for mustache: exactly one of the three is set.
   *
   * @param paragraph a paragraph's inlines
   * @param bullets a bullet list's items
   * @param ordered a numbered list's items
   */
  public record BlockView(@Nullable Inlines paragraph, @Nullable Items bullets, @Nullable Items ordered) {}

  /**
   * A list's items.
   *
   * @param items each item's inlines
   */
  public record Items(List<Inlines> items) {}

  /**
   * A run of inlines: a paragraph, a list item, or what emphasis or a link holds.
   *
   * @param inlines the inlines
   */
  public record Inlines(List<InlineView> inlines) {}

  /**
   * An inline for mustache: text, emphasis, strong, or a link (href and children).
   *
   * @param text plain text
   * @param em emphasised inlines
   * @param strong strong inlines
   * @param href a link's address
   * @param children a link's inlines
   */
  public record InlineView(
      @Nullable String text,
      @Nullable Inlines em,
      @Nullable Inlines strong,
      @Nullable String href,
      @Nullable Inlines children) {}
}
