package org.evidencetoolkit.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.evidencetoolkit.model.ImpactBand;
import org.evidencetoolkit.model.ImpactRating;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Toolkit;
import java.util.Set;
import org.evidencetoolkit.render.labels.Labels;
import org.evidencetoolkit.render.html.HtmlPart;
import org.evidencetoolkit.render.html.HtmlPartRenderer;
import org.evidencetoolkit.render.html.HtmlPartRendererFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The static site's files, read back with a real HTML parser. */
class SiteBuilderTest {
  private static final Toolkit SAMPLE = BundledSample.load();

  private static InMemorySiteSink build(SiteBuilder builder, Toolkit toolkit) throws IOException {
    InMemorySiteSink sink = SiteSink.inMemory();
    builder.write(toolkit, sink);
    return sink;
  }

  @Test
  void writesAnIndexOnePagePerInterventionAComparisonAStylesheetAndAScript() throws IOException {
    InMemorySiteSink site = build(SiteBuilder.defaults(), SAMPLE);
    List<String> expected = new ArrayList<>(List.of("site.css", "site.js"));
    SAMPLE.interventions().forEach(i -> expected.add("interventions/" + i.id() + ".html"));
    expected.addAll(List.of("compare.html", "index.html"));
    assertThat(site.files().keySet()).containsExactlyElementsOf(expected);
  }

  @Test
  void theIndexRowsCarryWhatTheFiltersNeed() throws IOException {
    Document index = Jsoup.parse(build(SiteBuilder.defaults(), SAMPLE).file("index.html").orElseThrow());
    Element table = Objects.requireNonNull(index.selectFirst("table[data-site-index]"));
    List<Element> rows = table.select("tbody > tr");
    assertThat(rows).hasSize(SAMPLE.interventions().size());
    Element deterrence = rows.stream()
        .filter(r -> r.attr("data-title").equals("Focused deterrence")).findFirst().orElseThrow();
    assertThat(deterrence.attr("data-band")).isEqualTo("high");
    assertThat(deterrence.attr("data-rank")).isEqualTo("5");
    assertThat(deterrence.attr("data-estimate")).isEqualTo("33");
    assertThat(deterrence.attr("data-evidence")).isEqualTo("0");
    assertThat(deterrence.attr("data-cost")).isEqualTo("0");
    Element reference = rows.get(0);
    assertThat(reference.attr("data-prevention")).isEqualTo("primary secondary tertiary");
    assertThat(reference.attr("data-setting")).isEqualTo("community custody school-and-college");
    assertThat(reference.attr("data-band")).isEqualTo("insufficient-evidence");
    assertThat(reference.select("a[href]").attr("href"))
        .isEqualTo("interventions/trauma-informed-training.html");
  }

  @Test
  void theFiltersAreHiddenUntilTheScriptRunsAndOfferEveryFacet() throws IOException {
    Document index = Jsoup.parse(build(SiteBuilder.defaults(), SAMPLE).file("index.html").orElseThrow());
    Element form = Objects.requireNonNull(index.getElementById("site-filters"));
    assertThat(form.hasAttr("hidden")).isTrue();
    for (String name : List.of("prevention", "setting", "sector", "band", "min-evidence", "max-cost", "sort")) {
      Element select = Objects.requireNonNull(form.selectFirst("select[name=" + name + "]"), name);
      assertThat(index.select("label[for=" + select.id() + "]")).as(name).hasSize(1);
    }
    assertThat(form.select("select[name=setting] option").eachAttr("value"))
        .contains("accident-and-emergency", "community");
    assertThat(index.select("script[src]").eachAttr("src")).containsExactly("site.js");
  }

  @Test
  void nothingIsLoadedFromTheNetwork() throws IOException {
    InMemorySiteSink site = build(SiteBuilder.defaults(), SAMPLE);
    for (Map.Entry<String, String> file : site.files().entrySet()) {
      if (file.getKey().endsWith(".html")) {
        Document page = Jsoup.parse(file.getValue());
        assertThat(page.select("script:not([src])")).as(file.getKey()).isEmpty();
        for (Element e : page.select("[src], link[href]")) {
          String address = e.hasAttr("src") ? e.attr("src") : e.attr("href");
          assertThat(URI.create(address).isAbsolute()).as(file.getKey() + ": " + e).isFalse();
          assertThat(address).doesNotStartWith("//");
        }
      } else {
        assertThat(file.getValue()).as(file.getKey())
            .doesNotContain("@import").doesNotContainPattern("url\\(\\s*['\"]?(https?:)?//")
            .doesNotContain("fetch(").doesNotContain("XMLHttpRequest");
      }
    }
  }

  @Test
  void everyLinkBetweenPagesLeadsToAPageOfTheSite() throws IOException {
    InMemorySiteSink site = build(SiteBuilder.defaults(), SAMPLE);
    int checked = 0;
    for (Map.Entry<String, String> file : site.files().entrySet()) {
      if (!file.getKey().endsWith(".html")) {
        continue;
      }
      URI base = URI.create("site:/" + file.getKey());
      for (Element e : Jsoup.parse(file.getValue()).select("a[href], link[href], script[src]")) {
        String address = e.hasAttr("src") ? e.attr("src") : e.attr("href");
        if (address.startsWith("#")) {
          assertThat(Jsoup.parse(file.getValue()).getElementById(address.substring(1))).isNotNull();
          continue;
        }
        // The one address outside the site is the sample's source, the live YEF Toolkit.
        if (URI.create(address).isAbsolute()) {
          assertThat(address).as(file.getKey()).isEqualTo(SAMPLE.source().orElseThrow().url().orElseThrow().toString());
          assertThat(e.attr("rel")).as(file.getKey()).isEqualTo("noopener noreferrer");
          continue;
        }
        String target = base.resolve(address).getPath().substring(1);
        assertThat(site.files()).as(file.getKey() + " links to " + address).containsKey(target);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(SAMPLE.interventions().size() * 3);
  }

  @Test
  void comparesTheHighestImpactByDefaultOrTheChosenOnes() throws IOException {
    Document byDefault = Jsoup.parse(build(SiteBuilder.defaults(), SAMPLE).file("compare.html").orElseThrow());
    assertThat(byDefault.text()).contains("Focused deterrence").contains("A&E navigators")
        .doesNotContain("Boot camps");
    Document chosen = Jsoup.parse(build(
        SiteBuilder.builder().compare(List.of("boot-camps", "mentoring")).build(), SAMPLE)
        .file("compare.html").orElseThrow());
    assertThat(chosen.select("main").text()).contains("Boot camps").contains("Mentoring")
        .doesNotContain("Focused deterrence");
  }

  @Test
  void idsThatCannotBeFileNamesAreRefusedBeforeAnythingIsWritten() {
    Toolkit hostile = Toolkit.builder().title("Hostile")
        .addIntervention(intervention("../../etc/passwd"))
        .addIntervention(intervention("fine"))
        .addIntervention(intervention("fine"))
        .build();
    InMemorySiteSink sink = SiteSink.inMemory();
    assertThatThrownBy(() -> SiteBuilder.defaults().write(hostile, sink))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'../../etc/passwd'")
        .hasMessageContaining("used more than once: 'fine'");
    assertThat(sink.size()).isZero();
  }

  @Test
  void theDirectorySinkStaysInsideItsFolder(@TempDir Path dir) {
    DirectorySiteSink sink = SiteSink.directory(dir.resolve("site"));
    assertThatThrownBy(() -> sink.write("../outside.html", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> sink.write("/etc/outside.html", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThat(dir.resolve("outside.html")).doesNotExist();
  }

  @Test
  void progressCountsEveryFile() throws IOException {
    List<Integer> seen = new ArrayList<>();
    SiteBuilder.builder().progress((written, total) -> {
      assertThat(total).isEqualTo(SAMPLE.interventions().size() + 4);
      seen.add(written);
    }).build().write(SAMPLE, SiteSink.inMemory());
    assertThat(seen).hasSize(SAMPLE.interventions().size() + 4).isSorted();
    assertThat(seen.get(0)).isEqualTo(1);
  }

  @Test
  void theSitesOwnWordsCanBeReplaced() throws IOException {
    Labels labels = Labels.defaults().with("site.filter.any", "Tout").with("site.nav.index", "Index");
    Document index = Jsoup.parse(build(SiteBuilder.builder().labels(labels).build(), SAMPLE)
        .file("index.html").orElseThrow());
    assertThat(index.select("select:not([name=sort]) option[value=]").eachText()).hasSize(6).containsOnly("Tout");
    assertThat(index.select("nav a").eachText()).contains("Index");
  }

  @Test
  void textIsEscaped() throws IOException {
    Toolkit toolkit = Toolkit.builder().title("<script>alert(1)</script> & co")
        .addIntervention(Intervention.builder().id("x").title("\"><img src=x onerror=alert(1)>")
            .impact(ImpactRating.of(ImpactBand.LOW)).build())
        .build();
    InMemorySiteSink site = build(SiteBuilder.defaults(), toolkit);
    Document index = Jsoup.parse(site.file("index.html").orElseThrow());
    assertThat(index.select("script:not([src])")).isEmpty();
    assertThat(index.select("img")).isEmpty();
    assertThat(index.title()).isEqualTo("<script>alert(1)</script> & co");
    assertThat(index.select("tr[data-title]").attr("data-title")).isEqualTo("\"><img src=x onerror=alert(1)>");
    assertThat(Jsoup.parse(site.file("interventions/x.html").orElseThrow()).select("img")).isEmpty();
  }

  @Test
  void theSampleSiteShowsNoNoneAnywhere() throws IOException {
    InMemorySiteSink site = build(SiteBuilder.defaults(), SAMPLE);
    for (Map.Entry<String, String> file : site.files().entrySet()) {
      if (file.getKey().endsWith(".html")) {
        assertThat(Jsoup.parse(file.getValue()).text()).as(file.getKey()).doesNotContainPattern("\\bNone\\b");
      }
    }
    Document index = Jsoup.parse(site.file("index.html").orElseThrow());
    assertThat(index.select("td.et-cell-setting").eachText()).contains("Not given");
  }

  @Test
  void headlineOnlyEntriesSaySoOnTheirPageAndInTheIndex() throws IOException {
    InMemorySiteSink site = build(SiteBuilder.defaults(), SAMPLE);
    long headlineOnly = SAMPLE.interventions().stream().filter(Intervention::headlineOnly).count();
    assertThat(headlineOnly).isPositive();
    Document index = Jsoup.parse(site.file("index.html").orElseThrow());
    assertThat(index.select("th.et-cell-title .et-badge")).hasSize((int) headlineOnly);
    Document mentoring = Jsoup.parse(site.file("interventions/mentoring.html").orElseThrow());
    assertThat(mentoring.expectFirst(".et-headline .et-note").text())
        .isEqualTo("Only the published headline is given here: the full summary has not been written yet.");
    Document reference = Jsoup.parse(site.file("interventions/trauma-informed-training.html").orElseThrow());
    assertThat(reference.select(".et-note")).isEmpty();
  }

  @Test
  void relatedApproachesAreLinksToPagesOfTheSite() throws IOException {
    InMemorySiteSink site = build(SiteBuilder.defaults(), SAMPLE);
    int links = 0;
    for (Intervention i : SAMPLE.interventions()) {
      Document page = Jsoup.parse(site.file(SiteBuilder.pagePath(i)).orElseThrow());
      List<String> hrefs = page.select(".et-related a").eachAttr("href");
      assertThat(hrefs).as(i.id()).hasSize(i.related().size());
      for (String href : hrefs) {
        assertThat(site.files()).containsKey("interventions/" + href);
      }
      links += hrefs.size();
    }
    assertThat(links).isPositive();
  }

  @Test
  void theIndexTableHasItsOwnScrollContainerAndCaption() throws IOException {
    Document index = Jsoup.parse(build(SiteBuilder.defaults(), SAMPLE).file("index.html").orElseThrow());
    Element region = index.expectFirst("div.et-table-scroll[role=region][tabindex=0]");
    assertThat(region.select("> table[data-site-index]")).hasSize(1);
    assertThat(index.expectFirst("h1").text()).isEqualTo(SAMPLE.title());
    assertThat(index.expectFirst("caption").text()).isEqualTo("Headline ratings");
  }

  @Test
  void aZeroMatchMessageWithAResetWaitsOutsideTheTable() throws IOException {
    Document index = Jsoup.parse(build(SiteBuilder.defaults(), SAMPLE).file("index.html").orElseThrow());
    Element message = index.expectFirst("#site-no-match");
    assertThat(message.hasAttr("hidden")).isTrue();
    assertThat(message.closest("table")).isNull();
    assertThat(message.text()).contains("No approaches match these filters.");
    Element reset = message.expectFirst("button");
    assertThat(reset.attr("type")).isEqualTo("reset");
    assertThat(reset.attr("form")).isEqualTo("site-filters");
  }

  @Test
  void everyPageIsTheRenderersPageWithTheSitesNavigationAndFooter() throws IOException {
    InMemorySiteSink site = build(SiteBuilder.defaults(), SAMPLE);
    for (Map.Entry<String, String> file : site.files().entrySet()) {
      if (!file.getKey().endsWith(".html")) {
        continue;
      }
      Document page = Jsoup.parse(file.getValue());
      assertThat(page.body().className()).as(file.getKey()).isEqualTo("et-page");
      assertThat(page.select("body > a.site-skip").attr("href")).isEqualTo("#et-main");
      assertThat(page.select("body > header.site-header nav a")).hasSize(2);
      assertThat(page.select("body > main#et-main")).hasSize(1);
      assertThat(page.select("body > footer.site-footer")).hasSize(1);
    }
  }

  @Test
  void anApplicationReplacesTheNavigationAndTheFooter() throws IOException {
    HtmlPartRendererFactory own = context -> new HtmlPartRenderer() {
      @Override
      public Set<Class<? extends HtmlPart>> partTypes() {
        return Set.of(HtmlPart.Navigation.class, HtmlPart.PageFooter.class);
      }

      @Override
      public void render(HtmlPart part) {
        if (part instanceof HtmlPart.Navigation nav) {
          context.writer().tag("nav", "class", "app-nav", "aria-label", "App");
          context.writer().text(nav.page() + ": " + nav.title());
          context.writer().end("nav");
        }
      }
    };
    InMemorySiteSink site = build(SiteBuilder.builder().partRendererFactory(own).build(), SAMPLE);
    Document index = Jsoup.parse(site.file("index.html").orElseThrow());
    assertThat(index.select(".site-header, .site-footer, .site-skip")).isEmpty();
    assertThat(index.expectFirst("nav.app-nav").text()).isEqualTo("INDEX: " + SAMPLE.title());
    // The rest of the site's furniture stays.
    assertThat(index.select("#site-filters")).hasSize(1);
  }

  private static Intervention intervention(String id) {
    return Intervention.builder().id(id).title(id).impact(ImpactRating.of(ImpactBand.LOW)).build();
  }
}
