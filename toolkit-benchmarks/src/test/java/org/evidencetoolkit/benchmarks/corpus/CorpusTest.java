package org.evidencetoolkit.benchmarks.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.evidencetoolkit.benchmarks.baseline.InterventionRecord;
import org.evidencetoolkit.benchmarks.baseline.MarkdownFields;
import org.evidencetoolkit.benchmarks.baseline.RecordsToModel;
import org.evidencetoolkit.model.Toolkit;
import org.junit.jupiter.api.Test;

class CorpusTest {
  @Test
  void everyDocumentIsWithinFifteenPercentOfItsSize() {
    for (CorpusDocument doc : Corpus.all()) {
      int target = doc.size().targetBytes();
      assertThat(doc.json().length).as(doc.toString()).isBetween(target * 85 / 100, target * 115 / 100);
    }
  }

  @Test
  void generationIsDeterministic() {
    for (CorpusDocument doc : Corpus.all()) {
      long seed = Corpus.SEED + 1_000L * doc.size().name().hashCode()
          + 100L * doc.profile().name().hashCode();
      InterventionRecord again =
          new DocumentGenerator(seed, doc.profile()).generate(doc.model().id(), doc.size());
      assertThat(RecordsToModel.toModel(MarkdownFields.parse(again))).isEqualTo(doc.model());
    }
  }

  @Test
  void profilesCarryTheirCharacters() {
    for (DocumentSize size : DocumentSize.values()) {
      String ascii = Corpus.document(size, TextProfile.ASCII).jsonText();
      String typographic = Corpus.document(size, TextProfile.TYPOGRAPHIC).jsonText();
      String escapes = Corpus.document(size, TextProfile.ESCAPE_HEAVY).jsonText();
      assertThat(ascii.chars().allMatch(c -> c < 128)).isTrue();
      assertThat(ascii).doesNotContain("<", ">", "&");
      assertThat(typographic).containsAnyOf("“", "‘").containsAnyOf("—", "–");
      assertThat(typographic.codePoints().filter(c -> c >= 0xC0 && c <= 0x17F)).isNotEmpty();
      assertThat(typographic.codePoints().filter(c -> c >= 0x370)).isNotEmpty();
      assertThat(escapes).contains("<", ">", "&", "\\\"", "'", "?q=violence&sort=desc");
    }
  }

  @Test
  void documentsHaveTheShapeOfTheIssue() {
    for (CorpusDocument doc : Corpus.all()) {
      assertThat(doc.model().implementation()).as(doc.toString()).hasSizeBetween(5, 15);
      assertThat(doc.model().resources()).as(doc.toString()).hasSizeBetween(5, 20);
    }
  }

  @Test
  void theLargeToolkitHasDistinctIdsAndResolvableRelations() {
    Toolkit toolkit = Corpus.toolkit(1_000);
    assertThat(toolkit.interventions()).hasSize(1_000);
    assertThat(toolkit.interventions().stream().map(i -> i.id()).distinct()).hasSize(1_000);
    assertThat(toolkit.interventions())
        .allSatisfy(i -> assertThat(i.related()).allSatisfy(id -> assertThat(toolkit.find(id)).isPresent()));
  }
}
