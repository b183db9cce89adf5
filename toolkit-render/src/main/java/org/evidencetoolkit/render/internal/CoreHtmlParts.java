package org.evidencetoolkit.render.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.evidencetoolkit.model.ImpactBand;
import org.evidencetoolkit.model.ImplementationTip;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.LinkPolicy;
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
import org.evidencetoolkit.render.labels.Labels;
import org.evidencetoolkit.render.html.HtmlContext;
import org.evidencetoolkit.render.html.HtmlPart;
import org.evidencetoolkit.render.html.HtmlPartRenderer;
import org.evidencetoolkit.render.html.HtmlWriter;
import org.evidencetoolkit.render.html.IndexColumn;
import org.jspecify.annotations.Nullable;

/**
 * The core rendering of every part. It never writes content except through {@link
 * HtmlWriter#text(String)} and attribute maps, and never writes a link the {@link LinkPolicy}
 * refuses.
 */
final class CoreHtmlParts implements HtmlPartRenderer {
  private static final Set<Class<? extends HtmlPart>> TYPES =
      Set.of(
          HtmlPart.Article.class,
          HtmlPart.Header.class,
          HtmlPart.Ratings.class,
          HtmlPart.NarrativeSection.class,
          HtmlPart.CustomSection.class,
          HtmlPart.Tip.class,
          HtmlPart.ResourceItem.class,
          HtmlPart.Related.class,
          HtmlPart.Footer.class,
          HtmlPart.About.class,
          HtmlPart.Index.class,
          HtmlPart.IndexTable.class,
          HtmlPart.Navigation.class,
          HtmlPart.PageFooter.class,
          HtmlPart.IndexRow.class,
          HtmlPart.IndexCell.class,
          HtmlPart.Comparison.class);

  private static final String[] HEADINGS = {"h0", "h1", "h2", "h3", "h4", "h5", "h6"};

  private final HtmlContext context;
  private final HtmlWriter html;
  private final Labels labels;
  private final Profile profile;
  private final @Nullable String linkTarget;

  /**
   * Whether any {@link org.evidencetoolkit.render.html.AttributeProvider} is registered. Without
   * one (the default) an element's attributes are exactly the core's, so they are written
   * straight from their names and values instead of through two maps per element.
   */
  private final boolean attributeProviders;

  private int linkDepth;

  CoreHtmlParts(HtmlContext context, HtmlOptions options) {
    this.context = context;
    this.html = context.writer();
    this.labels = context.labels();
    this.profile = context.profile();
    this.linkTarget = options.linkTarget().orElse(null);
    this.attributeProviders = !options.attributeProviders().isEmpty();
  }

  @Override
  public Set<Class<? extends HtmlPart>> partTypes() {
    return TYPES;
  }

  @Override
  public void render(HtmlPart part) {
    if (part instanceof HtmlPart.Article p) {
      article(p);
    } else if (part instanceof HtmlPart.Header p) {
      header(p);
    } else if (part instanceof HtmlPart.Ratings p) {
      ratings(p);
    } else if (part instanceof HtmlPart.NarrativeSection p) {
      section(p);
    } else if (part instanceof HtmlPart.CustomSection p) {
      customSection(p);
    } else if (part instanceof HtmlPart.Tip p) {
      tip(p);
    } else if (part instanceof HtmlPart.ResourceItem p) {
      resource(p);
    } else if (part instanceof HtmlPart.Related p) {
      related(p);
    } else if (part instanceof HtmlPart.Footer p) {
      footer(p);
    } else if (part instanceof HtmlPart.About p) {
      about(p);
    } else if (part instanceof HtmlPart.Index p) {
      index(p);
    } else if (part instanceof HtmlPart.IndexTable p) {
      indexTable(p);
    } else if (part instanceof HtmlPart.IndexRow p) {
      indexRow(p);
    } else if (part instanceof HtmlPart.IndexCell p) {
      indexCell(p);
    } else if (part instanceof HtmlPart.Comparison p) {
      comparison(p);
    }
    // Navigation and PageFooter: a plain page has neither; an application draws its own.
  }

  // --- intervention ---------------------------------------------------------------------------

  private void article(HtmlPart.Article part) {
    Intervention i = part.intervention();
    open(part, "article", "class", context.cssClass("intervention"));
    html.line();
    context.render(new HtmlPart.Header(i));
    context.render(new HtmlPart.Ratings(i));
    SectionOrder.forEach(
        profile,
        i,
        section -> context.render(new HtmlPart.NarrativeSection(section, i)),
        (id, body) -> context.render(new HtmlPart.CustomSection(id, i)));
    if (!i.related().isEmpty()) {
      context.render(new HtmlPart.Related(i));
    }
    if (i.lastUpdated().isPresent() || context.source().isPresent()) {
      context.render(new HtmlPart.Footer(i));
    }
    close("article");
  }

  private void header(HtmlPart.Header part) {
    Intervention i = part.intervention();
    open(part, "header", "class", context.cssClass("header"));
    html.line();
    String h = heading(0);
    open(part, h, "class", context.cssClass("title"));
    html.text(RatingText.title(labels, i));
    close(h);
    if (!i.summary().isBlank()) {
      open(part, "p", "class", context.cssClass("summary"));
      html.text(i.summary());
      close("p");
    }
    close("header");
  }

  /**
   * The headline block: three tiles, then the facts, then the headline-only note. The tiles are a
   * description list so that each rating's name and value stay paired for assistive technology.
   */
  private void ratings(HtmlPart.Ratings part) {
    Intervention i = part.intervention();
    open(part, "div", "class", context.cssClass("headline"));
    html.line();
    open(part, "dl", "class", context.cssClass("tiles"));
    html.line();
    tile(part, "impact", "rating.impact", () -> impactValue(part, i, true), bandClass(i));
    tile(part, "evidence", "rating.evidence", () -> evidenceValue(part, i, true), null);
    tile(part, "cost", "rating.cost", () -> costValue(part, i, true), null);
    close("dl");
    open(part, "dl", "class", context.cssClass("facts"));
    html.line();
    fact(part, "prevention", "rating.prevention", RatingText.preventionTypes(labels, i.preventionTypes()));
    fact(part, "setting", "rating.setting", RatingText.settings(labels, i.settings()));
    fact(part, "sector", "rating.sector", RatingText.sectors(labels, i.sectors()));
    fact(part, "studies", "rating.studies",
        i.studyCount().isPresent() ? labels.studies(i.studyCount().getAsInt()) : "");
    close("dl");
    if (i.headlineOnly()) {
      open(part, "p", "class", context.cssClass("note"));
      html.text(labels.text("headline-only"));
      close("p");
    }
    close("div");
  }

  private void tile(HtmlPart part, String slug, String key, Runnable value, @Nullable String band) {
    String classes = context.cssClass("tile", "tile-" + slug);
    open(part, "div", "class", band == null ? classes : classes + " " + band);
    open(part, "dt", "class", context.cssClass("tile-label"));
    html.text(labels.text(key));
    close("dt");
    open(part, "dd", "class", context.cssClass("rating-value"));
    value.run();
    close("dd");
    close("div");
  }

  /** One fact, "Not given" when the intervention does not give it. */
  private void fact(HtmlPart part, String slug, String key, String value) {
    open(part, "div", "class", context.cssClass("fact", "fact-" + slug));
    open(part, "dt");
    html.text(labels.text(key));
    html.end("dt");
    if (value.isEmpty()) {
      open(part, "dd", "class", context.cssClass("not-given"));
      html.text(labels.text("not-given"));
    } else {
      open(part, "dd");
      html.text(value);
    }
    html.end("dd");
    close("div");
  }

  private String bandClass(Intervention i) {
    return context.cssClass("band-" + i.impact().band().name().toLowerCase(Locale.ROOT).replace('_', '-'));
  }

  /**
   * An impact rating in words with its gauge: the gauge first in a table cell, after the words in
   * a tile (where the words lead and the pips sit under them).
   */
  private void impactValue(HtmlPart part, Intervention i, boolean wordsFirst) {
    String words = RatingText.impact(labels, profile, i.impact());
    if (wordsFirst) {
      tileWords(part, words);
    }
    OptionalInt pips = RatingText.impactPips(i.impact().band());
    if (pips.isPresent()) {
      gauge(part, pips.getAsInt(), RatingText.IMPACT_PIPS, wordsFirst);
    } else if (i.impact().band() == ImpactBand.HARMFUL) {
      if (wordsFirst) {
        html.text(" ");
      }
      open(part, "span", "class", context.cssClass("gauge", "gauge-harmful"), "aria-hidden", "true");
      html.text("▼");
      html.end("span");
      if (!wordsFirst) {
        html.text(" ");
      }
    }
    if (!wordsFirst) {
      html.text(words);
    }
  }

  private void evidenceValue(HtmlPart part, Intervention i, boolean wordsFirst) {
    String words = RatingText.evidence(labels, i.evidence());
    if (wordsFirst) {
      tileWords(part, words);
    }
    if (i.evidence().isRated()) {
      gauge(part, i.evidence().level().getAsInt(), RatingText.LEVEL_PIPS, wordsFirst);
    }
    if (!wordsFirst) {
      html.text(words);
    }
  }

  private void costValue(HtmlPart part, Intervention i, boolean wordsFirst) {
    String words = RatingText.cost(labels, i.cost());
    if (wordsFirst) {
      tileWords(part, words);
    }
    if (i.cost().isRated()) {
      gauge(part, i.cost().level().getAsInt(), RatingText.LEVEL_PIPS, wordsFirst);
    }
    if (!wordsFirst) {
      html.text(words);
    }
  }

  private void tileWords(HtmlPart part, String words) {
    open(part, "span", "class", context.cssClass("tile-words"));
    html.text(words);
    html.end("span");
  }

  /**
   * Pips are decoration: the words beside them carry the rating, so they are hidden from assistive
   * technology. The space goes between the words and the gauge, on whichever side the words are.
   */
  private void gauge(HtmlPart part, int filled, int of, boolean afterWords) {
    if (afterWords) {
      html.text(" ");
    }
    open(part, "span", "class", context.cssClass("gauge"), "aria-hidden", "true");
    html.text("●".repeat(filled));
    if (filled < of) {
      open(part, "span", "class", context.cssClass("gauge-empty"));
      html.text("○".repeat(of - filled));
      html.end("span");
    }
    html.end("span");
    if (!afterWords) {
      html.text(" ");
    }
  }

  private void section(HtmlPart.NarrativeSection part) {
    Intervention i = part.intervention();
    Section section = part.section();
    open(part, "section", "class", context.cssClass("section", "section-" + section.slug()));
    html.line();
    String h = heading(1);
    open(part, h);
    html.text(labels.section(section));
    close(h);
    switch (section) {
      case WHAT_IS_IT -> richText(part, i.whatIsIt());
      case EFFECTIVENESS -> richText(part, i.effectiveness());
      case EVIDENCE_SECURITY -> richText(part, i.evidenceSecurity());
      case COST -> richText(part, i.costDetails());
      case TOPIC_SUMMARY -> richText(part, i.topicSummary());
      case IMPLEMENTATION -> {
        int n = 1;
        for (ImplementationTip tip : i.implementation()) {
          context.render(new HtmlPart.Tip(tip, n++, i));
        }
      }
      case FURTHER_READING -> {
        open(part, "ul", "class", context.cssClass("resources"));
        html.line();
        int n = 1;
        for (Resource resource : i.resources()) {
          context.render(new HtmlPart.ResourceItem(resource, n++, i));
        }
        close("ul");
      }
    }
    close("section");
  }

  private void customSection(HtmlPart.CustomSection part) {
    open(part, "section", "class", context.cssClass("section", "section-" + part.id()));
    html.line();
    String h = heading(1);
    open(part, h);
    html.text(labels.section(part.id()));
    close(h);
    richText(part, part.body());
    close("section");
  }

  private void tip(HtmlPart.Tip part) {
    open(part, "section", "class", context.cssClass("tip"));
    html.line();
    String h = heading(2);
    open(part, h, "class", context.cssClass("tip-title"));
    html.text(part.tip().title());
    close(h);
    richText(part, part.tip().body());
    close("section");
  }

  private void resource(HtmlPart.ResourceItem part) {
    Resource resource = part.resource();
    open(part, "li", "class", context.cssClass("resource"));
    Optional<String> href = resource.url().flatMap(LinkPolicy::href);
    if (href.isPresent()) {
      openExternalLink(part, href.get(), context.cssClass("resource-title"));
      html.text(resource.title());
      html.end("a");
    } else {
      open(part, "span", "class", context.cssClass("resource-title"));
      html.text(resource.title());
      html.end("span");
    }
    if (resource.description().isPresent()) {
      open(part, "p", "class", context.cssClass("resource-description"));
      html.text(resource.description().get());
      close("p");
    }
    close("li");
  }

  /**
   * "Related approaches": titles looked up in the toolkit and linked where the renderer knows the
   * page; without a toolkit the ids as plain text. An id the toolkit lacks is left out.
   */
  private void related(HtmlPart.Related part) {
    Intervention i = part.intervention();
    Optional<Toolkit> toolkit = context.toolkit();
    List<Runnable> items = new java.util.ArrayList<>();
    for (String id : i.related()) {
      if (toolkit.isEmpty()) {
        items.add(() -> html.text(id));
        continue;
      }
      Optional<Intervention> other = toolkit.get().find(id);
      if (other.isPresent() && !other.get().id().equals(i.id())) {
        items.add(() -> titleLink(part, other.get()));
      }
    }
    if (items.isEmpty()) {
      return;
    }
    // Not an "et-section": it is no section of the profile's order, but the toolkit's links.
    open(part, "section", "class", context.cssClass("related"));
    html.line();
    String h = heading(1);
    open(part, h);
    html.text(labels.text("related"));
    close(h);
    open(part, "ul", "class", context.cssClass("related-list"));
    html.line();
    for (Runnable item : items) {
      open(part, "li");
      item.run();
      close("li");
    }
    close("ul");
    close("section");
  }

  private void footer(HtmlPart.Footer part) {
    Intervention i = part.intervention();
    Optional<Resource> source = context.source();
    if (i.lastUpdated().isEmpty() && source.isEmpty()) {
      return;
    }
    open(part, "footer", "class", context.cssClass("footer"));
    if (source.isPresent()) {
      source(part, source.get());
    }
    if (i.lastUpdated().isEmpty()) {
      close("footer");
      return;
    }
    open(part, "p");
    String pattern = labels.text("last-updated");
    int slot = pattern.indexOf("{0}");
    html.text(slot < 0 ? pattern + " " : pattern.substring(0, slot));
    open(part, "time", "datetime", i.lastUpdated().get().toString());
    html.text(labels.date(i.lastUpdated().get()));
    html.end("time");
    if (slot >= 0) {
      html.text(pattern.substring(slot + 3));
    }
    close("p");
    close("footer");
  }

  /** "Source: …", the title linked under the URL policy like any link in content. */
  private void source(HtmlPart part, Resource source) {
    open(part, "p", "class", context.cssClass("source"));
    inlines(part, RatingText.source(labels, source));
    close("p");
  }

  // --- rich text -------------------------------------------------------------------------------

  void richText(HtmlPart part, RichText text) {
    for (Block block : text.blocks()) {
      if (block instanceof Paragraph p) {
        open(part, "p");
        inlines(part, p.inlines());
        close("p");
      } else if (block instanceof BulletList list) {
        items(part, "ul", list.items());
      } else if (block instanceof OrderedList list) {
        items(part, "ol", list.items());
      }
    }
  }

  private void items(HtmlPart part, String tag, List<List<Inline>> items) {
    open(part, tag);
    html.line();
    for (List<Inline> item : items) {
      open(part, "li");
      inlines(part, item);
      close("li");
    }
    close(tag);
  }

  void inlines(HtmlPart part, List<Inline> inlines) {
    for (Inline inline : inlines) {
      if (inline instanceof Text t) {
        html.text(t.text());
      } else if (inline instanceof Emphasis e) {
        open(part, "em");
        inlines(part, e.children());
        html.end("em");
      } else if (inline instanceof Strong s) {
        open(part, "strong");
        inlines(part, s.children());
        html.end("strong");
      } else if (inline instanceof Link link) {
        link(part, link);
      }
    }
  }

  private void link(HtmlPart part, Link link) {
    Optional<String> href = LinkPolicy.href(link.url());
    // A refused address, or a link inside a link (which HTML forbids), keeps only its text.
    if (href.isEmpty() || linkDepth > 0) {
      inlines(part, link.children());
      return;
    }
    openExternalLink(part, href.get(), null);
    linkDepth++;
    try {
      inlines(part, link.children());
    } finally {
      linkDepth--;
    }
    html.end("a");
  }

  // --- toolkit views ---------------------------------------------------------------------------

  private void about(HtmlPart.About part) {
    Toolkit toolkit = part.toolkit();
    if (toolkit.about().isEmpty() && toolkit.source().isEmpty()) {
      return;
    }
    open(part, "div", "class", context.cssClass("about"));
    html.line();
    richText(part, toolkit.about());
    if (toolkit.source().isPresent()) {
      source(part, toolkit.source().get());
    }
    close("div");
  }

  private void index(HtmlPart.Index part) {
    Toolkit toolkit = part.toolkit();
    if (!toolkit.about().isEmpty() || toolkit.source().isPresent()) {
      context.render(new HtmlPart.About(toolkit));
    }
    context.render(new HtmlPart.IndexTable(toolkit));
  }

  private void indexTable(HtmlPart.IndexTable part) {
    Toolkit toolkit = part.toolkit();
    List<Intervention> interventions = toolkit.interventions();
    if (interventions.isEmpty()) {
      empty(part);
      return;
    }
    String title = RatingText.isInvisible(toolkit.title()) ? labels.text("untitled") : toolkit.title();
    // Under a page heading that already names the toolkit, the caption says what the table holds.
    String caption = context instanceof HtmlRendering r && r.pageHeadingIs(title)
        ? labels.text("rating.headline")
        : title;
    scrollStart(part, caption);
    open(part, "table", "class", context.cssClass("index"));
    html.line();
    open(part, "caption");
    html.text(caption);
    close("caption");
    open(part, "thead");
    open(part, "tr");
    for (IndexColumn column : IndexColumn.values()) {
      open(part, "th", "scope", "col", "class", context.cssClass("cell-" + column.slug()));
      html.text(columnLabel(column));
      html.end("th");
    }
    html.end("tr");
    close("thead");
    open(part, "tbody");
    html.line();
    int n = 1;
    for (Intervention i : interventions) {
      context.render(new HtmlPart.IndexRow(i, n++));
    }
    close("tbody");
    close("table");
    close("div");
  }

  /**
   * Opens the container a wide table scrolls sideways in, so the page itself never does. It can be
   * focused, so that keyboard users can scroll it too, and is named after the table.
   */
  private void scrollStart(HtmlPart part, String name) {
    open(part, "div", "class", context.cssClass("table-scroll"), "role", "region", "tabindex", "0",
        "aria-label", name);
    html.line();
  }

  private String columnLabel(IndexColumn column) {
    return switch (column) {
      case TITLE -> labels.text("index.approach");
      case IMPACT -> labels.text("rating.impact");
      case EVIDENCE -> labels.text("rating.evidence");
      case COST -> labels.text("rating.cost");
      case PREVENTION -> labels.text("rating.prevention");
      case SETTING -> labels.text("rating.setting");
    };
  }

  private void indexRow(HtmlPart.IndexRow part) {
    open(part, "tr", "class", context.cssClass("index-row"));
    for (IndexColumn column : IndexColumn.values()) {
      context.render(new HtmlPart.IndexCell(part.intervention(), column));
    }
    close("tr");
  }

  private void indexCell(HtmlPart.IndexCell part) {
    Intervention i = part.intervention();
    String classes = context.cssClass("cell", "cell-" + part.column().slug());
    if (part.column() == IndexColumn.TITLE) {
      open(part, "th", "scope", "row", "class", classes);
      titleLink(part, i);
      headlineOnlyBadge(part, i);
      html.end("th");
      return;
    }
    if (part.column() == IndexColumn.IMPACT) {
      classes = classes + " " + bandClass(i);
    }
    open(part, "td", "class", classes);
    switch (part.column()) {
      case IMPACT -> impactValue(part, i, false);
      case EVIDENCE -> evidenceValue(part, i, false);
      case COST -> costValue(part, i, false);
      case PREVENTION -> html.text(orNotGiven(RatingText.preventionTypes(labels, i.preventionTypes())));
      case SETTING -> html.text(orNotGiven(RatingText.settings(labels, i.settings())));
      case TITLE -> html.text(RatingText.title(labels, i));
    }
    html.end("td");
  }

  private String orNotGiven(String list) {
    return list.isEmpty() ? labels.text("not-given") : list;
  }

  /** "Headline only" after a title in a table, for an entry that gives only its headline. */
  private void headlineOnlyBadge(HtmlPart part, Intervention i) {
    if (i.headlineOnly()) {
      html.text(" ");
      open(part, "span", "class", context.cssClass("badge"));
      html.text(labels.text("headline-only.short"));
      html.end("span");
    }
  }

  private void titleLink(HtmlPart part, Intervention i) {
    Optional<String> href = context.interventionHref(i);
    if (href.isPresent()) {
      open(part, "a", "href", href.get());
      html.text(RatingText.title(labels, i));
      html.end("a");
    } else {
      html.text(RatingText.title(labels, i));
    }
  }

  private void comparison(HtmlPart.Comparison part) {
    List<Intervention> interventions = part.interventions();
    if (interventions.isEmpty()) {
      empty(part);
      return;
    }
    scrollStart(part, labels.text("comparison.title"));
    open(part, "table", "class", context.cssClass("comparison"));
    html.line();
    open(part, "caption");
    html.text(labels.text("comparison.title"));
    close("caption");
    open(part, "thead");
    open(part, "tr");
    open(part, "th", "scope", "col");
    html.text(labels.text("comparison.attribute"));
    html.end("th");
    for (Intervention i : interventions) {
      open(part, "th", "scope", "col");
      titleLink(part, i);
      headlineOnlyBadge(part, i);
      html.end("th");
    }
    html.end("tr");
    close("thead");
    open(part, "tbody");
    html.line();
    comparisonRow(part, "rating.impact", interventions, i -> () -> impactValue(part, i, false), this::bandClass);
    comparisonRow(part, "rating.evidence", interventions, i -> () -> evidenceValue(part, i, false), i -> "");
    comparisonRow(part, "rating.cost", interventions, i -> () -> costValue(part, i, false), i -> "");
    comparisonText(part, "rating.prevention", interventions,
        i -> RatingText.preventionTypes(labels, i.preventionTypes()));
    comparisonText(part, "rating.setting", interventions, i -> RatingText.settings(labels, i.settings()));
    comparisonText(part, "rating.sector", interventions, i -> RatingText.sectors(labels, i.sectors()));
    comparisonText(part, "rating.studies", interventions,
        i -> i.studyCount().isPresent() ? labels.studies(i.studyCount().getAsInt()) : "");
    comparisonText(part, "comparison.summary", interventions, Intervention::summary);
    close("tbody");
    close("table");
    close("div");
  }

  private void comparisonText(
      HtmlPart part, String key, List<Intervention> interventions, Function<Intervention, String> value) {
    comparisonRow(
        part,
        key,
        interventions,
        i -> () -> {
          String text = value.apply(i);
          html.text(text.isEmpty() ? labels.text("not-given") : text);
        },
        i -> "");
  }

  private void comparisonRow(
      HtmlPart part,
      String key,
      List<Intervention> interventions,
      Function<Intervention, Runnable> cell,
      Function<Intervention, String> cellClass) {
    open(part, "tr");
    open(part, "th", "scope", "row");
    html.text(labels.text(key));
    html.end("th");
    for (Intervention i : interventions) {
      String extra = cellClass.apply(i);
      if (extra.isEmpty()) {
        open(part, "td");
      } else {
        open(part, "td", "class", extra);
      }
      cell.apply(i).run();
      html.end("td");
    }
    close("tr");
  }

  private void empty(HtmlPart part) {
    open(part, "p", "class", context.cssClass("empty"));
    html.text(labels.text("index.empty"));
    close("p");
  }

  // --- writing ---------------------------------------------------------------------------------

  private String heading(int depth) {
    return HEADINGS[context.headingLevel(depth)];
  }

  /** Writes a start tag with the core's attributes (name, value, …) and the providers' say. */
  private void open(HtmlPart part, String tag, String... keyValues) {
    if (!attributeProviders) {
      html.tag(tag, keyValues);
      return;
    }
    Map<String, String> attributes = new LinkedHashMap<>();
    for (int k = 0; k + 1 < keyValues.length; k += 2) {
      attributes.put(keyValues[k], keyValues[k + 1]);
    }
    html.tag(tag, context.attributes(part, tag, attributes));
  }

  /**
   * Opens a link to an address the {@link LinkPolicy} allowed: the attributes of {@link
   * HtmlContext#externalLinkAttributes} in their order, then the class if there is one.
   */
  private void openExternalLink(HtmlPart part, String href, @Nullable String cssClass) {
    if (attributeProviders) {
      Map<String, String> attributes = new LinkedHashMap<>(context.externalLinkAttributes(href));
      if (cssClass != null) {
        attributes.put("class", cssClass);
      }
      html.tag("a", context.attributes(part, "a", attributes));
    } else {
      html.tag("a", HtmlRendering.externalLink(href, linkTarget, cssClass));
    }
  }

  private void close(String tag) {
    html.end(tag);
    html.line();
  }
}
