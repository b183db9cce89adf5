package org.evidencetoolkit.site.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.evidencetoolkit.model.ImpactBand;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.PreventionType;
import org.evidencetoolkit.model.Sector;
import org.evidencetoolkit.model.Setting;
import org.evidencetoolkit.model.Slugs;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.render.labels.Labels;
import org.evidencetoolkit.render.html.HtmlContext;
import org.evidencetoolkit.render.html.HtmlPart;
import org.evidencetoolkit.render.html.HtmlPartRenderer;
import org.evidencetoolkit.render.html.HtmlWriter;

/**
 * The site's own furniture, drawn into the renderer's pages through its writer: the skip link and
 * navigation (with "What's changed" when the site has a previous edition), the footer, the index's
 * filters, count and "no match" message around the table, and the comparison's introduction. Every word is a {@code site.*} label (or a renderer label) from
 * the rendering's layered labels, so the toolkit's profile and the application can change it.
 */
public final class SiteParts implements HtmlPartRenderer {
  /** The id of the filter form, which the script and the "no match" reset button refer to. */
  static final String FORM = "site-filters";

  private static final List<ImpactBand> BANDS_BY_RANK =
      List.of(ImpactBand.HIGH, ImpactBand.MODERATE, ImpactBand.LOW, ImpactBand.NO_EFFECT,
          ImpactBand.HARMFUL, ImpactBand.INSUFFICIENT_EVIDENCE);

  /** The parts drawn here; one set for every page rather than one per page. */
  private static final Set<Class<? extends HtmlPart>> PART_TYPES =
      Set.of(HtmlPart.Navigation.class, HtmlPart.PageFooter.class, HtmlPart.IndexTable.class,
          HtmlPart.Comparison.class);

  private final HtmlContext context;
  private final HtmlWriter html;
  private final Labels labels;
  private final String root;
  private final boolean changes;

  /**
   * @param context the rendering
   * @param root the way from the page to the site's root ({@code ""} or {@code "../"})
   * @param changes whether the site has a "What's changed" page for the navigation to link to
   */
  public SiteParts(HtmlContext context, String root, boolean changes) {
    this.context = context;
    this.html = context.writer();
    this.labels = context.labels();
    this.root = root;
    this.changes = changes;
  }

  @Override
  public Set<Class<? extends HtmlPart>> partTypes() {
    return PART_TYPES;
  }

  @Override
  public void render(HtmlPart part) {
    if (part instanceof HtmlPart.Navigation nav) {
      navigation(nav);
    } else if (part instanceof HtmlPart.PageFooter) {
      footer();
    } else if (part instanceof HtmlPart.IndexTable table) {
      indexTable(table);
    } else if (part instanceof HtmlPart.Comparison comparison) {
      comparison(comparison);
    }
  }

  private void navigation(HtmlPart.Navigation nav) {
    html.tag("a", "class", "site-skip", "href", "#" + context.cssClass("main"));
    html.text(labels.text("site.skip"));
    html.end("a");
    html.line();
    html.tag("header", "class", "site-header");
    html.tag("nav", "aria-label", labels.text("site.nav"));
    html.tag("ul");
    html.line();
    navLink(SiteFiles.INDEX, "site.nav.index", nav.page() == HtmlPart.PageKind.INDEX);
    navLink(SiteFiles.COMPARE, "site.nav.compare", nav.page() == HtmlPart.PageKind.COMPARISON);
    if (changes) {
      navLink(SiteFiles.CHANGES, "site.nav.changes", nav.page() == HtmlPart.PageKind.CHANGES);
    }
    html.end("ul");
    html.end("nav");
    html.end("header");
    html.line();
  }

  private void navLink(String page, String key, boolean current) {
    html.tag("li");
    if (current) {
      html.tag("a", "href", root + page, "aria-current", "page");
    } else {
      html.tag("a", "href", root + page);
    }
    html.text(labels.text(key));
    html.end("a");
    html.end("li");
    html.line();
  }

  private void footer() {
    html.tag("footer", "class", "site-footer");
    html.tag("p");
    html.text(labels.text("site.footer"));
    html.end("p");
    html.end("footer");
    html.line();
  }

  /** The introduction, the filters, the count and the "no match" message, then the table. */
  private void indexTable(HtmlPart.IndexTable part) {
    Toolkit toolkit = part.toolkit();
    int count = toolkit.interventions().size();
    paragraph("site-intro", count == 1 ? labels.text("site.intro.one") : labels.format("site.intro.other", count));
    if (count > 0) {
      filters(toolkit);
      html.tag("p", "id", "site-count", "class", "site-count", "role", "status",
          "data-template", labels.text("site.count"));
      html.end("p");
      html.line();
      // Outside the table, so that it is read and seen even when every row is hidden.
      html.tag("div", "id", "site-no-match", "class", "site-no-match", "hidden", "");
      html.line();
      paragraph("site-no-match-text", labels.text("site.no-match"));
      html.tag("button", "type", "reset", "form", FORM);
      html.text(labels.text("site.filter.reset"));
      html.end("button");
      html.line();
      html.end("div");
      html.line();
    }
    context.renderDefault(part);
  }

  private void comparison(HtmlPart.Comparison part) {
    List<Intervention> compared = part.interventions();
    if (compared.isEmpty()) {
      paragraph("site-intro", labels.text("site.compare.empty"));
      return;
    }
    List<String> titles = new ArrayList<>();
    compared.forEach(i -> titles.add(i.title()));
    paragraph("site-intro", labels.format("site.compare.intro", String.join(labels.text("list.separator"), titles)));
    context.renderDefault(part);
  }

  private void paragraph(String cssClass, String text) {
    html.tag("p", "class", cssClass);
    html.text(text);
    html.end("p");
    html.line();
  }

  /**
   * The filter form, hidden until the script shows it (without the script the page lists every
   * approach). Every filter keeps all its options whatever is chosen, so no choice can trap the
   * reader; a choice that matches nothing says so, with a way back.
   */
  private void filters(Toolkit toolkit) {
    html.tag("form", "id", FORM, "class", "site-filters", "hidden", "");
    html.line();
    html.tag("fieldset");
    html.tag("legend");
    html.text(labels.text("site.filters"));
    html.end("legend");
    html.line();
    html.tag("div", "class", "site-filter-grid");
    html.line();
    List<String[]> types = new ArrayList<>();
    for (PreventionType type : PreventionType.values()) {
      types.add(new String[] {Slugs.kebab(type), labels.preventionType(type)});
    }
    select("prevention", "site.filter.prevention", types, true);
    List<String[]> settings = new ArrayList<>();
    for (Setting s : toolkit.knownSettings()) {
      settings.add(new String[] {s.code(), labels.setting(s)});
    }
    select("setting", "site.filter.setting", settings, true);
    List<String[]> sectors = new ArrayList<>();
    for (Sector s : toolkit.knownSectors()) {
      sectors.add(new String[] {s.code(), labels.sector(s)});
    }
    select("sector", "site.filter.sector", sectors, true);
    List<String[]> bands = new ArrayList<>();
    for (ImpactBand band : BANDS_BY_RANK) {
      bands.add(new String[] {Slugs.kebab(band), labels.band(band)});
    }
    select("band", "site.filter.band", bands, true);
    select("min-evidence", "site.filter.min-evidence", levels(), true);
    select("max-cost", "site.filter.max-cost", levels(), true);
    select("sort", "site.filter.sort", List.of(
        new String[] {"", labels.text("site.sort.toolkit")},
        new String[] {"impact", labels.text("site.sort.impact")},
        new String[] {"evidence", labels.text("site.sort.evidence")},
        new String[] {"cost", labels.text("site.sort.cost")},
        new String[] {"title", labels.text("site.sort.title")}), false);
    html.tag("div", "class", "site-filter site-filter-reset");
    html.tag("button", "type", "reset");
    html.text(labels.text("site.filter.reset"));
    html.end("button");
    html.end("div");
    html.line();
    html.end("div");
    html.line();
    html.end("fieldset");
    html.line();
    html.end("form");
    html.line();
  }

  private List<String[]> levels() {
    List<String[]> levels = new ArrayList<>();
    for (int level = 1; level <= 5; level++) {
      levels.add(new String[] {
        Integer.toString(level),
        labels.format("site.filter.level", labels.text("level." + level), labels.format("gauge.score", level, 5))
      });
    }
    return levels;
  }

  private void select(String name, String labelKey, List<String[]> options, boolean any) {
    String id = "filter-" + name;
    html.tag("div", "class", "site-filter");
    html.tag("label", "for", id);
    html.text(labels.text(labelKey));
    html.end("label");
    html.line();
    html.tag("select", "id", id, "name", name);
    html.line();
    if (any) {
      option("", labels.text("site.filter.any"));
    }
    for (String[] option : options) {
      option(option[0], option[1]);
    }
    html.end("select");
    html.end("div");
    html.line();
  }

  private void option(String value, String text) {
    html.tag("option", "value", value);
    html.text(text);
    html.end("option");
    html.line();
  }
}
