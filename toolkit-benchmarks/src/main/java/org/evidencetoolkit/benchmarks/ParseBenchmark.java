package org.evidencetoolkit.benchmarks;

import java.util.concurrent.TimeUnit;
import org.evidencetoolkit.benchmarks.baseline.MarkdownFields;
import org.evidencetoolkit.benchmarks.baseline.RecordsCodec;
import org.evidencetoolkit.benchmarks.corpus.Corpus;
import org.evidencetoolkit.benchmarks.corpus.CorpusDocument;
import org.evidencetoolkit.benchmarks.corpus.DocumentSize;
import org.evidencetoolkit.benchmarks.corpus.TextProfile;
import org.evidencetoolkit.io.DocumentFormat;
import org.evidencetoolkit.io.Source;
import org.evidencetoolkit.io.ToolkitReader;
import org.evidencetoolkit.model.Intervention;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Parsing one document from bytes to a model: the toolkit's reader against Jackson databind into
 * plain records plus commonmark-java on the Markdown fields (primary).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@SuppressWarnings("NullAway.Init") // JMH fills the parameters and @Setup the rest before any call
public class ParseBenchmark {
  /** The document size. */
  @Param({"SMALL", "MEDIUM", "LARGE"})
  public DocumentSize size;

  /** The text profile. */
  @Param({"ASCII", "TYPOGRAPHIC", "ESCAPE_HEAVY"})
  public TextProfile profile;

  /** JSON or YAML. */
  @Param({"JSON", "YAML"})
  public String format;

  private byte[] bytes;
  private DocumentFormat documentFormat;
  private ToolkitReader reader;
  private RecordsCodec records;

  /** Picks the document and builds the readers once. */
  @Setup
  public void setUp() {
    CorpusDocument doc = Corpus.document(size, profile);
    boolean json = format.equals("JSON");
    bytes = json ? doc.json() : doc.yaml();
    records = json ? RecordsCodec.json() : RecordsCodec.yaml();
    documentFormat = json ? DocumentFormat.JSON : DocumentFormat.YAML;
    reader = ToolkitReader.defaults().with(documentFormat);
  }

  /** The toolkit's reader: bytes to a validated-shape model with located errors. */
  @Benchmark
  public Intervention ours() {
    return reader.readIntervention(Source.named("document").bytes(bytes));
  }

  /** Primary baseline: Jackson 3 databind into records, then commonmark-java. */
  @Benchmark
  public MarkdownFields.Parsed jacksonRecordsCommonmark() {
    return MarkdownFields.parse(records.read(bytes));
  }
}
