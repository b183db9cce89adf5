package org.evidencetoolkit.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.evidencetoolkit.model.ImpactBand;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.PreventionType;
import org.evidencetoolkit.model.Sector;
import org.evidencetoolkit.model.Setting;
import org.evidencetoolkit.model.Slugs;
import org.evidencetoolkit.model.SortKey;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.model.ToolkitQuery;
import org.evidencetoolkit.render.ChangelogRenderer;
import org.evidencetoolkit.render.HtmlRenderer;
import org.evidencetoolkit.render.labels.Labels;
import org.evidencetoolkit.render.Stylesheet;
import org.evidencetoolkit.render.html.HtmlPart;
import org.evidencetoolkit.render.html.HtmlPartRendererFactory;
import org.evidencetoolkit.site.internal.SiteChanges;
import org.evidencetoolkit.site.internal.SiteFiles;
import org.evidencetoolkit.site.internal.SiteParts;
import org.evidencetoolkit.site.internal.UpdatedMarks;

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
 *   <li>{@value #CHANGES}: with a {@linkplain Builder#previous previous edition} only, what changed
 *       since it, linked from every page's navigation; the index rows and pages of interventions
 *       that changed are then marked "Updated".
 *   <li>{@value #STYLESHEET}: the renderers' default stylesheet and the site's own rules.
 * </ul>
 *
 * <p>Nothing is loaded from the network (no fonts, CDNs or external scripts), so the site works
 * opened straight from {@code file://}. Every page is written by {@link HtmlRenderer} (its page
 * skeleton, its one escaping writer), given the toolkit ({@code .toolkit(t)}), so pages follow the
 * toolkit's profile: its measures, section order, words and language. The site's own furniture is
 * drawn by part renderers: {@link HtmlPart.Navigation} (skip link and navigation), {@link
 * HtmlPart.PageFooter}, and around {@link HtmlPart.IndexTable} the filters, the count and the
 * "no match" message; an application replaces any of them with {@link
 * Builder#partRendererFactory}. The "What's changed" page is written by {@link ChangelogRenderer}
 * through the same page skeleton, navigation and footer. Every word comes from {@link Labels}: the
 * site's own words have keys starting {@code site.}, with English defaults beneath the profile's
 * labels and the application's.
 *
 * <p>Intervention ids become file names, so every id must be a slug ({@code id.format}) and
 * unique; {@link #write} and {@link #paths} refuse a toolkit that breaks this before writing
 * anything. Other content problems are the business of {@code ContentRules}, not of the site.
 *
 * <pre>{@code
 * SiteBuilder.defaults().write(toolkit, SiteSink.directory(Path.of("public")));
 * }</pre>
 *
 * <p>A builder is immutable and thread-safe; a sink need not be. A site is rendered on the calling
 * thread, or on several ({@link Builder#parallelism}) for a large toolkit, with the same result.
 */
public final class SiteBuilder {
  /** The index page. */
  public static final String INDEX = SiteFiles.INDEX;

  /** The comparison page. */
  public static final String COMPARE = SiteFiles.COMPARE;

  /** The stylesheet. */
  public static final String STYLESHEET = SiteFiles.STYLESHEET;

  /** The page of what changed since the previous edition, written only when one is given. */
  public static final String CHANGES = SiteFiles.CHANGES;

  /** The script behind the index's filters and sorting. */
  public static final String SCRIPT = SiteFiles.SCRIPT;

  /** How many interventions the comparison page shows when none were chosen. */
  public static final int DEFAULT_COMPARED = 4;

  /** The longest id {@code id.format} accepts, which is also the longest page file name's stem. */
  private static final int MAX_SLUG = 64;

  /**
   * The characters a page's text starts with room for: an intervention's page with its linked
   * stylesheet runs to about 8,000 to 30,000, so one is rarely copied to grow.
   */
  private static final int PAGE_CAPACITY = 32_768;

  /**
   * The characters the index starts with room for per intervention, on top of {@link
   * #PAGE_CAPACITY}: a row with its filter data is about 1,000. Sized up front, a large index
   * (10 MB of text for 10,000 rows) is one allocation instead of a dozen ever larger copies.
   */
  private static final int INDEX_ROW_CAPACITY = 1_024;

  /**
   * The most characters the index starts with room for (16,384 rows' worth), so that a huge
   * toolkit does not reserve a huge array before a row is written; a larger index grows as any
   * {@code StringBuilder} does.
   */
  private static final int MAX_INDEX_CAPACITY = 1 << 24;

  /** A character beyond Latin-1, to make a buffer UTF-16 ({@link #pageText}). */
  private static final char UTF16_CHARACTER = '\u25CF';

  private static final Map<String, String> SITE_LABELS = siteLabels();
  /**
   * The index rows' codes of prevention types and bands ({@link Slugs#kebab}), worked out once
   * rather than for every row of a large index.
   */
  private static final Map<PreventionType, String> PREVENTION_CODES = kebabs(PreventionType.class);
  private static final Map<ImpactBand, String> BAND_CODES = kebabs(ImpactBand.class);
  private static final String SITE_SCRIPT = resource("site.js");
  private static final String SITE_STYLES = resource("site.css");
  /** The rules for "Updated" marks, added only to a site that has a previous edition. */
  private static final String CHANGES_STYLES = resource("site-changes.css");

  /**
   * The application's labels with the site's shipped English ({@code site.*}) beneath them; each
   * renderer puts the toolkit's profile in between.
   */
  private final Labels labels;
  private final List<String> compare;
  private final SiteProgress progress;
  private final List<HtmlPartRendererFactory> partRenderers;
  private final Optional<Toolkit> previous;
  private final int parallelism;
  private final boolean plainText;

  private SiteBuilder(Builder builder) {
    this.labels = builder.labels.withDefaults(SITE_LABELS);
    this.compare = List.copyOf(builder.compare);
    this.progress = builder.progress;
    this.partRenderers = List.copyOf(builder.partRenderers);
    this.previous = builder.previous;
    this.parallelism = builder.parallelism;
    this.plainText = builder.plainText;
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
   * Writes the site: the stylesheet and script, the intervention pages, the comparison, what
   * changed (with a previous edition) and finally the index.
   *
   * <p>With a {@linkplain Builder#parallelism parallelism} above 1, pages are rendered on that many
   * threads of the builder's own, started for this call and stopped before it returns; the files
   * are still written to the sink one at a time, on the calling thread and in the same order, so
   * the sink and the {@linkplain Builder#progress progress} need not be thread-safe and the site
   * is the same, byte for byte, as one written on one thread.
   *
   * @return the paths written, in the order written
   * @throws IllegalArgumentException if an intervention id is not a slug or is used twice, or a
   *     chosen comparison id is not in the toolkit; nothing is written then
   * @throws IOException if the sink fails ({@link java.io.InterruptedIOException} if the calling
   *     thread is interrupted while pages are rendered on other threads)
   */
  public List<String> write(Toolkit toolkit, SiteSink sink) throws IOException {
    checkIds(toolkit);
    List<Intervention> compared = compared(toolkit);
    List<Intervention> interventions = toolkit.interventions();
    Optional<SiteChanges> changes = previous.map(p -> SiteChanges.of(p, toolkit));
    // Intervention pages carry no filter data, so their renderer has no attribute provider and
    // writes its tags without building attribute maps.
    HtmlRenderer pageRenderer = renderer(toolkit, "../", "", false, changes);
    HtmlRenderer compareRenderer = renderer(toolkit, "", "interventions/", false, changes);
    HtmlRenderer indexRenderer = renderer(toolkit, "", "interventions/", true, changes);

    List<SiteFile> pages = new ArrayList<>(interventions.size());
    for (Intervention intervention : interventions) {
      pages.add(new SiteFile(pagePath(intervention),
          () -> text(PAGE_CAPACITY, page -> pageRenderer.renderPage(intervention, page))));
    }
    String compareTitle = compareTitle(toolkit);
    List<SiteFile> last = new ArrayList<>(3);
    last.add(new SiteFile(COMPARE,
        () -> text(PAGE_CAPACITY, page -> compareRenderer.renderComparisonPage(compared, compareTitle, page))));
    changes.ifPresent(c -> last.add(new SiteFile(CHANGES, () -> changesPage(toolkit, c))));
    int indexCapacity = (int) Math.min(
        MAX_INDEX_CAPACITY, PAGE_CAPACITY + (long) INDEX_ROW_CAPACITY * interventions.size());
    last.add(new SiteFile(INDEX,
        () -> text(indexCapacity, page -> indexRenderer.renderIndexPage(toolkit, page))));

    Output out = new Output(sink, progress, 2 + pages.size() + last.size());
    out.put(STYLESHEET, HtmlRenderer.defaultStylesheet() + "\n" + SITE_STYLES
        + (changes.isPresent() ? CHANGES_STYLES : ""));
    out.put(SCRIPT, SITE_SCRIPT);
    if (parallelism == 1 || pages.size() < 2) {
      for (SiteFile file : pages) {
        out.put(file.path(), file.content().get());
      }
      for (SiteFile file : last) {
        out.put(file.path(), file.content().get());
      }
    } else {
      ParallelPages.write(parallelism, pages, last, out);
    }
    return out.written();
  }

  /**
   * The paths {@link #write} would write for this toolkit, in the order it writes them, without
   * writing anything: so that a caller can check every one of them first (see {@link
   * DirectorySiteSink#checkWritable}). With a previous edition they include {@value #CHANGES}.
   *
   * @throws IllegalArgumentException if an intervention id is not a slug or is used twice, as
   *     {@link #write} would
   */
  public List<String> paths(Toolkit toolkit) {
    checkIds(toolkit);
    List<String> paths = new ArrayList<>(toolkit.interventions().size() + 5);
    paths.add(STYLESHEET);
    paths.add(SCRIPT);
    toolkit.interventions().forEach(i -> paths.add(pagePath(i)));
    paths.add(COMPARE);
    if (previous.isPresent()) {
      paths.add(CHANGES);
    }
    paths.add(INDEX);
    return List.copyOf(paths);
  }

  /** The comparison page's title and heading, in the words of the toolkit's profile. */
  private String compareTitle(Toolkit toolkit) {
    return labels.under(toolkit.profile()).text("site.compare.title");
  }

  private static void checkIds(Toolkit toolkit) {
    Set<String> bad = new LinkedHashSet<>();
    Set<String> seen = new HashSet<>();
    Set<String> twice = new LinkedHashSet<>();
    for (Intervention i : toolkit.interventions()) {
      if (i.id().length() > MAX_SLUG || !Slugs.isSlug(i.id())) {
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
   * A renderer for the pages in one folder of the site: {@code root} leads from them to the
   * site's root, {@code pages} to the intervention pages. The application's part renderers come
   * first, so they win over the site's navigation, footer and index furniture ({@link SiteParts});
   * with changes since a previous edition, changed interventions are marked "Updated" ({@link
   * UpdatedMarks}).
   */
  private HtmlRenderer renderer(
      Toolkit toolkit, String root, String pages, boolean index, Optional<SiteChanges> changes) {
    HtmlRenderer.Builder renderer = HtmlRenderer.builder()
        .labels(labels)
        .toolkit(toolkit)
        .headingBaseLevel(1)
        .stylesheet(Stylesheet.link(root + STYLESHEET))
        .interventionLink(i -> Optional.of(pages + i.id() + ".html"));
    partRenderers.forEach(renderer::partRendererFactory);
    renderer.partRendererFactory(context -> new SiteParts(context, root, changes.isPresent()));
    changes.ifPresent(c -> renderer.partRendererFactory(context -> new UpdatedMarks(context, c.updated())));
    if (index) {
      renderer.attributeProvider(SiteBuilder::indexAttributes).script(root + SCRIPT);
    }
    return renderer.build();
  }

  /**
   * The "What's changed" page, written by {@link ChangelogRenderer} through the renderers' page
   * skeleton and writer, with the site's navigation and footer (and the application's part
   * renderers), in the words of the toolkit's profile.
   */
  private String changesPage(Toolkit toolkit, SiteChanges changes) {
    ChangelogRenderer.Builder changelog = ChangelogRenderer.builder()
        .labels(labels)
        .profile(toolkit.profile())
        .headingBaseLevel(1)
        .stylesheet(Stylesheet.link(STYLESHEET))
        .interventionLink(i -> Optional.of(pagePath(i)))
        .introduction(labels.under(toolkit.profile())
            .format("site.changes.intro", changes.previous().title()));
    partRenderers.forEach(changelog::partRendererFactory);
    changelog.partRendererFactory(context -> new SiteParts(context, "", true));
    return changelog.build().render(
        ChangelogRenderer.Format.HTML_PAGE, changes.changes(), changes.previous(), toolkit);
  }

  /** The data the index's script filters and sorts by, on each row of the index table. */
  private static void indexAttributes(HtmlPart part, String tagName, Map<String, String> attributes) {
    if (part instanceof HtmlPart.IndexTable && tagName.equals("table")) {
      attributes.put("data-site-index", "");
    } else if (part instanceof HtmlPart.IndexRow row && tagName.equals("tr")) {
      Intervention i = row.intervention();
      attributes.put("data-prevention", spaced(i.preventionTypes(), t -> kebab(PREVENTION_CODES, t)));
      attributes.put("data-setting", spaced(i.settings(), Setting::code));
      attributes.put("data-sector", spaced(i.sectors(), Sector::code));
      attributes.put("data-band", kebab(BAND_CODES, i.impact().band()));
      attributes.put("data-rank", Integer.toString(i.impact().band().rank()));
      attributes.put("data-estimate", i.impact().estimate().map(BigDecimal::toPlainString).orElse(""));
      attributes.put("data-evidence", Integer.toString(i.evidence().level().orElse(0)));
      attributes.put("data-cost", Integer.toString(i.cost().level().orElse(0)));
      attributes.put("data-title", i.title());
    }
  }

  /** The codes of {@code values}, separated by single spaces (the script splits on them). */
  private static <T> String spaced(List<T> values, Function<T, String> code) {
    if (values.isEmpty()) {
      return "";
    }
    if (values.size() == 1) {
      return code.apply(values.get(0));
    }
    StringJoiner joined = new StringJoiner(" ");
    values.forEach(v -> joined.add(code.apply(v)));
    return joined.toString();
  }

  /** Each constant's {@link Slugs#kebab} name. */
  private static <E extends Enum<E>> Map<E, String> kebabs(Class<E> type) {
    Map<E, String> codes = new EnumMap<>(type);
    for (E value : EnumSet.allOf(type)) {
      codes.put(value, Slugs.kebab(value));
    }
    return codes;
  }

  /** A constant's name from {@link #kebabs}, which has every constant. */
  private static <E extends Enum<E>> String kebab(Map<E, String> codes, E value) {
    String code = codes.get(value);
    return code != null ? code : Slugs.kebab(value);
  }

  private static Map<String, String> siteLabels() {
    Properties properties = new Properties();
    try (InputStream in = SiteBuilder.class.getResourceAsStream("site-labels.properties")) {
      if (in == null) {
        throw new IllegalStateException("The site's labels are missing from the jar");
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    HashMap<String, String> labels = new HashMap<>();
    properties.stringPropertyNames().forEach(k -> labels.put(k, properties.getProperty(k)));
    return Map.copyOf(labels);
  }

  private static String resource(String name) {
    try (InputStream in = SiteBuilder.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("The site's " + name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One file's text, rendered by {@code render} into a buffer made by {@link #pageText} and handed
   * on as it is; on the {@linkplain Builder#plainText plain path}, into an ordinary {@code
   * StringBuilder} copied into a {@code String}, as {@link HtmlRenderer#renderPage(Intervention)}
   * does.
   */
  private CharSequence text(int capacity, Consumer<StringBuilder> render) {
    if (plainText) {
      StringBuilder text = new StringBuilder();
      render.accept(text);
      return text.toString();
    }
    StringBuilder text = pageText(capacity);
    render.accept(text);
    return text;
  }

  /**
   * An empty buffer for one file's text, with room for {@code capacity} characters of any kind.
   *
   * <p>Every page carries the rating gauges' glyphs (such as ●) in its first kilobyte, and a
   * {@code StringBuilder} that starts as Latin-1 then copies itself into a UTF-16 array twice its
   * size at the first such character, having allocated both. One that has held a UTF-16 character
   * already stays UTF-16, so the page is written into a single array. The text is the same either
   * way; for a page with no character beyond Latin-1 the buffer is merely twice as large.
   */
  private static StringBuilder pageText(int capacity) {
    StringBuilder text = new StringBuilder(1).append(UTF16_CHARACTER);
    text.setLength(0);
    text.ensureCapacity(capacity);
    return text;
  }

  /**
   * One file of the site, rendered when it is its turn (or its thread's). The text is handed to
   * the sink as the buffer it was rendered into, never copied into a {@code String} first, and
   * nothing changes it afterwards.
   */
  private record SiteFile(String path, Supplier<CharSequence> content) {}

  /**
   * Where rendered files go: the sink, then the list of paths written and the progress, all on
   * the calling thread.
   */
  private static final class Output {
    private final SiteSink sink;
    private final SiteProgress progress;
    private final int total;
    private final List<String> written;

    Output(SiteSink sink, SiteProgress progress, int total) {
      this.sink = sink;
      this.progress = progress;
      this.total = total;
      this.written = new ArrayList<>(total);
    }

    void put(String path, CharSequence content) throws IOException {
      sink.write(path, content);
      written.add(path);
      progress.written(written.size(), total);
    }

    List<String> written() {
      return List.copyOf(written);
    }
  }

  /**
   * Renders pages on a pool of threads and writes them in order. Pages go to the pool in chunks
   * (one task per page would cost more in hand-offs than small pages take to render), at most a
   * few chunks per thread ahead of the one being written, so memory stays bounded however big
   * the toolkit.
   */
  private static final class ParallelPages {
    /** Pages per task: enough to make a hand-off cheap, few enough to share the tail evenly. */
    private static final int CHUNK = 16;
    /** Chunks in flight per thread. */
    private static final int AHEAD = 4;

    private ParallelPages() {}

    static void write(int threads, List<SiteFile> pages, List<SiteFile> last, Output out)
        throws IOException {
      ExecutorService pool = Executors.newFixedThreadPool(threads, ParallelPages::thread);
      try {
        // The files written last (the comparison, what changed and above all the index, whose
        // table has a row per intervention) start first: started at the end, the index would
        // leave every other thread idle while one thread renders it.
        List<Future<CharSequence>> lastRendered = new ArrayList<>(last.size());
        for (SiteFile file : last) {
          lastRendered.add(pool.submit(file.content()::get));
        }
        ArrayDeque<Future<List<CharSequence>>> ahead = new ArrayDeque<>();
        int submitted = 0;
        int written = 0;
        while (written < pages.size()) {
          while (submitted < pages.size() && ahead.size() < threads * AHEAD) {
            List<SiteFile> chunk = pages.subList(submitted, Math.min(submitted + CHUNK, pages.size()));
            ahead.add(pool.submit(() -> render(chunk)));
            submitted += chunk.size();
          }
          List<CharSequence> rendered = await(ahead.remove());
          for (CharSequence content : rendered) {
            out.put(pages.get(written).path(), content);
            written++;
          }
        }
        for (int i = 0; i < last.size(); i++) {
          out.put(last.get(i).path(), await(lastRendered.get(i)));
        }
      } finally {
        // On a failure the pages still rendering are of no use.
        pool.shutdownNow();
      }
    }

    private static List<CharSequence> render(List<SiteFile> chunk) {
      List<CharSequence> rendered = new ArrayList<>(chunk.size());
      for (SiteFile file : chunk) {
        rendered.add(file.content().get());
      }
      return rendered;
    }

    /** The result of a task, or the exception a page's rendering threw, as if thrown here. */
    private static <T> T await(Future<T> task) throws IOException {
      try {
        return task.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        InterruptedIOException interrupted =
            new InterruptedIOException("Interrupted while the site's pages were being rendered");
        interrupted.initCause(e);
        throw interrupted;
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException runtime) {
          throw runtime;
        }
        if (cause instanceof Error error) {
          throw error;
        }
        throw new IllegalStateException("A page of the site could not be rendered", cause);
      }
    }

    /** Daemon threads, so that a site abandoned by its caller never keeps the JVM alive. */
    private static Thread thread(Runnable task) {
      Thread thread = new Thread(task, "site-pages");
      thread.setDaemon(true);
      return thread;
    }
  }

  /** Configures a {@link SiteBuilder}. */
  public static final class Builder {
    private Labels labels = Labels.defaults();
    private List<String> compare = List.of();
    private SiteProgress progress = SiteProgress.none();
    private final List<HtmlPartRendererFactory> partRenderers = new ArrayList<>();
    private Optional<Toolkit> previous = Optional.empty();
    private int parallelism = 1;
    private boolean plainText;

    private Builder() {}

    /**
     * Renders every file the plain way, as a {@code String} of an ordinary {@code StringBuilder},
     * rather than into a buffer sized and made UTF-16 up front that is handed to the sink as it
     * is. For the test that holds the two byte-equal, not for applications.
     */
    Builder plainText() {
      this.plainText = true;
      return this;
    }

    /**
     * How many threads render the pages of one {@link SiteBuilder#write}; default 1, the calling
     * thread alone. With more, the builder starts that many threads for each call (and stops them
     * before it returns) to render pages, while the calling thread writes every file to the sink
     * in the documented order: the site is byte for byte the same, and neither the sink nor the
     * progress is called from another thread. The part renderer factories are then called from
     * those threads, which {@link HtmlPartRendererFactory} already requires them to allow.
     *
     * <p>A value above the machine's processors ({@code
     * Runtime.getRuntime().availableProcessors()}) gains nothing. Memory stays bounded: a few
     * pages per thread are held at a time, waiting for their turn to be written.
     *
     * @throws IllegalArgumentException if {@code threads} is less than 1
     */
    public Builder parallelism(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("parallelism must be at least 1 thread: " + threads);
      }
      this.parallelism = threads;
      return this;
    }

    /**
     * The previous edition of the toolkit; default none. With one, the site also has a "What's
     * changed" page ({@value SiteBuilder#CHANGES}, linked from every page's navigation), and the
     * index rows and pages of interventions that changed are marked "Updated", with their date
     * last updated where they have one. Interventions new in this edition are listed on the
     * changes page, not marked. Without one, the site is exactly as it always was.
     */
    public Builder previous(Toolkit previous) {
      this.previous = Optional.of(Objects.requireNonNull(previous, "previous"));
      return this;
    }

    /**
     * The application's words; default {@link Labels#defaults()}. They go on top of the
     * toolkit's profile's labels, which go on top of the shipped English (the renderers' and the
     * site's {@code site.*} words), key by key.
     */
    public Builder labels(Labels labels) {
      this.labels = Objects.requireNonNull(labels, "labels");
      return this;
    }

    /**
     * Adds a factory of part renderers for every page, ahead of the site's own: register one for
     * {@link HtmlPart.Navigation} or {@link HtmlPart.PageFooter} to replace the site's
     * navigation or footer, or for any other part to change how it is drawn. The first added
     * wins. Default none.
     */
    public Builder partRendererFactory(HtmlPartRendererFactory factory) {
      partRenderers.add(Objects.requireNonNull(factory, "factory"));
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
