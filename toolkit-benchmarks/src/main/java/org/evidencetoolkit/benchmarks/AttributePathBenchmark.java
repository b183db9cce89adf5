package org.evidencetoolkit.benchmarks;

import java.util.concurrent.TimeUnit;
import org.evidencetoolkit.benchmarks.corpus.Corpus;
import org.evidencetoolkit.benchmarks.corpus.DocumentSize;
import org.evidencetoolkit.benchmarks.corpus.TextProfile;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.render.HtmlRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What the HTML core's attribute fast path is worth: the same page (medium, ASCII) from a renderer
 * with no attribute provider, whose elements' attributes are written straight from their names and
 * values, and from one with a provider that adds nothing, whose attributes go through the plain
 * definition (a map per element, offered to the provider). Both write the same bytes (a
 * differential test holds them to it), so the ratio is the fast path's whole gain.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@SuppressWarnings("NullAway.Init") // @Setup fills the fields before any call
public class AttributePathBenchmark {
  private Intervention document;
  private HtmlRenderer fast;
  private HtmlRenderer plain;

  /** Picks the document and builds the two renderers once. */
  @Setup
  public void setUp() {
    document = Corpus.document(DocumentSize.MEDIUM, TextProfile.ASCII).model();
    fast = HtmlRenderer.defaults();
    plain = HtmlRenderer.builder().attributeProvider((part, tag, attributes) -> {}).build();
  }

  /** No provider: attributes written straight. */
  @Benchmark
  public String fastPath() {
    return fast.renderPage(document);
  }

  /** A provider that adds nothing: attributes through a map per element. */
  @Benchmark
  public String plainPath() {
    return plain.renderPage(document);
  }
}
