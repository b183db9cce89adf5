package org.evidencetoolkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.evidencetoolkit.benchmarks.baseline.JtePage;
import org.evidencetoolkit.benchmarks.baseline.MustachePage;
import org.evidencetoolkit.benchmarks.corpus.Corpus;
import org.evidencetoolkit.benchmarks.corpus.CorpusDocument;
import org.evidencetoolkit.render.HtmlRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every template baseline produces exactly the toolkit's page on every corpus document, as a
 * string and as UTF-8 bytes. Without this the ratios would
 * compare different work.
 */
class RenderEqualityTest {
  private static final String CSS = HtmlRenderer.defaultStylesheet();
  private static final JtePage JTE = new JtePage(CSS);
  private static final MustachePage MUSTACHE = new MustachePage(CSS);

  static Stream<CorpusDocument> documents() {
    return Corpus.all().stream();
  }

  @ParameterizedTest
  @MethodSource("documents")
  void everyHtmlBaselineWritesTheSamePage(CorpusDocument doc) {
    String ours = HtmlRenderer.defaults().renderPage(doc.model());
    assertThat(ours).contains("<article", "</html>");
    assertThat(JTE.render(doc.model())).isEqualTo(ours);
    assertThat(MUSTACHE.render(doc.model())).isEqualTo(ours);
  }

  @ParameterizedTest
  @MethodSource("documents")
  void everyHtmlBaselineWritesTheSameBytes(CorpusDocument doc) {
    byte[] ours = HtmlRenderer.defaults().renderPage(doc.model()).getBytes(StandardCharsets.UTF_8);
    java.io.ByteArrayOutputStream encoded = new java.io.ByteArrayOutputStream();
    HtmlRenderer.defaults().renderPageUtf8(doc.model(), encoded);
    assertThat(encoded.toByteArray()).as("our UTF-8 path").isEqualTo(ours);
    assertThat(JTE.renderUtf8(doc.model())).isEqualTo(ours);
    assertThat(MUSTACHE.renderUtf8(doc.model())).isEqualTo(ours);
  }
}
