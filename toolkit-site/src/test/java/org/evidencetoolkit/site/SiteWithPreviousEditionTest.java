package org.evidencetoolkit.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nu.validator.client.EmbeddedValidator;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Toolkit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * A site built with a previous edition: a "What's changed" page linked from every page, and
 * "Updated" marks (with the date last updated where there is one) on the index rows and pages of
 * exactly the interventions that changed; without one, none of it.
 */
class SiteWithPreviousEditionTest {
  /** The sample with mentoring revised (and dated) and focused deterrence retitled. */
  static Toolkit current() {
    Toolkit sample = BundledSample.load();
    List<Intervention> interventions = new ArrayList<>();
    for (Intervention i : sample.interventions()) {
      interventions.add(i.id().equals("mentoring")
          ? Intervention.builder().from(i).lastUpdated(LocalDate.of(2025, 2, 3)).build()
          : i);
    }
    return Toolkit.builder().from(sample).interventions(interventions).build();
  }

  /** The edition before: no arts programmes yet, focused deterrence under an older title. */
  static Toolkit previous() {
    Toolkit sample = BundledSample.load();
    List<Intervention> interventions = new ArrayList<>();
    for (Intervention i : sample.interventions()) {
      if (i.id().equals("arts-programmes")) {
        continue;
      }
      interventions.add(i.id().equals("focused-deterrence")
          ? Intervention.builder().from(i).title("Focused deterrence (draft)").build()
          : i);
    }
    return Toolkit.builder().from(sample).title("Sample, last year").interventions(interventions).build();
  }

  static Map<String, String> site(boolean withPrevious) throws Exception {
    InMemorySiteSink sink = SiteSink.inMemory();
    SiteBuilder.Builder builder = SiteBuilder.builder();
    if (withPrevious) {
      builder.previous(previous());
    }
    builder.build().write(current(), sink);
    return sink.files();
  }

  private static Document page(Map<String, String> files, String name) {
    String html = files.get(name);
    assertThat(html).as(name).isNotNull();
    return Jsoup.parse(java.util.Objects.requireNonNull(html));
  }

  @Test
  void theChangesPageSaysWhatChangedAndEveryPageLinksToIt() throws Exception {
    Map<String, String> files = site(true);
    Document changes = page(files, SiteBuilder.CHANGES);
    assertThat(changes.select("h1").text()).isEqualTo("What's changed");
    assertThat(changes.select("main p").eachText().get(0))
        .isEqualTo("What changed since the previous edition, Sample, last year.");
    assertThat(changes.select("li.et-change").eachText()).containsExactly(
        "The toolkit \u2014 title changed from \u2018Sample, last year\u2019 to \u2018"
            + current().title() + "\u2019",
        "Focused deterrence \u2014 title changed from \u2018Focused deterrence (draft)\u2019 to"
            + " \u2018Focused deterrence\u2019",
        "Mentoring \u2014 last updated set to 3 February 2025",
        "Arts programmes \u2014 added");
    assertThat(changes.select("li.et-change a").eachAttr("href")).containsExactly(
        "interventions/focused-deterrence.html", "interventions/mentoring.html",
        "interventions/arts-programmes.html");
    assertThat(changes.select("nav a[aria-current=page]").attr("href")).isEqualTo("changes.html");
    assertThat(page(files, "index.html").select("nav a").eachAttr("href"))
        .containsExactly("index.html", "compare.html", "changes.html");
    assertThat(page(files, "interventions/mentoring.html").select("nav a").eachAttr("href"))
        .contains("../changes.html");
    assertThat(files.get(SiteBuilder.STYLESHEET)).contains(".site-updated");
  }

  @Test
  void exactlyTheChangedInterventionsAreMarkedUpdated() throws Exception {
    Map<String, String> files = site(true);
    Document index = page(files, "index.html");
    assertThat(index.select("tbody th .site-updated").eachText())
        .containsExactly("Updated", "Updated 3 February 2025");
    assertThat(index.select("tbody th:has(.site-updated) a").eachText())
        .containsExactly("Focused deterrence", "Mentoring");
    assertThat(page(files, "interventions/mentoring.html").select("article p.site-updated").text())
        .isEqualTo("Updated 3 February 2025");
    assertThat(page(files, "interventions/focused-deterrence.html").select(".site-updated").text())
        .isEqualTo("Updated");
    assertThat(files.get("interventions/arts-programmes.html")).doesNotContain("site-updated");
    assertThat(files.get("interventions/boot-camps.html")).doesNotContain("site-updated");
  }

  @Test
  void withoutAPreviousEditionNothingOfItAppears() throws Exception {
    Map<String, String> files = site(false);
    assertThat(files).doesNotContainKey(SiteBuilder.CHANGES);
    files.forEach((name, content) ->
        assertThat(content).as(name).doesNotContain("changes.html").doesNotContain("site-updated"));
  }

  /** The paths checked before writing are exactly the files written, the changes page included. */
  @Test
  void pathsNameEveryFileTheSiteWrites() throws Exception {
    for (boolean withPrevious : List.of(true, false)) {
      SiteBuilder.Builder builder = SiteBuilder.builder();
      if (withPrevious) {
        builder.previous(previous());
      }
      SiteBuilder site = builder.build();
      List<String> written = site.write(current(), SiteSink.inMemory());
      assertThat(site.paths(current())).as("with previous: " + withPrevious).isEqualTo(written);
      if (withPrevious) {
        assertThat(written).contains(SiteBuilder.CHANGES);
      } else {
        assertThat(written).doesNotContain(SiteBuilder.CHANGES);
      }
    }
  }

  /** The changes page is one of the site's pages: the renderer's skeleton, the site's parts. */
  @Test
  void theChangesPageHasTheSkeletonNavigationAndFooterOfEveryPage() throws Exception {
    Map<String, String> files = site(true);
    Document changes = page(files, SiteBuilder.CHANGES);
    Document index = page(files, SiteBuilder.INDEX);
    assertThat(changes.select("body").attr("class")).isEqualTo(index.select("body").attr("class"));
    assertThat(changes.select("main").attr("id")).isEqualTo("et-main");
    assertThat(changes.select("a.site-skip").attr("href")).isEqualTo("#et-main");
    assertThat(changes.select("header.site-header nav a").eachText())
        .isEqualTo(index.select("header.site-header nav a").eachText());
    assertThat(changes.select("footer.site-footer").text()).isEqualTo(index.select("footer.site-footer").text());
    assertThat(changes.select("link[rel=stylesheet]").attr("href")).isEqualTo(SiteBuilder.STYLESHEET);
    assertThat(changes.select("html").attr("lang")).isEqualTo(index.select("html").attr("lang"));
  }

  @Test
  void everyPageIsValidHtml() throws Exception {
    EmbeddedValidator validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
    int pages = 0;
    for (Map.Entry<String, String> file : site(true).entrySet()) {
      if (!file.getKey().endsWith(".html")) {
        continue;
      }
      String report = validator.validate(
          new ByteArrayInputStream(file.getValue().getBytes(StandardCharsets.UTF_8)));
      List<String> errors = report.lines().filter(l -> l.contains("error:")).toList();
      assertThat(errors).as(file.getKey() + "\n" + report).isEmpty();
      pages++;
    }
    assertThat(pages).isEqualTo(current().interventions().size() + 3);
  }
}
