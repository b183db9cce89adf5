package org.evidencetoolkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

/** {@code X.builder().from(x).build()} gives back a value equal to {@code x}. */
class BuilderCopyPropertiesTest {
  @Test
  void copiesAnIntervention() {
    qt().withExamples(300)
        .forAll(ModelGen.interventions())
        .checkAssert(
            x -> {
              Intervention copy = Intervention.builder().from(x).build();
              assertThat(copy).isEqualTo(x).hasSameHashCodeAs(x);
              assertThat(copy.toString()).isEqualTo(x.toString());
            });
  }

  @Test
  void copiesAToolkit() {
    qt().withExamples(100)
        .forAll(ModelGen.toolkits())
        .checkAssert(
            x -> {
              Toolkit copy = Toolkit.builder().from(x).build();
              assertThat(copy).isEqualTo(x).hasSameHashCodeAs(x);
              assertThat(copy.knownSettings()).isEqualTo(x.knownSettings());
            });
  }

  @Test
  void copiesAResource() {
    qt().forAll(ModelGen.resources())
        .checkAssert(x -> assertThat(Resource.builder().from(x).build()).isEqualTo(x));
  }

  @Test
  void copiesAQuery() {
    qt().forAll(ModelGen.queries())
        .checkAssert(x -> assertThat(ToolkitQuery.builder().from(x).build()).isEqualTo(x));
  }
}
