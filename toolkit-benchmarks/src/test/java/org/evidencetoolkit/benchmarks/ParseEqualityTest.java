package org.evidencetoolkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.evidencetoolkit.benchmarks.baseline.MarkdownFields;
import org.evidencetoolkit.benchmarks.baseline.RecordsCodec;
import org.evidencetoolkit.benchmarks.baseline.RecordsToModel;
import org.evidencetoolkit.benchmarks.corpus.Corpus;
import org.evidencetoolkit.benchmarks.corpus.CorpusDocument;
import org.evidencetoolkit.io.DocumentFormat;
import org.evidencetoolkit.io.Source;
import org.evidencetoolkit.io.ToolkitReader;
import org.evidencetoolkit.model.Intervention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The toolkit's reader and the parse baseline read every corpus document, JSON and YAML, to the
 * same content: the baselines' records and commonmark trees, turned into the model, equal what the
 * toolkit's reader returns.
 */
class ParseEqualityTest {
  private static final ToolkitReader READER = ToolkitReader.defaults();

  static Stream<CorpusDocument> documents() {
    return Corpus.all().stream();
  }

  @ParameterizedTest
  @MethodSource("documents")
  void jsonBaselinesReadWhatTheReaderReads(CorpusDocument doc) {
    Intervention ours = READER.with(DocumentFormat.JSON)
        .readIntervention(Source.named("doc.json").bytes(doc.json()));
    RecordsCodec json = RecordsCodec.json();
    assertThat(ours).isEqualTo(doc.model());
    assertThat(RecordsToModel.toModel(MarkdownFields.parse(json.read(doc.json())))).isEqualTo(ours);
  }

  @ParameterizedTest
  @MethodSource("documents")
  void yamlBaselinesReadWhatTheReaderReads(CorpusDocument doc) {
    Intervention ours = READER.with(DocumentFormat.YAML)
        .readIntervention(Source.named("doc.yaml").bytes(doc.yaml()));
    RecordsCodec yaml = RecordsCodec.yaml();
    assertThat(ours).isEqualTo(doc.model());
    assertThat(RecordsToModel.toModel(MarkdownFields.parse(yaml.read(doc.yaml())))).isEqualTo(ours);
  }
}
