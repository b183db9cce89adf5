package org.evidencetoolkit.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Telling a toolkit file from an intervention file by its top-level fields. */
class DocumentKindTest {
  @Test
  void aTopLevelInterventionsFieldMakesAToolkit() {
    assertThat(DocumentKind.holdsToolkit("title: T\ninterventions:\n  - id: a\n")).isTrue();
    assertThat(DocumentKind.holdsToolkit("\uFEFF{ \"title\": \"T\", \"interventions\" : [] }")).isTrue();
    assertThat(DocumentKind.holdsToolkit("\"interventions\": []\n")).isTrue();
  }

  @Test
  void theWordInsideTextDoesNot() {
    assertThat(DocumentKind.holdsToolkit("id: a\nsummary: |\n  interventions: many\n")).isFalse();
    assertThat(DocumentKind.holdsToolkit("{\"id\": \"a\", \"summary\": \"\\\"interventions\\\": 3\"}"))
        .isFalse();
    assertThat(DocumentKind.holdsToolkit("id: a\ntitle: Interventions\n")).isFalse();
  }
}
