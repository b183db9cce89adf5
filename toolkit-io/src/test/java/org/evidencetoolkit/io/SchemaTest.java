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
      String json = JSON.writeAsString(x);
      assertThat(errors(json, InputFormat.JSON)).as(json).isEmpty();
    });
  }

  @Test
  void generatedToolkitsValidateInJsonAndYaml() {
    qt().withExamples(200).forAll(ModelGenerators.toolkits()).checkAssert(x -> {
      assertThat(errors(JSON.writeAsString(x), InputFormat.JSON)).isEmpty();
      assertThat(errors(ToolkitWriter.defaults().writeAsString(x), InputFormat.YAML)).isEmpty();
    });
  }

  @Test
  void folderToolkitFilesAndGoldenDocumentsValidate() throws Exception {
    assertThat(errors(JSON.writeAsString(Samples.toolkit()), InputFormat.JSON)).isEmpty();
    assertThat(errors(ToolkitWriter.defaults().writeAsString(Samples.full()), InputFormat.YAML)).isEmpty();
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

  private static final String MEASURE = "{\"id\": \"attainment\", \"outcome\": \"attainment\","
      + " \"unit\": \"months\", \"better\": \"+{0} months\", \"worse\": \"-{0} months\","
      + " \"none\": \"no change\"}";

  static List<Error> profile(String json) {
    return errors("{\"title\": \"T\", \"profile\": " + json + "}", InputFormat.JSON);
  }

  @Test
  void theLearningToolkitValidatesInJsonAndYaml() throws Exception {
    assertThat(errors(JSON.writeAsString(Samples.learning()), InputFormat.JSON)).isEmpty();
    assertThat(errors(ToolkitWriter.defaults().writeAsString(Samples.learning()), InputFormat.YAML))
        .isEmpty();
    assertThat(errors(GoldenFilesTest.golden("learning-toolkit.json", JSON.writeAsString(Samples.learning())),
        InputFormat.JSON)).isEmpty();
  }

  @Test
  void profilesTheReaderAcceptsValidate() {
    assertThat(profile("{}")).isEmpty();
    assertThat(profile("{\"name\": \"learning-months\", \"extends\": \"yef\", \"language\": \"cy\","
        + " \"measures\": [" + MEASURE + "],"
        + " \"impactScale\": {\"version\": \"l-1\", \"highFrom\": 4, \"moderateFrom\": 2,"
        + " \"lowFrom\": 1, \"harmfulTo\": -1},"
        + " \"sections\": [\"what-is-it\", \"behind-the-average\"],"
        + " \"labels\": {\"rating.evidence\": \"Evidence strength\","
        + " \"section.behind-the-average\": \"Behind the average\", \"setting.youth-club\": \"Youth club\"},"
        + " \"rules\": {\"off\": [\"prevention.present\"], \"warning\": [\"setting.present\"]}}"))
        .isEmpty();
    assertThat(errors("{\"id\": \"x\", \"title\": \"t\", \"impact\": {\"band\": \"low\","
        + " \"estimate\": 1, \"measure\": \"crime\"}, \"sections\": {\"behind-the-average\": \"*x*\"}}",
        InputFormat.JSON)).isEmpty();
  }

  @Test
  void profileMistakesTheSchemaCanExpressAreRejected() {
    List<String> wrong = List.of(
        "{\"extends\": \"eef\"}",
        "{\"name\": \"Learning Months\"}",
        "{\"measures\": []}",
        "{\"measures\": [" + MEASURE.replace("+{0} months", "months") + "]}",
        "{\"measures\": [" + MEASURE.replace("\"attainment\",", "\"Attainment\",") + "]}",
        "{\"measures\": [" + MEASURE.replace(", \"none\": \"no change\"", "") + "]}",
        "{\"impactScale\": {\"highFrom\": 4, \"moderateFrom\": 2, \"lowFrom\": 1, \"harmfulTo\": -1}}",
        "{\"sections\": [\"what-is-it\", \"what-is-it\"]}",
        "{\"sections\": [\"Behind_the_average\"]}",
        "{\"labels\": {\"rating.evidense\": \"x\"}}",
        "{\"labels\": {\"rating.evidence\": 3}}",
        "{\"rules\": {\"off\": [\"prevention.presnt\"]}}",
        "{\"rules\": {\"off\": [\"text.length\", \"text.length\"]}}",
        "{\"rules\": {\"warnings\": [\"text.length\"]}}",
        "{\"measure\": []}");
    for (String json : wrong) {
      assertThat(profile(json)).as(json).isNotEmpty();
    }
    assertThat(errors("{\"title\": \"T\", \"source\": {\"url\": \"https://example.org\"}}",
        InputFormat.JSON)).isNotEmpty();
    assertThat(errors("{\"title\": \"T\", \"about\": [\"x\"]}", InputFormat.JSON)).isNotEmpty();
    assertThat(errors("{\"id\": \"x\", \"title\": \"t\", \"impact\": {\"band\": \"low\", \"measure\": 3}}",
        InputFormat.JSON)).isNotEmpty();
    assertThat(errors("{\"id\": \"x\", \"title\": \"t\", \"impact\": {\"band\": \"low\"},"
        + " \"sections\": {\"behind-the-average\": [\"x\"]}}", InputFormat.JSON)).isNotEmpty();
  }

  /** The schema holds copies of the label keys and rule ids; they must not drift from the model's. */
  @Test
  void theSchemasLabelKeysAndRuleIdsAreTheModels() {
    tools.jackson.databind.JsonNode schema =
        tools.jackson.databind.json.JsonMapper.builder().build().readTree(ToolkitSchema.json());
    tools.jackson.databind.JsonNode defs = schema.get("$defs");
    List<String> keys = new java.util.ArrayList<>();
    defs.get("profile").get("properties").get("labels").get("propertyNames").get("anyOf").get(0)
        .get("enum").forEach(n -> keys.add(n.asString()));
    assertThat(keys).containsExactlyElementsOf(org.evidencetoolkit.model.LabelKeys.builtIn());
    List<String> rules = new java.util.ArrayList<>();
    defs.get("ruleList").get("items").get("enum").forEach(n -> rules.add(n.asString()));
    assertThat(rules).containsExactlyElementsOf(org.evidencetoolkit.model.rules.RuleIds.all());
  }
}
