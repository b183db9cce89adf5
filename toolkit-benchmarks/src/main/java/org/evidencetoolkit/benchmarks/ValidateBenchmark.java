package org.evidencetoolkit.benchmarks;

import java.util.concurrent.TimeUnit;
import org.evidencetoolkit.benchmarks.corpus.Corpus;
import org.evidencetoolkit.benchmarks.corpus.DocumentSize;
import org.evidencetoolkit.benchmarks.corpus.TextProfile;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.rules.ContentRules;
import org.evidencetoolkit.model.rules.ValidationReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Validating one (clean) document: {@code ContentRules.defaults()} against a hand-written visitor
 * making the same checks in one pass (the limit).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@SuppressWarnings("NullAway.Init") // JMH fills the parameters and @Setup the rest before any call
public class ValidateBenchmark {
  /** The document size. */
  @Param({"SMALL", "MEDIUM", "LARGE"})
  public DocumentSize size;

  /** The text profile. */
  @Param({"ASCII", "TYPOGRAPHIC", "ESCAPE_HEAVY"})
  public TextProfile profile;

  private Intervention document;
  private ContentRules rules;

  /** Picks the document. */
  @Setup
  public void setUp() {
    document = Corpus.document(size, profile).model();
    rules = ContentRules.defaults();
  }

  /** The toolkit's default rules. */
  @Benchmark
  public ValidationReport ours() {
    return rules.validate(document);
  }
}
