package org.evidencetoolkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelKeysTest {
  @Test
  void knowsBuiltInKeysSectionsOfTheProfileAndOpenVocabularies() {
    List<String> sections = List.of("what-is-it", "behind-the-average");
    assertThat(LabelKeys.isKnown("rating.evidence", sections)).isTrue();
    assertThat(LabelKeys.isKnown("section.behind-the-average", sections)).isTrue();
    assertThat(LabelKeys.isKnown("section.behind-the-averages", sections)).isFalse();
    assertThat(LabelKeys.isKnown("setting.accident-and-emergency", sections)).isTrue();
    assertThat(LabelKeys.isKnown("sector.Not A Code", sections)).isFalse();
    assertThat(LabelKeys.isKnown("rating.evidnce", sections)).isFalse();
    assertThat(LabelKeys.candidates(sections)).contains("section.behind-the-average");
  }

  @Test
  void everySectionHasAHeadingKey() {
    for (Section section : Section.values()) {
      assertThat(LabelKeys.builtIn()).contains(section.labelKey());
    }
  }

  @Test
  void estimatesAreWordedByMeasuresNotLabels() {
    assertThat(LabelKeys.builtIn()).noneMatch(k -> k.startsWith("impact.estimate."));
  }
}
