package org.evidencetoolkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Toolkit;
import org.junit.jupiter.api.Test;

/**
 * The format's laws over generated documents: reading what was written gives back the value, for
 * JSON and for YAML; the two readings agree; writing is idempotent (rewriting what was read
 * changes nothing).
 */
class RoundTripPropertiesTest {
  static final int EXAMPLES = 10_000;

  private static final ToolkitReader READER = ToolkitReader.defaults();
  private static final ToolkitWriter JSON = ToolkitWriter.builder().format(DocumentFormat.JSON).build();
  private static final ToolkitWriter YAML = ToolkitWriter.builder().format(DocumentFormat.YAML).build();

  @Test
  void jsonInterventionsReadBackEqualAndRewriteUnchanged() {
    qt().withExamples(EXAMPLES).withShrinkCycles(200).forAll(ModelGenerators.interventions())
        .checkAssert(x -> {
          String json = JSON.writeAsString(x);
          Intervention read = READER.with(DocumentFormat.JSON)
              .readIntervention(Source.named("generated.json").text(json));
          assertThat(read).as(json).isEqualTo(x);
          assertThat(JSON.writeAsString(read)).isEqualTo(json);
        });
  }

  @Test
  void yamlInterventionsReadBackEqualAndRewriteUnchanged() {
    qt().withExamples(EXAMPLES).withShrinkCycles(200).forAll(ModelGenerators.interventions())
        .checkAssert(x -> {
          String yaml = YAML.writeAsString(x);
          Intervention read = READER.with(DocumentFormat.YAML)
              .readIntervention(Source.named("generated.yaml").text(yaml));
          assertThat(read).as(yaml).isEqualTo(x);
          assertThat(YAML.writeAsString(read)).isEqualTo(yaml);
        });
  }

  @Test
  void jsonAndYamlReadingsAgreeAndConvertCanonically() {
    qt().withExamples(2_000).withShrinkCycles(200).forAll(ModelGenerators.interventions())
        .checkAssert(x -> {
          String json = JSON.writeAsString(x);
          String yaml = YAML.writeAsString(x);
          Intervention fromJson = READER.with(DocumentFormat.JSON)
              .readIntervention(Source.named("g.json").text(json));
          Intervention fromYaml = READER.with(DocumentFormat.YAML)
              .readIntervention(Source.named("g.yaml").text(yaml));
          assertThat(fromJson).isEqualTo(fromYaml);
          assertThat(YAML.writeAsString(fromJson)).isEqualTo(yaml);
          assertThat(JSON.writeAsString(fromYaml)).isEqualTo(json);
        });
  }

  @Test
  void toolkitsReadBackEqualWithTheirVocabularyLabels() {
    qt().withExamples(1_000).withShrinkCycles(100).forAll(ModelGenerators.toolkits())
        .checkAssert(x -> {
          for (ToolkitWriter writer : List.of(JSON, YAML)) {
            String text = writer.writeAsString(x);
            Toolkit read = READER.with(writer.format())
                .readToolkit(Source.named("generated").text(text));
            assertThat(read).as(text).isEqualTo(x);
            // Setting and Sector equality ignores labels; the declarations must keep theirs.
            assertThat(read.settings()).extracting(s -> s.label())
                .isEqualTo(x.settings().stream().map(s -> s.label()).toList());
            assertThat(read.sectors()).extracting(s -> s.label())
                .isEqualTo(x.sectors().stream().map(s -> s.label()).toList());
            assertThat(writer.writeAsString(read)).isEqualTo(text);
          }
        });
  }
}
