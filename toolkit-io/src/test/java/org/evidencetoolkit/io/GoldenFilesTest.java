package org.evidencetoolkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Toolkit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The canonical output for full documents, byte for byte, and that reading those files gives back
 * the model. Regenerate after an intended format change with {@code -Dgolden.update=true} (writes
 * into {@code src/test/resources/golden}) and review the diff.
 */
class GoldenFilesTest {
  static Stream<Arguments> documents() {
    return Stream.of(
        Arguments.of("intervention.yaml", Samples.full()),
        Arguments.of("intervention.json", Samples.full()),
        Arguments.of("toolkit.yaml", Samples.toolkit()),
        Arguments.of("toolkit.json", Samples.toolkit()),
        Arguments.of("learning-toolkit.yaml", Samples.learning()),
        Arguments.of("learning-toolkit.json", Samples.learning()));
  }

  static String golden(String name, String actual) throws IOException {
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(Path.of("src/test/resources/golden", name), actual, StandardCharsets.UTF_8);
    }
    try (InputStream in = Objects.requireNonNull(
        GoldenFilesTest.class.getResourceAsStream("/golden/" + name), "golden/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void writesTheGoldenFileAndReadsItBack(String name, Object model) throws IOException {
    DocumentFormat format = DocumentFormat.forFileName(name).orElseThrow();
    ToolkitWriter writer = ToolkitWriter.builder().format(format).build();
    String actual = model instanceof Toolkit t ? writer.writeAsString(t) : writer.writeAsString((Intervention) model);
    String expected = golden(name, actual);
    assertThat(actual).isEqualTo(expected);
    assertThat(expected).endsWith("\n").doesNotContain("\r");
    Object read = model instanceof Toolkit
        ? ToolkitReader.defaults().with(format).readToolkit(Source.named(name).text(expected))
        : ToolkitReader.defaults().with(format).readIntervention(Source.named(name).text(expected));
    assertThat(read).isEqualTo(model);
  }

  @Test
  void headlineCsv() throws IOException {
    StringBuilder csv = new StringBuilder();
    HeadlineCsv.write(Samples.toolkit(), csv);
    assertThat(csv.toString()).isEqualTo(golden("headlines.csv", csv.toString()));
  }
}
