package org.evidencetoolkit.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.evidencetoolkit.benchmarks.baseline.RecordsCodec;
import org.evidencetoolkit.benchmarks.corpus.Corpus;
import org.evidencetoolkit.benchmarks.corpus.DocumentSize;
import org.evidencetoolkit.benchmarks.corpus.TextProfile;
import org.evidencetoolkit.io.DocumentFormat;
import org.evidencetoolkit.io.Source;
import org.evidencetoolkit.io.ToolkitReader;
import org.evidencetoolkit.io.ToolkitWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A JSON round trip, bytes to bytes: the toolkit's reader and canonical writer against Jackson 3
 * databind reading and writing the plain records (Markdown kept as strings). On the canonical
 * corpus both give back the bytes they were given.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@SuppressWarnings("NullAway.Init") // JMH fills the parameters and @Setup the rest before any call
public class RoundTripBenchmark {
  /** The document size. */
  @Param({"SMALL", "MEDIUM", "LARGE"})
  public DocumentSize size;

  /** The text profile. */
  @Param({"ASCII", "TYPOGRAPHIC", "ESCAPE_HEAVY"})
  public TextProfile profile;

  private byte[] json;
  private ToolkitReader reader;
  private ToolkitWriter writer;
  private RecordsCodec records;

  /** Picks the document. */
  @Setup
  public void setUp() {
    json = Corpus.document(size, profile).json();
    reader = ToolkitReader.defaults().with(DocumentFormat.JSON);
    writer = ToolkitWriter.builder().format(DocumentFormat.JSON).build();
    records = RecordsCodec.json();
  }

  /** The toolkit: read, then write canonically. */
  @Benchmark
  public byte[] ours() {
    return writer.writeAsString(reader.readIntervention(Source.named("document.json").bytes(json)))
        .getBytes(StandardCharsets.UTF_8);
  }

  /** Jackson 3 databind of plain records, read and written. */
  @Benchmark
  public byte[] jacksonRecords() {
    return records.write(records.read(json));
  }
}
