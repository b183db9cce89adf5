package org.evidencetoolkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.model.rules.Severity;
import org.evidencetoolkit.model.rules.Violation;
import org.junit.jupiter.api.Test;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.io.TempDir;

/** Toolkit folders, file reading, and mapping pointers and violations back to file:line:column. */
class FolderAndSourceMapTest {
  @TempDir Path dir;

  private static Violation violation(String path, @Nullable String interventionId) {
    Violation.Builder b = Violation.builder().ruleId("test.rule").severity(Severity.ERROR)
        .path(path).message("m");
    if (interventionId != null) {
      b.interventionId(interventionId);
    }
    return b.build();
  }

  @Test
  void aFolderRoundTripsInBothFormats() throws IOException {
    for (DocumentFormat format : DocumentFormat.values()) {
      Path folder = dir.resolve(format.name());
      ToolkitWriter.builder().format(format).build().writeFolder(Samples.toolkit(), folder);
      assertThat(folder.resolve("toolkit." + format.extension())).exists();
      assertThat(folder.resolve("interventions/mentoring." + format.extension())).exists();
      Toolkit read = ToolkitReader.defaults().readToolkit(folder);
      assertThat(read).isEqualTo(Samples.toolkit());
      assertThat(read.settings().get(0).label()).isEqualTo("Accident and Emergency departments");
      // the declared label reaches the intervention's setting
      assertThat(read.find("mentoring").orElseThrow().settings().get(1).label())
          .isEqualTo("Accident and Emergency departments");
    }
  }

  @Test
  void aFileNameThatDiffersFromTheIdIsReportedAtTheId() throws IOException {
    ToolkitWriter.defaults().writeFolder(Samples.toolkit(), dir);
    Path file = dir.resolve("interventions/mentoring.yaml");
    Files.move(file, dir.resolve("interventions/mentor.yaml"));
    Files.writeString(dir.resolve("toolkit.yaml"), Files.readString(dir.resolve("toolkit.yaml"))
        .replace("  - mentoring", "  - mentor"));
    ToolkitFormatException e = catchThrowableOfType(ToolkitFormatException.class,
        () -> ToolkitReader.defaults().readToolkit(dir));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(Problem.Kind.FILE_NAME);
      assertThat(p.source()).endsWith("mentor.yaml");
      assertThat(p.line()).isEqualTo(2);
      assertThat(p.column()).isEqualTo(5);
      assertThat(p.pointer()).isEqualTo("/id");
      assertThat(p.message()).contains("named mentor.yaml but its id is \"mentoring\"");
    });
  }

  @Test
  void filesAndTheListMustAgree() throws IOException {
    ToolkitWriter.defaults().writeFolder(Samples.toolkit(), dir);
    Files.writeString(dir.resolve("interventions/stray.yaml"),
        "id: stray\ntitle: Stray\nimpact: {band: low}\n");
    Files.delete(dir.resolve("interventions/mentoring.yaml"));
    ToolkitFormatException e = catchThrowableOfType(ToolkitFormatException.class,
        () -> ToolkitReader.defaults().readToolkit(dir));
    assertThat(e.problems()).extracting(Problem::kind)
        .containsOnly(Problem.Kind.FILE_NAME);
    assertThat(e.getMessage()).contains("\"mentoring\" is listed but there is no file")
        .contains("stray.yaml: this file is not listed in toolkit.yaml");
  }

  @Test
  void withoutAListInterventionsAreInFileNameOrder() throws IOException {
    Files.createDirectories(dir.resolve("interventions"));
    Files.writeString(dir.resolve("toolkit.json"), "{\"title\": \"T\"}");
    Files.writeString(dir.resolve("interventions/b.yml"), "id: b\ntitle: B\nimpact: {band: low}\n");
    Files.writeString(dir.resolve("interventions/a.json"),
        "{\"id\": \"a\", \"title\": \"A\", \"impact\": {\"band\": \"high\"}}");
    Files.writeString(dir.resolve("interventions/README.md"), "ignored");
    Files.writeString(dir.resolve("interventions/.hidden.yaml"), "ignored: true");
    assertThat(ToolkitReader.defaults().readToolkit(dir).interventions())
        .extracting(Intervention::id).containsExactly("a", "b");
  }

  @Test
  void twoToolkitFilesOrTwoFilesForOneIdAreReported() throws IOException {
    Files.createDirectories(dir.resolve("interventions"));
    Files.writeString(dir.resolve("toolkit.yaml"), "title: T\n");
    Files.writeString(dir.resolve("toolkit.json"), "{\"title\": \"T\"}");
    assertThat(catchThrowableOfType(ToolkitFormatException.class,
        () -> ToolkitReader.defaults().readToolkit(dir)).getMessage())
        .contains("more than one toolkit file");
    Files.delete(dir.resolve("toolkit.json"));
    Files.writeString(dir.resolve("interventions/a.yaml"), "id: a\ntitle: A\nimpact: {band: low}\n");
    Files.writeString(dir.resolve("interventions/a.json"),
        "{\"id\": \"a\", \"title\": \"A\", \"impact\": {\"band\": \"low\"}}");
    assertThat(catchThrowableOfType(ToolkitFormatException.class,
        () -> ToolkitReader.defaults().readToolkit(dir)).getMessage())
        .contains("two files for the intervention \"a\"");
  }

  @Test
  void missingFilesAreIoExceptions() throws IOException {
    assertThatThrownBy(() -> ToolkitReader.defaults().readIntervention(dir.resolve("nope.yaml")))
        .isInstanceOf(NoSuchFileException.class);
    assertThatThrownBy(() -> ToolkitReader.defaults().readToolkit(dir))
        .isInstanceOf(NoSuchFileException.class).hasMessageContaining("toolkit.yaml");
    Path odd = dir.resolve("notes.txt");
    Files.writeString(odd, "x");
    assertThat(catchThrowableOfType(ToolkitFormatException.class,
        () -> ToolkitReader.defaults().readIntervention(odd)).problems().get(0).kind())
        .isEqualTo(Problem.Kind.FILE_NAME);
  }

  @Test
  void writeFolderRefusesIdsThatAreNotSafeFileNames() {
    Toolkit unsafe = Toolkit.builder().title("T").addIntervention(Intervention.builder()
        .from(Samples.rated()).id("../escape").build()).build();
    assertThatThrownBy(() -> ToolkitWriter.defaults().writeFolder(unsafe, dir))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("../escape");
    Toolkit twice = Toolkit.builder().title("T").addIntervention(Samples.rated())
        .addIntervention(Samples.rated()).build();
    assertThatThrownBy(() -> ToolkitWriter.defaults().writeFolder(twice, dir))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two interventions");
  }

  @Test
  void violationsOfAFolderToolkitPointIntoTheRightFile() throws IOException {
    ToolkitWriter.defaults().writeFolder(Samples.toolkit(), dir);
    ToolkitDocument doc = ToolkitReader.defaults().readToolkitDocument(dir);
    assertThat(doc.isFolder()).isTrue();
    SourceLocation summary = doc.locate(violation("/interventions/1/summary", "mentoring"));
    assertThat(summary.source()).endsWith("mentoring.yaml");
    assertThat(summary.line()).isEqualTo(4);
    assertThat(summary.column()).isEqualTo(10);
    // a relative path is resolved through the intervention id
    SourceLocation band = doc.locate(violation("/impact/band", "mentoring"));
    assertThat(band).isEqualTo(new SourceLocation(summary.source(), 6, 9));
    // a field left at its default resolves to the intervention
    SourceLocation missing = doc.locate(violation("/interventions/1/costDetails", null));
    assertThat(missing).isEqualTo(new SourceLocation(summary.source(), 1, 1));
    // toolkit fields resolve in toolkit.yaml
    assertThat(doc.locate("/settings/0/label").source()).endsWith("toolkit.yaml");
    assertThat(doc.locate("/settings/0/label").line()).isEqualTo(5);
  }

  @Test
  void everyDefaultRuleViolationOfAFolderLocatesInTheFileOfItsIntervention() throws IOException {
    Intervention broken = Intervention.builder().from(Samples.rated()).id("broken")
        .summary(" padded ").addSetting(org.evidencetoolkit.model.Setting.of("moon", "Moon"))
        .build();
    Toolkit toolkit = Toolkit.builder().from(Samples.toolkit()).addIntervention(broken).build();
    ToolkitWriter.defaults().writeFolder(toolkit, dir);
    ToolkitDocument doc = ToolkitReader.defaults().readToolkitDocument(dir);
    var violations = org.evidencetoolkit.model.rules.ContentRules.defaults()
        .validate(doc.toolkit()).violations();
    assertThat(violations).extracting(Violation::ruleId).contains("setting.known");
    for (Violation v : violations) {
      SourceLocation at = doc.locate(v);
      if (v.interventionId().isPresent()) {
        assertThat(at.source()).as(v.toString())
            .endsWith(v.interventionId().get() + ".yaml");
      }
      assertThat(at.line()).isPositive();
    }
    Violation moon = violations.stream().filter(v -> v.ruleId().equals("setting.known"))
        .findFirst().orElseThrow();
    SourceLocation at = doc.locate(moon);
    assertThat(Files.readAllLines(Path.of(at.source())).get(at.line() - 1)).contains("moon");
  }

  @Test
  void violationsOfASingleFilePointAtTheirLineWithCharacterColumns() {
    String yaml = """
        id: x
        title: Café 🙂 — t
        impact: {band: low, estimate: 50}
        implementation:
          - title: a
          - title: é🙂 b
        """;
    InterventionDocument doc = ToolkitReader.defaults()
        .with(DocumentFormat.YAML).readInterventionDocument(Source.named("x.yaml").text(yaml));
    assertThat(doc.locate(violation("/impact/estimate", null)))
        .isEqualTo(new SourceLocation("x.yaml", 3, 31));
    assertThat(doc.locate("/implementation/1/title"))
        .isEqualTo(new SourceLocation("x.yaml", 6, 12));
    String json = "{\"id\": \"x\", \"title\": \"🙂🙂\", \"summary\": \"s\", \"impact\": {\"band\": \"low\"}}";
    InterventionDocument jdoc = ToolkitReader.defaults()
        .with(DocumentFormat.JSON).readInterventionDocument(Source.named("x.json").text(json));
    assertThat(jdoc.locate("/summary")).isEqualTo(new SourceLocation("x.json", 1, 39));
  }

  @Test
  void documentsReadFromFilesKeepTheFileName() throws IOException {
    Path file = dir.resolve("mentoring.json");
    Files.writeString(file, ToolkitWriter.builder().format(DocumentFormat.JSON).build()
        .writeAsString(Samples.rated()), StandardCharsets.UTF_8);
    InterventionDocument doc = ToolkitReader.defaults().readInterventionDocument(file);
    assertThat(doc.intervention()).isEqualTo(Samples.rated());
    assertThat(doc.source()).isEqualTo(file.toString());
    assertThat(doc.locate("/title").line()).isEqualTo(4);
  }
}
