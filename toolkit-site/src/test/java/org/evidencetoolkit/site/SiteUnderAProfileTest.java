package org.evidencetoolkit.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.model.rules.ContentRules;
import org.evidencetoolkit.render.labels.Labels;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The site of a toolkit that is not YEF's follows its profile: its measures, its labels (the
 * site's own {@code site.*} words included), its custom section and its language, with the
 * application's labels still on top.
 */
class SiteUnderAProfileTest {
  private static final Toolkit LEARNING = LearningToolkit.load();

  private static InMemorySiteSink site(SiteBuilder builder) throws IOException {
    InMemorySiteSink sink = SiteSink.inMemory();
    builder.write(LEARNING, sink);
    return sink;
  }

  private static Document page(InMemorySiteSink site, String path) {
    return Jsoup.parse(site.file(path).orElseThrow());
  }

  @Test
  void theInventedToolkitIsValidUnderItsOwnProfile() {
    assertThat(ContentRules.defaults().validate(LEARNING).violations())
        .filteredOn(v -> v.severity() == org.evidencetoolkit.model.rules.Severity.ERROR).isEmpty();
  }

  @Test
  void everyFileSaysNothingOfViolenceAndEveryPageTakesTheProfilesLanguage() throws IOException {
    InMemorySiteSink site = site(SiteBuilder.defaults());
    for (Map.Entry<String, String> file : site.files().entrySet()) {
      assertThat(file.getValue()).as(file.getKey()).doesNotContainIgnoringCase("violence");
      if (file.getKey().endsWith(".html")) {
        assertThat(Jsoup.parse(file.getValue()).expectFirst("html").attr("lang")).as(file.getKey()).isEqualTo("en");
      }
    }
  }

  @Test
  void theIndexShowsTheProfilesWordsAndItsOwnSiteWords() throws IOException {
    Document index = page(site(SiteBuilder.defaults()), "index.html");
    assertThat(index.select("thead th").eachText()).contains("Evidence strength");
    assertThat(index.select("nav a").eachText()).containsExactly("All approaches to learning", "Compare approaches");
    assertThat(index.expectFirst("label[for=filter-band]").text()).isEqualTo("Impact on attainment");
    assertThat(index.select("td.et-cell-impact").eachText()).contains("●●○ Moderate impact (+3 months)");
    assertThat(index.expectFirst(".et-about").text()).contains("An invented school-attainment toolkit");
    assertThat(index.select("th .et-badge").eachText()).containsExactly("Headline only");
  }

  @Test
  void aPageFollowsTheProfilesMeasuresSectionsAndRelatedApproaches() throws IOException {
    Document page = page(site(SiteBuilder.defaults()), "interventions/reading-circles.html");
    assertThat(page.expectFirst(".et-tile-impact .et-tile-words").text()).isEqualTo("Moderate impact (+3 months)");
    assertThat(page.expectFirst(".et-tile-evidence dt").text()).isEqualTo("Evidence strength");
    assertThat(page.select("section.et-section > h2").eachText())
        .containsSubsequence("How effective is the approach?", "Behind the average");
    assertThat(page.select(".et-related a").eachAttr("href")).containsExactly("breakfast-clubs.html");
    assertThat(page.select(".et-related a").eachText()).containsExactly("Breakfast clubs");
    assertThat(page.expectFirst(".et-source").text()).isEqualTo("Source: Where the real figures are published");
  }

  @Test
  void theApplicationsLabelsStillWinOverTheProfiles() throws IOException {
    Labels labels = Labels.defaults().with("site.nav.index", "Home").with("rating.evidence", "Strength");
    InMemorySiteSink site = site(SiteBuilder.builder().labels(labels).build());
    Document index = page(site, "index.html");
    assertThat(index.select("nav a").eachText()).contains("Home");
    assertThat(index.select("thead th").eachText()).contains("Strength").doesNotContain("Evidence strength");
    // Keys neither the profile nor the application set keep the shipped English.
    assertThat(index.expectFirst("label[for=filter-sort]").text()).isEqualTo("Sort by");
  }
}
