package org.evidencetoolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidencetoolkit.cli.LearningToolkit.SECTION_HEADINGS;
import static org.evidencetoolkit.cli.LearningToolkit.assertInOrder;
import static org.evidencetoolkit.cli.LearningToolkit.assertNoViolence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.evidencetoolkit.io.DocumentFormat;
import org.evidencetoolkit.io.Source;
import org.evidencetoolkit.io.ToolkitReader;
import org.evidencetoolkit.model.Toolkit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The issue's "done when", tried as a new user would: the example toolkit of the repository (an
 * invented school-attainment toolkit measured in months, with its own scale, "Evidence strength",
 * a "Behind the average" section and {@code prevention.present} off), as a folder and as one file,
 * through every command; its words and section order everywhere, and no word of the built-in YEF
 * profile.
 */
class PublishingAnotherToolkitTest {
  @TempDir Path dir;

  private Path toolkit(boolean singleFile) {
    return singleFile ? LearningToolkit.singleFile(dir) : LearningToolkit.folder(dir);
  }

  private static CommandRun ok(String... args) {
    CommandRun run = CommandRun.run(args);
    assertThat(run.exitCode()).as(run.toString()).isZero();
    return run;
  }

  @ParameterizedTest(name = "single file: {0}")
  @ValueSource(booleans = {false, true})
  void validatesStrictlyWithoutAFinding(boolean singleFile) {
    CommandRun run = ok("validate", "--strict", toolkit(singleFile).toString());
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("no errors, no warnings in 1 document");
  }

  @ParameterizedTest(name = "single file: {0}")
  @ValueSource(booleans = {false, true})
  void rendersTheIndexInItsOwnWordsInEveryFormat(boolean singleFile) {
    String path = toolkit(singleFile).toString();
    String text = ok("render", path).out();
    assertThat(text)
        .contains("Example Learning Toolkit (fictional)", "Every figure in it is invented")
        .contains("Evidence strength", "Moderate impact (+3 months)", "High impact (+5 months)")
        .contains("No effect (no change in attainment)", "Harmful (\u22122 months)")
        .doesNotContain("Evidence quality");
    assertInOrder(text, List.of("Reading buddies", "Maths games club", "Homework diaries",
        "Weekly spelling tests"));
    String html = ok("render", path, "--format", "html").out();
    assertThat(html)
        .contains("<html lang=\"en-GB\">", "Evidence strength", "Moderate impact (+3 months)")
        .doesNotContain("Evidence quality");
    // The Markdown of a toolkit is its index (MarkdownRenderer.renderIndex), as in the other formats.
    String markdown = ok("render", path, "--format", "markdown").out();
    assertThat(markdown)
        .startsWith("# Example Learning Toolkit (fictional)\n")
        .contains("Every figure in it is invented", "**Evidence strength:**")
        .contains("Moderate impact (+3 months)", "Harmful (\u22122 months)")
        .doesNotContain("Evidence quality", "Behind the average");
    assertInOrder(markdown, List.of("## Reading buddies", "## Maths games club",
        "## Homework diaries", "## Weekly spelling tests"));
    assertNoViolence("the text index", text);
    assertNoViolence("the HTML index", html);
    assertNoViolence("the Markdown index", markdown);
  }

  @ParameterizedTest(name = "single file: {0}")
  @ValueSource(booleans = {false, true})
  void rendersEachInterventionWithItsSectionsInItsOrder(boolean singleFile) {
    String path = toolkit(singleFile).toString();
    for (String format : List.of("text", "html", "markdown")) {
      for (String id : LearningToolkit.IDS) {
        String page = ok("render", path, "--id", id, "--format", format, "--width", "100").out();
        assertNoViolence(id + " as " + format, page);
        assertThat(page).as(id + " as " + format)
            .contains("Evidence strength")
            .doesNotContain("Evidence quality", "How secure is the evidence?");
      }
      String page = ok("render", path, "--id", "reading-buddies", "--format", format).out();
      assertInOrder(page, SECTION_HEADINGS);
      assertThat(page).contains("+3 months", "pupils who started the year furthest behind");
    }
  }

  @ParameterizedTest(name = "single file: {0}")
  @ValueSource(booleans = {false, true})
  void listsItsHeadlinesInItsWords(boolean singleFile) {
    String path = toolkit(singleFile).toString();
    GoldenFiles.check("learning-list.txt", ok("list", path).out());
    GoldenFiles.check("learning-list-wide.txt", ok("list", path, "--wide").out());
    String sorted = ok("list", path, "--sort", "impact").out();
    assertInOrder(sorted, List.of("+5 months", "+3 months", "no change in attainment", "\u22122 months"));
    String csv = ok("list", path, "--csv").out();
    assertThat(csv).contains("attainment", "months");
    assertNoViolence("the sorted list", sorted);
    assertNoViolence("the CSV", csv);
  }

  @Test
  void buildsASiteInItsWordsWithNoWordOfViolence() throws IOException {
    Path out = dir.resolve("public");
    ok("site", LearningToolkit.folder(dir).toString(), "--out", out.toString());
    List<Path> files;
    try (Stream<Path> walk = Files.walk(out)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    assertThat(files).hasSize(4 + 4);
    for (Path file : files) {
      assertNoViolence(file.toString(), LearningToolkit.read(file));
    }
    assertThat(LearningToolkit.read(out.resolve("index.html")))
        .contains("Evidence strength", "Moderate impact (+3 months)");
    String page = LearningToolkit.read(out.resolve("interventions/reading-buddies.html"));
    assertThat(page).contains("Evidence strength", "+3 months");
    assertInOrder(page, SECTION_HEADINGS);
  }

  /** The root README's "Publishing another toolkit" shows the example as shipped, and its list. */
  @Test
  void theReadmeShowsTheExampleAsShipped() throws IOException {
    String readme = LearningToolkit.read(Path.of("..", "README.md"));
    String toolkitFile = LearningToolkit.read(LearningToolkit.EXAMPLE.resolve("toolkit.yaml"));
    String withoutComments = String.join("", toolkitFile.lines()
        .filter(line -> !line.startsWith("#")).map(line -> line + "\n").toList());
    assertThat(readme)
        .contains("## Publishing another toolkit")
        .contains("```yaml\n" + withoutComments + "```")
        .contains("```yaml\n"
            + LearningToolkit.read(LearningToolkit.EXAMPLE.resolve("interventions/reading-buddies.yaml"))
            + "```")
        .contains(ok("list", LearningToolkit.folder(dir).toString()).out());
  }

  @Test
  void convertsToJsonAndBackToExactlyItsCanonicalYamlKeepingEverything() throws IOException {
    Path folder = LearningToolkit.folder(dir);
    String yaml = ok("convert", folder.toString(), "--to", "yaml").out();
    Path json = dir.resolve("learning-toolkit.json");
    ok("convert", folder.toString(), "--to", "json", "--out", json.toString());
    String back = ok("convert", json.toString(), "--to", "yaml").out();
    assertThat(back).isEqualTo(yaml);
    Path yamlFile = Files.writeString(dir.resolve("canonical.yaml"), yaml);
    assertThat(ok("convert", yamlFile.toString(), "--to", "yaml").out()).isEqualTo(yaml);
    assertThat(yaml)
        .contains("name: learning-months", "better: +{0} months", "behind-the-average:")
        .contains("rating.evidence: Evidence strength", "- prevention.present");
    assertNoViolence("canonical YAML", yaml);
    assertNoViolence("JSON", LearningToolkit.read(json));

    ToolkitReader reader = ToolkitReader.defaults();
    Toolkit original = reader.readToolkit(folder);
    assertThat(reader.readToolkit(json)).isEqualTo(original);
    assertThat(reader.with(DocumentFormat.YAML)
        .readToolkit(Source.named("canonical.yaml").text(yaml))).isEqualTo(original);
    assertThat(original.profile().name()).isEqualTo("learning-months");
    assertThat(original.interventions().get(0).sections()).containsKey("behind-the-average");
  }
}
