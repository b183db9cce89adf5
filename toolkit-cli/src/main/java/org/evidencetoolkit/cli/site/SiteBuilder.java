package org.evidencetoolkit.cli.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.evidencetoolkit.model.ImpactBand;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.PreventionType;
import org.evidencetoolkit.model.Sector;
import org.evidencetoolkit.model.Setting;
import org.evidencetoolkit.model.SortKey;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.model.ToolkitQuery;
import org.evidencetoolkit.render.ChangelogRenderer;
import org.evidencetoolkit.render.HtmlRenderer;
import org.evidencetoolkit.render.Labels;
import org.evidencetoolkit.render.html.AttributeProvider;
import org.evidencetoolkit.render.html.HtmlPart;
import org.owasp.encoder.Encode;

/**
 * Builds a static web site from a toolkit: an index of headline ratings with filters and sorting,
 * one page per intervention, a comparison page, a stylesheet and a small script.
 *
 * <p>The files, relative to the site's root:
 *
 * <ul>
 *   <li>{@value #INDEX}: the headline table. A small script ({@value #SCRIPT}) reveals a form that
 *       filters rows by prevention type, setting, sector, impact band, minimum evidence and maximum
 *       cost, and sorts them by impact, evidence, cost or title, with the same meaning as {@link
 *       ToolkitQuery}. Without the script the page simply lists everything.
 *   <li>{@code interventions/<id>.html}: one page per intervention.
 *   <li>{@value #COMPARE}: the chosen interventions side by side ({@link Builder#compare}); by
 *       default the {@value #DEFAULT_COMPARED} with the highest impact.
 *   <li>{@value #STYLESHEET}: the renderers' default stylesheet and the site's own rules.
 * </ul>
 *
 * <p>Nothing is loaded from the network (no fonts, CDNs or external scripts), so the site works
 * opened straight from {@code file://}. Every word comes from {@link Labels}; the site's own words
 * have keys starting {@code site.}, with English defaults.
 *
 * <p>The site is drawn under the toolkit's {@link org.evidencetoolkit.model.Profile profile}: its
 * labels and language sit underneath the labels given ({@link Labels#under}), so the filters,
 * tables, pages and their {@code lang} are in the profile's words, and every estimate is worded by
 * its measure; each intervention's page ends with the toolkit's source.
 *
 * <p>Intervention ids become file names, so every id must be a slug ({@code id.format}) and
 * unique; {@link #write} refuses a toolkit that breaks this before writing anything. Other content
 * problems are the business of {@code ContentRules}, not of the site.
 *
 * <pre>{@code
 * SiteBuilder.defaults().write(toolkit, SiteSink.directory(Path.of("public")));
 * }</pre>
 *
 * <p>A builder is immutable and thread-safe; a sink need not be.
 */
public final class SiteBuilder {
  /** The index page. */
  public static final String INDEX = "index.html";

  /** The comparison page. */
  public static final String COMPARE = "compare.html";

  /** The stylesheet. */
  public static final String STYLESHEET = "site.css";

  /** The page of what changed since the previous edition, written only when one is given. */
  public static final String CHANGES = "changes.html";

  /** The script behind the index's filters and sorting. */
  public static final String SCRIPT = "site.js";

  /** How many interventions the comparison page shows when none were chosen. */
  public static final int DEFAULT_COMPARED = 4;

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final int MAX_SLUG = 64;

  private static final Map<String, String> SITE_LABELS = siteLabels();
  private static final String SITE_SCRIPT = resource("site.js");
  private static final String SITE_STYLES = resource("site.css");
  /** The rules for "Updated" marks, added only to a site that has a previous edition. */
  private static final String CHANGES_STYLES = resource("site-changes.css");

  private final Labels labels;
  /** {@link #labels} with the shipped English of every {@code site.*} key they lack. */
  private final Labels siteLabels;
  private final List<String> compare;
  private final SiteProgress progress;
  private final Optional<Toolkit> previous;

  private SiteBuilder(Builder builder) {
    this.labels = builder.labels;
    this.siteLabels = withSiteDefaults(builder.labels);
    this.compare = List.copyOf(builder.compare);
    this.progress = builder.progress;
    this.previous = builder.previous;
  }

  /** This builder with its labels put under {@code profile}. */
  private SiteBuilder(SiteBuilder base, org.evidencetoolkit.model.Profile profile) {
    this.labels = base.labels.under(profile);
    this.siteLabels = withSiteDefaults(this.labels);
    this.compare = base.compare;
    this.progress = base.progress;
    this.previous = base.previous;
  }

  /** A builder with English labels, the default comparison and no progress reports. */
  public static SiteBuilder defaults() {
    return builder().build();
  }

  /** A builder to configure. */
  public static Builder builder() {
    return new Builder();
  }

  /** The path of an intervention's page, e.g. {@code interventions/mentoring.html}. */
  public static String pagePath(Intervention intervention) {
    return "interventions/" + intervention.id() + ".html";
  }

  /**
   * Writes the site: the stylesheet and script, the intervention pages, the comparison and
   * finally the index.
   *
   * @return the paths written, in the order written
   * @throws IllegalArgumentException if an intervention id is not a slug or is used twice, or a
   *     chosen comparison id is not in the toolkit; nothing is written then
   * @throws IOException if the sink fails
   */
  public List<String> write(Toolkit toolkit, SiteSink sink) throws IOException {
    return new SiteBuilder(this, toolkit.profile()).writeUnderProfile(toolkit, sink);
  }

  private List<String> writeUnderProfile(Toolkit toolkit, SiteSink sink) throws IOException {
    checkIds(toolkit);
    List<Intervention> compared = compared(toolkit);
    List<Intervention> interventions = toolkit.interventions();
    Optional<SiteChanges> changes = previous.map(p -> SiteChanges.of(p, toolkit));
    int total = interventions.size() + 4 + (changes.isPresent() ? 1 : 0);
    List<String> written = new ArrayList<>(total);
    HtmlRenderer rootRenderer = renderer(toolkit, "interventions/", true, changes);
    // Intervention pages carry no filter data, so their renderer has no attribute provider and
    // writes its tags without building attribute maps.
    HtmlRenderer pageRenderer = renderer(toolkit, "", false, changes);

    put(sink, written, total, STYLESHEET, HtmlRenderer.defaultStylesheet() + "\n" + SITE_STYLES
        + (changes.isPresent() ? CHANGES_STYLES : ""));
    put(sink, written, total, SCRIPT, SITE_SCRIPT);
    for (Intervention intervention : interventions) {
      put(sink, written, total, pagePath(intervention), interventionPage(pageRenderer, intervention));
    }
    put(sink, written, total, COMPARE, comparePage(rootRenderer, toolkit, compared));
    if (changes.isPresent()) {
      put(sink, written, total, CHANGES, changesPage(toolkit, changes.get()));
    }
    put(sink, written, total, INDEX, indexPage(rootRenderer, toolkit));
    return List.copyOf(written);
  }

  /**
   * The paths {@link #write} would write for this toolkit, in the order it writes them, without
   * writing anything: so that a caller can check every one of them first (see {@link
   * DirectorySiteSink#checkWritable}).
   *
   * @throws IllegalArgumentException if an intervention id is not a slug or is used twice, as
   *     {@link #write} would
   */
  public List<String> paths(Toolkit toolkit) {
    checkIds(toolkit);
    List<String> paths = new ArrayList<>(toolkit.interventions().size() + 4);
    paths.add(STYLESHEET);
    paths.add(SCRIPT);
    toolkit.interventions().forEach(i -> paths.add(pagePath(i)));
    paths.add(COMPARE);
    paths.add(INDEX);
    return List.copyOf(paths);
  }

  private void put(SiteSink sink, List<String> written, int total, String path, String content)
      throws IOException {
    sink.write(path, content);
    written.add(path);
    progress.written(written.size(), total);
  }

  private static void checkIds(Toolkit toolkit) {
    Set<String> bad = new LinkedHashSet<>();
    Set<String> seen = new HashSet<>();
    Set<String> twice = new LinkedHashSet<>();
    for (Intervention i : toolkit.interventions()) {
      if (i.id().length() > MAX_SLUG || !SLUG.matcher(i.id()).matches()) {
        bad.add(i.id());
      } else if (!seen.add(i.id())) {
        twice.add(i.id());
      }
    }
    List<String> problems = new ArrayList<>();
    if (!bad.isEmpty()) {
      problems.add("ids that are not slugs (lower-case letters, digits and single hyphens, at most "
          + MAX_SLUG + " characters): " + quoted(bad));
    }
    if (!twice.isEmpty()) {
      problems.add("ids used more than once: " + quoted(twice));
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "Cannot build a site, because page file names come from intervention ids: "
              + String.join("; ", problems));
    }
  }

  private static String quoted(Set<String> ids) {
    return String.join(", ", ids.stream().map(id -> "'" + id + "'").toList());
  }

  private List<Intervention> compared(Toolkit toolkit) {
    if (!compare.isEmpty()) {
      return toolkit.compare(compare);
    }
    List<Intervention> byImpact = toolkit.query(ToolkitQuery.builder().sortBy(SortKey.IMPACT).build());
    return byImpact.subList(0, Math.min(DEFAULT_COMPARED, byImpact.size()));
  }

  /**
   * A renderer under the toolkit's profile and source whose links to other interventions' pages
   * start with {@code prefix}; with changes since a previous edition, it marks changed
   * interventions "Updated".
   */
  private HtmlRenderer renderer(
      Toolkit toolkit, String prefix, boolean indexAttributes, Optional<SiteChanges> changes) {
    HtmlRenderer.Builder renderer = HtmlRenderer.builder()
        .labels(labels)
        .toolkit(toolkit)
        .headingBaseLevel(1)
        .interventionLink(i -> Optional.of(prefix + i.id() + ".html"));
    if (indexAttributes) {
      renderer.attributeProvider(SiteBuilder::indexAttributes);
    }
    changes.ifPresent(c -> renderer.partRendererFactory(
        context -> new UpdatedMarks(context, c.updated(), this::updatedMark)));
    return renderer.build();
  }

  /** "Updated 3 March 2025" with the date last updated, or "Updated" without one. */
  private String updatedMark(Intervention intervention) {
    return intervention.lastUpdated()
        .map(date -> site("site.updated.on", labels.date(date)))
        .orElseGet(() -> site("site.updated"));
  }

  private String changesPage(Toolkit toolkit, SiteChanges changes) {
    StringBuilder main = new StringBuilder(4096);
    ChangelogRenderer.builder()
        .labels(labels)
        .headingBaseLevel(1)
        .classPrefix("et-")
        .interventionLink(i -> Optional.of("interventions/" + i.id() + ".html"))
        .build()
        .render(ChangelogRenderer.Format.HTML_FRAGMENT, changes.changes(), changes.previous(),
            toolkit, main);
    // The intro goes after the changelog's own heading.
    int afterHeading = main.indexOf("</h1>\n") + "</h1>\n".length();
    main.insert(afterHeading, "<p>" + Encode.forHtml(site("site.changes.intro",
        changes.previous().title())) + "</p>\n");
    return page(site("site.nav.changes") + " \u2013 " + toolkit.title(), "", CHANGES, main, false);
  }

  /** The data the index's script filters and sorts by, on each row of the index table. */
  private static void indexAttributes(HtmlPart part, String tagName, Map<String, String> attributes) {
    if (part instanceof HtmlPart.Index && tagName.equals("table")) {
      attributes.put("data-site-index", "");
    } else if (part instanceof HtmlPart.IndexRow row && tagName.equals("tr")) {
      Intervention i = row.intervention();
      attributes.put("data-prevention", String.join(" ", i.preventionTypes().stream().map(SiteBuilder::kebab).toList()));
      attributes.put("data-setting", String.join(" ", i.settings().stream().map(Setting::code).toList()));
      attributes.put("data-sector", String.join(" ", i.sectors().stream().map(Sector::code).toList()));
      attributes.put("data-band", kebab(i.impact().band()));
      attributes.put("data-rank", Integer.toString(i.impact().band().rank()));
      attributes.put("data-estimate", i.impact().estimate().map(BigDecimal::toPlainString).orElse(""));
      attributes.put("data-evidence", Integer.toString(i.evidence().level().orElse(0)));
      attributes.put("data-cost", Integer.toString(i.cost().level().orElse(0)));
      attributes.put("data-title", i.title());
    }
  }

  private String indexPage(HtmlRenderer renderer, Toolkit toolkit) {
    StringBuilder main = new StringBuilder(4096 + 512 * toolkit.interventions().size());
    main.append("<h1>").append(Encode.forHtml(toolkit.title())).append("</h1>\n");
    int count = toolkit.interventions().size();
    main.append("<p>")
        .append(Encode.forHtml(count == 1 ? site("site.intro.one") : site("site.intro.other", count)))
        .append("</p>\n");
    filters(main, toolkit);
    main.append("<p id=\"site-count\" class=\"site-count\" role=\"status\" data-template=\"")
        .append(Encode.forHtmlAttribute(site("site.count")))
        .append("\"></p>\n");
    renderer.renderIndex(toolkit, main);
    return page(toolkit.title(), "", INDEX, main, true);
  }

  private void filters(StringBuilder out, Toolkit toolkit) {
    out.append("<form id=\"site-filters\" class=\"site-filters\" hidden>\n<fieldset>\n<legend>")
        .append(Encode.forHtml(site("site.filters")))
        .append("</legend>\n<div class=\"site-filter-grid\">\n");
    List<String[]> types = new ArrayList<>();
    for (PreventionType type : PreventionType.values()) {
      types.add(new String[] {kebab(type), labels.preventionType(type)});
    }
    select(out, "prevention", site("site.filter.prevention"), types, true);
    List<String[]> settings = new ArrayList<>();
    for (Setting s : toolkit.knownSettings()) {
      settings.add(new String[] {s.code(), labels.setting(s)});
    }
    select(out, "setting", site("site.filter.setting"), settings, true);
    List<String[]> sectors = new ArrayList<>();
    for (Sector s : toolkit.knownSectors()) {
      sectors.add(new String[] {s.code(), labels.sector(s)});
    }
    select(out, "sector", site("site.filter.sector"), sectors, true);
    List<String[]> bands = new ArrayList<>();
    for (ImpactBand band : List.of(ImpactBand.HIGH, ImpactBand.MODERATE, ImpactBand.LOW,
        ImpactBand.NO_EFFECT, ImpactBand.HARMFUL, ImpactBand.INSUFFICIENT_EVIDENCE)) {
      bands.add(new String[] {kebab(band), labels.band(band)});
    }
    select(out, "band", site("site.filter.band"), bands, true);
    select(out, "min-evidence", site("site.filter.min-evidence"), levels(), true);
    select(out, "max-cost", site("site.filter.max-cost"), levels(), true);
    select(out, "sort", site("site.filter.sort"), List.of(
        new String[] {"", site("site.sort.toolkit")},
        new String[] {"impact", site("site.sort.impact")},
        new String[] {"evidence", site("site.sort.evidence")},
        new String[] {"cost", site("site.sort.cost")},
        new String[] {"title", site("site.sort.title")}), false);
    out.append("<div class=\"site-filter\"><button type=\"reset\">")
        .append(Encode.forHtml(site("site.filter.reset")))
        .append("</button></div>\n</div>\n</fieldset>\n</form>\n");
  }

  private List<String[]> levels() {
    List<String[]> levels = new ArrayList<>();
    for (int level = 1; level <= 5; level++) {
      String word = labels.text("level." + level);
      levels.add(new String[] {
        Integer.toString(level), site("site.filter.level", word, labels.format("gauge.score", level, 5))
      });
    }
    return levels;
  }

  private void select(
      StringBuilder out, String name, String label, List<String[]> options, boolean any) {
    String id = "filter-" + name;
    out.append("<div class=\"site-filter\"><label for=\"").append(id).append("\">")
        .append(Encode.forHtml(label))
        .append("</label>\n<select id=\"").append(id).append("\" name=\"").append(name).append("\">\n");
    if (any) {
      out.append("<option value=\"\">").append(Encode.forHtml(site("site.filter.any"))).append("</option>\n");
    }
    for (String[] option : options) {
      out.append("<option value=\"").append(Encode.forHtmlAttribute(option[0])).append("\">")
          .append(Encode.forHtml(option[1])).append("</option>\n");
    }
    out.append("</select></div>\n");
  }

  private String interventionPage(HtmlRenderer renderer, Intervention intervention) {
    // The fragment is rendered straight into the page, not into a buffer copied in afterwards.
    StringBuilder out = new StringBuilder(16384);
    pageStart(out, intervention.title(), "../", "", false);
    renderer.renderFragment(intervention, out);
    pageEnd(out);
    return out.toString();
  }

  private String comparePage(HtmlRenderer renderer, Toolkit toolkit, List<Intervention> compared) {
    StringBuilder main = new StringBuilder(8192);
    String title = site("site.compare.title");
    main.append("<h1>").append(Encode.forHtml(title)).append("</h1>\n");
    if (compared.isEmpty()) {
      main.append("<p>").append(Encode.forHtml(site("site.compare.empty"))).append("</p>\n");
    } else {
      String names = String.join(labels.text("list.separator"),
          compared.stream().map(Intervention::title).toList());
      main.append("<p>").append(Encode.forHtml(site("site.compare.intro", names))).append("</p>\n");
      main.append("<div class=\"site-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"")
          .append(Encode.forHtmlAttribute(title)).append("\">\n");
      renderer.renderComparison(compared, main);
      main.append("</div>\n");
    }
    return page(title + " \u2013 " + toolkit.title(), "", COMPARE, main, false);
  }

  /** The page around a main part: head, skip link, navigation, footer. */
  private String page(String title, String root, String current, CharSequence main, boolean script) {
    StringBuilder out = new StringBuilder(main.length() + 2048);
    pageStart(out, title, root, current, script);
    out.append(main);
    pageEnd(out);
    return out.toString();
  }

  private void pageStart(
      StringBuilder out, String title, String root, String current, boolean script) {
    out.append("<!DOCTYPE html>\n<html lang=\"").append(Encode.forHtmlAttribute(labels.languageTag()))
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(Encode.forHtml(title)).append("</title>\n")
        .append("<link rel=\"stylesheet\" href=\"").append(root).append(STYLESHEET).append("\">\n");
    if (script) {
      out.append("<script src=\"").append(root).append(SCRIPT).append("\" defer></script>\n");
    }
    out.append("</head>\n<body>\n<a class=\"site-skip\" href=\"#main\">")
        .append(Encode.forHtml(site("site.skip"))).append("</a>\n")
        .append("<header class=\"site-header\"><nav aria-label=\"")
        .append(Encode.forHtmlAttribute(site("site.nav"))).append("\"><ul>\n");
    navLink(out, root + INDEX, site("site.nav.index"), current.equals(INDEX));
    navLink(out, root + COMPARE, site("site.nav.compare"), current.equals(COMPARE));
    if (previous.isPresent()) {
      navLink(out, root + CHANGES, site("site.nav.changes"), current.equals(CHANGES));
    }
    out.append("</ul></nav></header>\n<main id=\"main\" class=\"site-main\">\n");
  }

  private void pageEnd(StringBuilder out) {
    out.append("</main>\n<footer class=\"site-footer\"><p>")
        .append(Encode.forHtml(site("site.footer")))
        .append("</p></footer>\n</body>\n</html>\n");
  }

  private static void navLink(StringBuilder out, String href, String text, boolean current) {
    out.append("<li><a href=\"").append(Encode.forHtmlAttribute(href)).append('"')
        .append(current ? " aria-current=\"page\"" : "").append('>')
        .append(Encode.forHtml(text)).append("</a></li>\n");
  }

  /** A site label: the application's, if its labels have the key, else the shipped English. */
  private String site(String key, Object... arguments) {
    if (siteLabels.find(key).isEmpty()) {
      throw new IllegalArgumentException("No site label with key '" + key + "'");
    }
    return siteLabels.format(key, arguments);
  }

  /** The labels, completed once with the shipped English of the site keys they lack. */
  private static Labels withSiteDefaults(Labels labels) {
    Labels completed = labels;
    for (Map.Entry<String, String> label : SITE_LABELS.entrySet()) {
      if (labels.find(label.getKey()).isEmpty()) {
        completed = completed.with(label.getKey(), label.getValue());
      }
    }
    return completed;
  }

  private static String kebab(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static Map<String, String> siteLabels() {
    Properties properties = new Properties();
    try (InputStream in = SiteBuilder.class.getResourceAsStream("/org/evidencetoolkit/cli/site/site-labels.properties")) {
      if (in == null) {
        throw new IllegalStateException("The site's labels are missing from the jar");
      }
      properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    java.util.HashMap<String, String> labels = new java.util.HashMap<>();
    properties.stringPropertyNames().forEach(k -> labels.put(k, properties.getProperty(k)));
    return Map.copyOf(labels);
  }

  private static String resource(String name) {
    try (InputStream in = SiteBuilder.class.getResourceAsStream("/org/evidencetoolkit/cli/site/" + name)) {
      if (in == null) {
        throw new IllegalStateException("The site's " + name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Configures a {@link SiteBuilder}. */
  public static final class Builder {
    private Labels labels = Labels.defaults();
    private List<String> compare = List.of();
    private SiteProgress progress = SiteProgress.none();
    private Optional<Toolkit> previous = Optional.empty();

    private Builder() {}

    /**
     * The previous edition of the toolkit; default none. With one, the site also has a "What's
     * changed" page ({@value SiteBuilder#CHANGES}, linked from every page's navigation), and the
     * index rows and pages of interventions that changed are marked "Updated", with their date
     * last updated where they have one. Interventions new in this edition are listed on the
     * changes page, not marked. Without one, the site is exactly as it always was.
     */
    public Builder previous(Toolkit previous) {
      this.previous = Optional.of(previous);
      return this;
    }

    /** The words to show; default {@link Labels#defaults()}. Keys {@code site.*} are optional. */
    public Builder labels(Labels labels) {
      this.labels = labels;
      return this;
    }

    /**
     * The interventions on the comparison page, by id, in this order; default: the {@value
     * SiteBuilder#DEFAULT_COMPARED} with the highest impact.
     */
    public Builder compare(List<String> ids) {
      this.compare = List.copyOf(ids);
      return this;
    }

    /** Told after each file is written; default: nothing. */
    public Builder progress(SiteProgress progress) {
      this.progress = progress;
      return this;
    }

    /** The configured builder. */
    public SiteBuilder build() {
      return new SiteBuilder(this);
    }
  }
}
