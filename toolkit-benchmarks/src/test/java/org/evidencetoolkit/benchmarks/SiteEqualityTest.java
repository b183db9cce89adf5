package org.evidencetoolkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.evidencetoolkit.benchmarks.corpus.Corpus;
import org.evidencetoolkit.site.InMemorySiteSink;
import org.evidencetoolkit.site.SiteBuilder;
import org.evidencetoolkit.site.SiteSink;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.render.HtmlRenderer;
import org.junit.jupiter.api.Test;

/**
 * The site and the single pages it is compared with carry the same articles: every intervention's
 * page in the site holds the article a single-page render holds, and the counting sink of the
 * benchmark sees what an in-memory sink keeps.
 */
class SiteEqualityTest {
  @Test
  void everySitePageHoldsTheArticleOfItsSinglePage() throws IOException {
    Toolkit toolkit = Corpus.toolkit(60);
    InMemorySiteSink sink = SiteSink.inMemory();
    SiteBuilder.defaults().write(toolkit, sink);
    // The site renders each page knowing its toolkit (related approaches by title, linked to the
    // pages beside it), so the single page it is compared with does too.
    HtmlRenderer single = HtmlRenderer.builder()
        .toolkit(toolkit)
        .interventionLink(i -> java.util.Optional.of(i.id() + ".html"))
        .build();
    for (Intervention i : toolkit.interventions()) {
      String page = sink.file(SiteBuilder.pagePath(i)).orElseThrow();
      String ours = single.renderPage(i);
      String article = ours.substring(ours.indexOf("<article"), ours.indexOf("</article>"));
      // Headings start one level lower in the site; the text of the article is the same.
      assertThat(normaliseHeadings(page)).contains(normaliseHeadings(article));
    }
    SiteBenchmark.CountingSink counting = new SiteBenchmark.CountingSink();
    SiteBuilder.defaults().write(toolkit, counting);
    assertThat(counting.files).isEqualTo(sink.size());
    assertThat(counting.characters).isEqualTo(sink.characters());
    // The builder that renders on two threads of its own (siteParallel) writes the same site.
    InMemorySiteSink parallel = SiteSink.inMemory();
    SiteBuilder.builder().parallelism(2).build().write(toolkit, parallel);
    assertThat(parallel.files()).containsExactlyEntriesOf(sink.files());
  }

  private static String normaliseHeadings(String html) {
    return html.replaceAll("<(/?)h[1-6]", "<$1h");
  }
}
