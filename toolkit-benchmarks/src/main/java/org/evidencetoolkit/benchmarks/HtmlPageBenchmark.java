package org.evidencetoolkit.benchmarks;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.evidencetoolkit.benchmarks.baseline.JtePage;
import org.evidencetoolkit.benchmarks.baseline.MustachePage;
import org.evidencetoolkit.benchmarks.corpus.Corpus;
import org.evidencetoolkit.benchmarks.corpus.DocumentSize;
import org.evidencetoolkit.benchmarks.corpus.TextProfile;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.render.HtmlRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Rendering one document as a whole HTML page, as a String or as UTF-8 bytes: {@code HtmlRenderer}
 * against a jte precompiled template (primary), mustache.java (a typical engine) and a hand-written
 * StringBuilder with the same escaper (limit). All four produce the same bytes. As bytes, ours
 * encodes as it writes ({@code renderPageUtf8}); the limit encodes its finished String.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@SuppressWarnings("NullAway.Init") // JMH fills the parameters and @Setup the rest before any call
public class HtmlPageBenchmark {
  /** The document size. */
  @Param({"SMALL", "MEDIUM", "LARGE"})
  public DocumentSize size;

  /** The text profile. */
  @Param({"ASCII", "TYPOGRAPHIC", "ESCAPE_HEAVY"})
  public TextProfile profile;

  /** {@code STRING} or {@code BYTES} (UTF-8). */
  @Param({"STRING", "BYTES"})
  public String output;

  /** Room for a typical page, as the String path's builder has. */
  private static final int PAGE_BYTES = 32_768;

  private Intervention document;
  private boolean bytes;
  private HtmlRenderer ours;
  private JtePage jte;
  private MustachePage mustache;

  /** Picks the document and builds the renderers and templates once. */
  @Setup
  public void setUp() {
    document = Corpus.document(size, profile).model();
    bytes = output.equals("BYTES");
    ours = HtmlRenderer.defaults();
    String css = HtmlRenderer.defaultStylesheet();
    jte = new JtePage(css);
    mustache = new MustachePage(css);
  }

  /**
   * The toolkit's HTML renderer: {@code renderPage} for a String, {@code renderPageUtf8} (encoded
   * as it is written, into a fresh stream, as jte's byte output is fresh) for bytes.
   */
  @Benchmark
  public Object ours() {
    if (bytes) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(PAGE_BYTES);
      ours.renderPageUtf8(document, out);
      return out.toByteArray();
    }
    return ours.renderPage(document);
  }

  /** Primary baseline: jte, precompiled, escaping on. */
  @Benchmark
  public Object jte() {
    return bytes ? jte.renderUtf8(document) : jte.render(document);
  }

  /** A typical engine: mustache.java. */
  @Benchmark
  public Object mustache() {
    return bytes ? mustache.renderUtf8(document) : mustache.render(document);
  }
}
