package org.evidencetoolkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The shipped JSON Schema is a valid draft 2020-12 schema, every document the writer produces
 * validates against it (generated ones and the golden ones, in both formats), and it rejects
 * documents the reader rejects for structure.
 */
class SchemaTest {
  private static final Schema SCHEMA = SchemaRegistry
      .withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(ToolkitSchema.json(), InputFormat.JSON);
  private static final ToolkitWriter JSON = ToolkitWriter.builder().format(DocumentFormat.JSON).build();

  static List<Error> errors(String document, InputFormat format) {
    if (format == InputFormat.YAML) {
      // Read the YAML through a reader that never splits a surrogate pair: snakeyaml-engine
      // 3.0.1 fails on an astral character at offset 1,024 of a chunk (see WholeCodePointReader).
      try {
        return SCHEMA.validate(YAMLMapper.builder().build().readTree(new WholeChunks(document)));
      } catch (tools.jackson.core.JacksonException e) {
        throw new AssertionError(e);
      }
    }
    return SCHEMA.validate(document, format);
  }

  /** Hands out text in chunks that never end in a high surrogate. */
  static final class WholeChunks extends java.io.Reader {
    private final String text;
    private int next;

    WholeChunks(String text) {
      this.text = text;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
      if (next >= text.length()) {
        return -1;
      }
      int end = Math.min(text.length(), next + Math.max(1, length));
      if (end - next > 1 && Character.isHighSurrogate(text.charAt(end - 1))) {
        end--;
      }
      text.getChars(next, end, buffer, offset);
      int count = end - next;
      next = end;
      return count;
    }

    @Override
    public void close() {}
  }

  @Test
  void theSchemaIsDraft202012WithItsId() {
    assertThat(ToolkitSchema.json()).contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"")
        .contains("\"$id\": \"" + ToolkitSchema.ID + "\"");
    assertThat(ToolkitSchema.class.getResource(ToolkitSchema.RESOURCE)).isNotNull();
  }

  @Test
  void generatedInterventionsValidate() {
    qt().withExamples(500).forAll(ModelGenerators.interventions()).checkAssert(x -> {
      String json = JSON.toString(x);
      assertThat(errors(json, InputFormat.JSON)).as(json).isEmpty();
    });
  }

  @Test
  void generatedToolkitsValidateInJsonAndYaml() {
    qt().withExamples(200).forAll(ModelGenerators.toolkits()).checkAssert(x -> {
      assertThat(errors(JSON.toString(x), InputFormat.JSON)).isEmpty();
      assertThat(errors(ToolkitWriter.defaults().toString(x), InputFormat.YAML)).isEmpty();
    });
  }

  @Test
  void folderToolkitFilesAndGoldenDocumentsValidate() throws Exception {
    assertThat(errors(JSON.toString(Samples.toolkit()), InputFormat.JSON)).isEmpty();
    assertThat(errors(ToolkitWriter.defaults().toString(Samples.full()), InputFormat.YAML)).isEmpty();
    assertThat(errors("{\"formatVersion\": 1, \"title\": \"T\", \"interventions\": [\"a\", \"b\"]}",
        InputFormat.JSON)).isEmpty();
  }

  @Test
  void structurallyWrongDocumentsAreRejected() {
    assertThat(errors("{\"title\": \"t\", \"id\": \"x\"}", InputFormat.JSON)).isNotEmpty();
    assertThat(errors("{\"id\": \"x\", \"title\": \"t\", \"impact\": {\"band\": \"meduim\"}}",
        InputFormat.JSON)).isNotEmpty();
    assertThat(errors("{\"id\": \"x\", \"title\": \"t\", \"impact\": {\"band\": \"low\"}, \"evidence\": 6}",
        InputFormat.JSON)).isNotEmpty();
    assertThat(errors("{\"id\": \"x\", \"title\": \"t\", \"impact\": {\"band\": \"low\"}, \"titel\": \"t\"}",
        InputFormat.JSON)).isNotEmpty();
    assertThat(errors("{\"formatVersion\": 2, \"id\": \"x\", \"title\": \"t\", \"impact\": {\"band\": \"low\"}}",
        InputFormat.JSON)).isNotEmpty();
  }
}
