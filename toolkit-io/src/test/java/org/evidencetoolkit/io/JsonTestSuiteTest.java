package org.evidencetoolkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * JSONTestSuite (nst/JSONTestSuite) through the JSON reader: every {@code y_} document is accepted
 * as JSON syntax (it then fails to bind as an intervention, which is expected), every {@code n_}
 * document is rejected with a typed syntax, encoding or limit problem, and each {@code i_}
 * document's outcome is pinned in {@code json-test-suite-i-cases.txt}. No other exception escapes.
 */
class JsonTestSuiteTest {
  private static final Set<Problem.Kind> SYNTACTIC =
      EnumSet.of(Problem.Kind.SYNTAX, Problem.Kind.ENCODING, Problem.Kind.LIMIT);

  static Path suite() throws URISyntaxException {
    return Path.of(Objects.requireNonNull(
        JsonTestSuiteTest.class.getResource("/corpora/json-test-suite/test_parsing")).toURI());
  }

  static Stream<Path> cases(String prefix) throws IOException, URISyntaxException {
    try (Stream<Path> files = Files.list(suite())) {
      return files.filter(f -> f.getFileName().toString().startsWith(prefix)).sorted().toList()
          .stream();
    }
  }

  static Stream<Path> accepted() throws Exception {
    return cases("y_");
  }

  static Stream<Path> rejected() throws Exception {
    return cases("n_");
  }

  /** "accepted", or "rejected: KIND" for the first syntactic problem. */
  static String outcome(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    try {
      ToolkitReader.defaults().with(DocumentFormat.JSON)
          .readIntervention(Source.named(file.getFileName().toString()).bytes(bytes));
      return "accepted";
    } catch (ToolkitFormatException e) {
      assertThat(e.problems()).isNotEmpty();
      assertThat(e.getMessage()).doesNotContainIgnoringCase("jackson");
      return e.problems().stream().filter(p -> SYNTACTIC.contains(p.kind())).findFirst()
          .map(p -> "rejected: " + p.kind()).orElse("accepted");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("accepted")
  void acceptsEveryValidDocument(Path file) throws IOException {
    assertThat(outcome(file)).as(file.getFileName().toString()).isEqualTo("accepted");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejected")
  void rejectsEveryInvalidDocumentWithATypedProblem(Path file) throws IOException {
    assertThat(outcome(file)).as(file.getFileName().toString()).startsWith("rejected: ");
  }

  @Test
  void implementationDefinedCasesBehaveAsPinned() throws Exception {
    Map<String, String> pinned = new LinkedHashMap<>();
    try (InputStream in = Objects.requireNonNull(
        getClass().getResourceAsStream("/corpora/json-test-suite-i-cases.txt"))) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          int tab = line.indexOf('\t');
          pinned.put(line.substring(0, tab), line.substring(tab + 1));
        }
      }
    }
    Map<String, String> actual = new LinkedHashMap<>();
    for (Path file : cases("i_").toList()) {
      actual.put(file.getFileName().toString(), outcome(file));
    }
    assertThat(actual).hasSize(35).isEqualTo(pinned);
  }

  @Test
  void theSuiteIsComplete() throws Exception {
    assertThat(List.of(accepted().count(), rejected().count(), cases("i_").count()))
        .containsExactly(95L, 188L, 35L);
  }
}
