package org.evidencetoolkit.benchmarks.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.evidencetoolkit.benchmarks.corpus.Corpus;
import org.evidencetoolkit.benchmarks.corpus.CorpusDocument;
import org.junit.jupiter.api.Test;

/** The parse baselines read every corpus document to the same records and the same model. */
class ParseBaselinesTest {
  private final RecordsCodec json = RecordsCodec.json();
  private final RecordsCodec yaml = RecordsCodec.yaml();

  @Test
  void databindReadsEqualRecordsFromJsonAndYaml() {
    for (CorpusDocument doc : Corpus.all()) {
      InterventionRecord expected = doc.record();
      assertThat(json.read(doc.json())).as(doc.toString()).isEqualTo(expected);
      assertThat(yaml.read(doc.yaml())).as(doc.toString()).isEqualTo(expected);
    }
  }

  @Test
  void recordsWithParsedMarkdownAreTheModel() {
    for (CorpusDocument doc : Corpus.all()) {
      assertThat(RecordsToModel.toModel(MarkdownFields.parse(json.read(doc.json()))))
          .as(doc.toString())
          .isEqualTo(doc.model());
    }
  }

  @Test
  void recordsWriteBackTheSameBytes() {
    for (CorpusDocument doc : Corpus.all()) {
      assertThat(new String(json.write(json.read(doc.json())), StandardCharsets.UTF_8))
          .isEqualTo(doc.jsonText());
    }
  }
}
