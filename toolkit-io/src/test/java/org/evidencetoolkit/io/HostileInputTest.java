package org.evidencetoolkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each limit is a typed {@link Problem.Kind#LIMIT} problem — never a StackOverflowError,
 * OutOfMemoryError or hang — through every kind of input (byte[], InputStream, Reader, String) in
 * both formats. The timeouts are generous safety nets, not performance claims.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class HostileInputTest {
  enum Input { BYTES, STREAM, READER, STRING }

  static Stream<Arguments> everyInput() {
    List<Arguments> out = new ArrayList<>();
    for (DocumentFormat format : DocumentFormat.values()) {
      for (Input input : Input.values()) {
        out.add(Arguments.of(format, input));
      }
    }
    return out.stream();
  }

  /** Reads an intervention document through one kind of input; returns what it threw. */
  static Throwable read(ToolkitReader reader, DocumentFormat format, Input input, String text) {
    return catchThrowable(() -> {
      switch (input) {
        case BYTES -> reader.with(format)
            .readIntervention(Source.named("hostile").bytes(text.getBytes(StandardCharsets.UTF_8)));
        case STREAM -> reader.with(format).readIntervention(
            Source.named("hostile")
                .stream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
        case READER -> reader.with(format)
            .readIntervention(Source.named("hostile").reader(new StringReader(text)));
        case STRING -> reader.with(format).readIntervention(Source.named("hostile").text(text));
      }
    });
  }

  static Problem limitProblem(Throwable thrown) {
    assertThat(thrown).isInstanceOf(ToolkitFormatException.class);
    List<Problem> problems = ((ToolkitFormatException) thrown).problems();
    assertThat(problems).extracting(Problem::kind).contains(Problem.Kind.LIMIT);
    return problems.stream().filter(p -> p.kind() == Problem.Kind.LIMIT).findFirst().orElseThrow();
  }

  static final int DEEP = 100_000;
  static final int HUGE = 30 * 1024 * 1024;

  static String deep(DocumentFormat format) {
    return "[".repeat(DEEP) + "]".repeat(DEEP);
  }

  static String hugeString(DocumentFormat format) {
    String big = "a".repeat(HUGE);
    return format == DocumentFormat.JSON
        ? "{\"id\": \"x\", \"title\": \"" + big + "\", \"impact\": {\"band\": \"low\"}}"
        : "id: x\ntitle: \"" + big + "\"\nimpact: {band: low}\n";
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyInput")
  void nesting100000DeepStopsAtTheDepthLimit(DocumentFormat format, Input input) {
    Problem p = limitProblem(read(ToolkitReader.defaults(), format, input, deep(format)));
    assertThat(p.message()).contains("nesting deeper than 64 levels (ReadLimits.maxDepth)");
    assertThat(p.line()).isEqualTo(1);
    assertThat(p.column()).isEqualTo(65);
  }

  @Test
  void aLongYamlStringFoldedOverShortLinesStopsAtTheStringLimit() {
    ToolkitReader reader = ToolkitReader.builder()
        .limits(ReadLimits.builder().maxStringLength(10_000).build()).build();
    String folded = ("word ".repeat(20) + "\n  ").repeat(200);
    Problem p = limitProblem(read(reader, DocumentFormat.YAML, Input.STRING,
        "id: x\ntitle: " + folded + "\nimpact: {band: low}\n"));
    assertThat(p.message()).contains("a string longer than 10000 characters");
    assertThat(p.pointer()).isEqualTo("/title");
  }

  @Test
  void deepBlockStyleYamlStopsAtTheDepthLimit() {
    StringBuilder yaml = new StringBuilder();
    for (int i = 0; i < 2_000; i++) {
      yaml.append("  ".repeat(i)).append("k:\n");
    }
    Problem p = limitProblem(read(ToolkitReader.defaults(), DocumentFormat.YAML, Input.STRING,
        yaml.toString()));
    assertThat(p.message()).contains("ReadLimits.maxDepth");
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyInput")
  void aThirtyMegabyteStringIsRefusedByTheSizeLimit(DocumentFormat format, Input input) {
    Problem p = limitProblem(read(ToolkitReader.defaults(), format, input, hugeString(format)));
    assertThat(p.message()).contains("larger than 5242880 bytes (ReadLimits.maxDocumentBytes)");
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyInput")
  void aThirtyMegabyteStringIsRefusedByTheStringLimitWhenTheSizeLimitAllowsIt(
      DocumentFormat format, Input input) {
    ToolkitReader roomy = ToolkitReader.builder()
        .limits(ReadLimits.builder().maxDocumentBytes(64 * 1024 * 1024).build()).build();
    Problem p = limitProblem(read(roomy, format, input, hugeString(format)));
    // YAML lines are bounded first: the YAML engine's scanner is quadratic in line length
    assertThat(p.message()).contains(format == DocumentFormat.JSON
        ? "a string longer than 1000000 characters" : "a line longer than 1000000 characters")
        .contains("(ReadLimits.maxStringLength)");
    assertThat(p.line()).isEqualTo(format == DocumentFormat.JSON ? 1 : 2);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyInput")
  void longNumbersAreRefused(DocumentFormat format, Input input) {
    String digits = "1".repeat(101);
    String text = format == DocumentFormat.JSON
        ? "{\"id\": \"x\", \"title\": \"t\", \"impact\": {\"band\": \"low\", \"estimate\": " + digits + "}}"
        : "id: x\ntitle: t\nimpact: {band: low, estimate: " + digits + "}\n";
    Problem p = limitProblem(read(ToolkitReader.defaults(), format, input, text));
    assertThat(p.message()).contains("a number longer than 100 characters");
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyInput")
  void tooManyTokensAreRefused(DocumentFormat format, Input input) {
    ToolkitReader small = ToolkitReader.builder()
        .limits(ReadLimits.builder().maxTokens(1_000).build()).build();
    String items = String.join(", ", java.util.Collections.nCopies(2_000, "\"a\""));
    String text = format == DocumentFormat.JSON
        ? "{\"id\": \"x\", \"title\": \"t\", \"impact\": {\"band\": \"low\"}, \"related\": [" + items + "]}"
        : "id: x\ntitle: t\nimpact: {band: low}\nrelated: [" + items + "]\n";
    Problem p = limitProblem(read(small, format, input, text));
    assertThat(p.message()).contains("more than 1000 tokens (ReadLimits.maxTokens)");
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyInput")
  void documentsOverAConfiguredSizeAreRefused(DocumentFormat format, Input input) {
    ToolkitReader tiny = ToolkitReader.builder()
        .limits(ReadLimits.builder().maxDocumentBytes(100).build()).build();
    String text = "id: " + "é".repeat(60) + "\ntitle: t\nimpact: {band: low}\n"; // 120 bytes of é
    Problem p = limitProblem(read(tiny, format, input, text));
    assertThat(p.message()).contains("larger than 100 bytes");
    assertThat(p.line()).isZero();
  }

  @Test
  void problemsStopAtTheConfiguredMaximum() {
    ToolkitReader reader = ToolkitReader.builder()
        .limits(ReadLimits.builder().maxProblems(5).build()).build();
    StringBuilder yaml = new StringBuilder("id: x\ntitle: t\nimpact: {band: low}\n");
    for (int i = 0; i < 1_000; i++) {
      yaml.append("unknown").append(i).append(": 1\n");
    }
    Throwable thrown = read(reader, DocumentFormat.YAML, Input.STRING, yaml.toString());
    List<Problem> problems = ((ToolkitFormatException) thrown).problems();
    assertThat(problems).hasSize(6);
    assertThat(problems.get(5).kind()).isEqualTo(Problem.Kind.LIMIT);
    assertThat(problems.get(5).message()).contains("stopped after 5 problems");
  }

  @Test
  void anAstralCharacterAtTheYamlReadersBufferBoundaryReads() {
    // 1,024 characters in, an emoji straddles the YAML engine's read buffer
    for (int n = 1010; n < 1030; n++) {
      String doc = "id: '" + "a".repeat(n) + "🙂'\ntitle: x\nimpact: {band: low}\n";
      assertThat(ToolkitReader.defaults().with(DocumentFormat.YAML)
          .readIntervention(Source.named("g").text(doc)).id())
          .endsWith("🙂");
    }
  }

  @Test
  void limitsAreValidated() {
    assertThat(catchThrowable(() -> ReadLimits.builder().maxDepth(0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxDepth");
    ReadLimits defaults = ReadLimits.defaults();
    assertThat(List.of(defaults.maxDocumentBytes(), defaults.maxDepth(), defaults.maxStringLength(),
        defaults.maxNumberLength(), defaults.maxTokens(), defaults.maxProblems()))
        .containsExactly(5 * 1024 * 1024, 64, 1_000_000, 100, 1_000_000, 100);
  }
}
