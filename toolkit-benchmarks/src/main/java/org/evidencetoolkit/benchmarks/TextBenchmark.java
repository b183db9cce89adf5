package org.evidencetoolkit.benchmarks;

import java.util.concurrent.TimeUnit;
import org.evidencetoolkit.benchmarks.corpus.Corpus;
import org.evidencetoolkit.benchmarks.corpus.DocumentSize;
import org.evidencetoolkit.benchmarks.corpus.TextProfile;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.render.TextRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Rendering one document as 80-column text with {@code TextRenderer}: a throughput to follow from
 * run to run (its hand-written limit was retired; see the module README).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@SuppressWarnings("NullAway.Init") // JMH fills the parameters and @Setup the rest before any call
public class TextBenchmark {
  /** The document size. */
  @Param({"SMALL", "MEDIUM", "LARGE"})
  public DocumentSize size;

  /** The text profile. */
  @Param({"ASCII", "TYPOGRAPHIC", "ESCAPE_HEAVY"})
  public TextProfile profile;

  private Intervention document;
  private TextRenderer ours;

  /** Picks the document and builds the renderers. */
  @Setup
  public void setUp() {
    document = Corpus.document(size, profile).model();
    ours = TextRenderer.defaults();
  }

  /** The toolkit's text renderer. */
  @Benchmark
  public String ours() {
    return ours.render(document);
  }
}
