package org.evidencetoolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.evidencetoolkit.io.ToolkitWriter;
import org.evidencetoolkit.io.ToolkitReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code toolkit diff}, tried as a new user would: two editions of a small toolkit on disk, edited
 * as the "Done when" says, in every format; the same edition against itself; standard
 * input; and every kind of trouble exiting 2.
 */
class DiffCommandTest {
  /** The first edition: made-up strands, not facts about real approaches. */
  static final String OLD_EDITION =
      """
      formatVersion: 1
      title: Example toolkit 2024
      interventions:
        - id: mentoring-pilot
          title: Mentoring pilot
          impact: { band: moderate, estimate: 14 }
          evidence: 2
          implementation:
            - title: Train the mentors
              body: Train them before the first match.
          resources:
            - title: Mentoring briefing
              url: https://example.org/briefing
            - title: Old review
              url: https://example.org/old-review
        - id: boxing-club
          title: Boxing club
          impact: { band: insufficient-evidence }
        - id: sports
          title: Sports programmes
          impact: { band: low, estimate: 5 }
        - id: after-school-clubs
          title: After-school clubs
          impact: { band: low, estimate: 3 }
          effectiveness: A made-up test text says the effect is small.
      """;

  /** The second edition: exactly the edits. */
  static final String NEW_EDITION =
      """
      formatVersion: 1
      title: Example toolkit 2025
      interventions:
        - id: mentoring-pilot
          title: Mentoring pilot
          impact: { band: high, estimate: 31 }
          evidence: 3
          implementation:
            - title: Train the mentors
              body: Train them before the first match.
            - title: Supervise the matches
              body: Check in every month.
          resources:
            - title: Mentoring briefing
              url: https://example.org/briefing
        - id: sports
          title: Sport and physical activity
          impact: { band: low, estimate: 5 }
        - id: after-school-clubs
          title: After-school clubs
          impact: { band: low, estimate: 3 }
          effectiveness: A rewritten made-up text says the effect is small but real.
        - id: family-therapy
          title: Family therapy
          impact: { band: high, estimate: 35 }
      """;

  @TempDir Path dir;

  private Path[] editions() {
    return new Path[] {
      Documents.write(dir, "v1.yaml", OLD_EDITION), Documents.write(dir, "v2.yaml", NEW_EDITION)
    };
  }

  @Test
  void aTooNarrowWidthIsAUsageErrorBeforeAnythingIsRead() {
    Path[] e = editions();
    CommandRun run = CommandRun.run("diff", e[0].toString(), e[1].toString(), "--width", "19");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("--width must be at least 20, was 19");
  }

  @Test
  void textReportsExactlyTheEditsAndExitsOne() {
    Path[] e = editions();
    CommandRun run = CommandRun.run("diff", e[0].toString(), e[1].toString(), "--width", "400");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo("""
        What's changed
        ==============

        The toolkit \u2014 title changed from \u2018Example toolkit 2024\u2019 to \u2018Example toolkit 2025\u2019

        Mentoring pilot \u2014 impact raised from Moderate impact (14% less violence) to High impact (31% less violence); evidence quality raised from 2/5 Low to 3/5 Moderate; tip added: Supervise the matches; further reading removed: Old review

        Boxing club \u2014 removed

        Sport and physical activity \u2014 title changed from \u2018Sports programmes\u2019 to \u2018Sport and physical activity\u2019

        After-school clubs \u2014 Is it effective? changed (+4 \u22122 words)

        Family therapy \u2014 added
        """);
  }

  @Test
  void jsonPrintsOnlyTheJsonWithExactlyTheEdits() {
    Path[] e = editions();
    CommandRun run = CommandRun.run("diff", e[0].toString(), e[1].toString(), "--format", "json");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    tools.jackson.databind.JsonNode json = new tools.jackson.databind.ObjectMapper().readTree(run.out());
    List<String> summary = new ArrayList<>();
    for (tools.jackson.databind.JsonNode c : json.get("changes")) {
      summary.add(c.get("id").asString("null") + " " + c.get("change").asString() + " "
          + c.get("pointer").asString()
          + (c.has("before") ? " " + c.get("before") : "")
          + (c.has("after") ? " " + c.get("after") : "")
          + (c.has("direction") ? " " + c.get("direction").asString() : ""));
    }
    assertThat(summary).containsExactly(
        "null changed /title \"Example toolkit 2024\" \"Example toolkit 2025\"",
        "mentoring-pilot changed /impact/band \"moderate\" \"high\" up",
        "mentoring-pilot changed /impact/estimate 14 31 up",
        "mentoring-pilot changed /evidence 2 3 up",
        "mentoring-pilot added /implementation/1 {\"title\":\"Supervise the matches\",\"body\":\"Check in every month.\"}",
        "mentoring-pilot removed /resources/1 {\"title\":\"Old review\",\"url\":\"https://example.org/old-review\"}",
        "boxing-club removed /interventions/1",
        "sports changed /title \"Sports programmes\" \"Sport and physical activity\"",
        "after-school-clubs changed /effectiveness \"A made-up test text says the effect is small.\""
            + " \"A rewritten made-up text says the effect is small but real.\"",
        "family-therapy added /interventions/3");
  }

  @Test
  void markdownAndHtmlSayTheSameAndExitOne() {
    Path[] e = editions();
    CommandRun markdown = CommandRun.run("diff", e[0].toString(), e[1].toString(), "--format", "markdown");
    assertThat(markdown.exitCode()).as(markdown.toString()).isEqualTo(1);
    assertThat(markdown.out()).startsWith("# What's changed\n\n")
        .contains("- **Mentoring pilot** \u2014 impact raised from Moderate impact (14% less violence)"
            + " to High impact (31% less violence); evidence quality raised from 2/5 Low to 3/5"
            + " Moderate; tip added: Supervise the matches; further reading removed: Old review\n")
        .contains("- **Boxing club** \u2014 removed\n")
        .contains("- **Family therapy** \u2014 added\n");
    assertThat(markdown.out().lines().filter(l -> l.startsWith("- "))).hasSize(6);
    CommandRun html = CommandRun.run("diff", e[0].toString(), e[1].toString(), "--format", "html");
    assertThat(html.exitCode()).as(html.toString()).isEqualTo(1);
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html.out());
    assertThat(page.select("h1").text()).isEqualTo("What's changed");
    assertThat(page.select("li").eachText()).hasSize(6).contains(
        "Boxing club \u2014 removed",
        "Sport and physical activity \u2014 title changed from \u2018Sports programmes\u2019 to"
            + " \u2018Sport and physical activity\u2019");
  }

  @Test
  void anEditionAgainstItselfExitsZeroInEveryFormat() throws IOException {
    Path[] e = editions();
    CommandRun text = CommandRun.run("diff", e[0].toString(), e[0].toString());
    assertThat(text.exitCode()).as(text.toString()).isZero();
    assertThat(text.out()).isEqualTo("What's changed\n==============\n\nNo changes.\n");
    assertThat(CommandRun.run("diff", e[1].toString(), e[1].toString(), "--format", "json").out())
        .isEqualTo("{\n  \"changes\": []\n}\n");
    assertThat(CommandRun.run("diff", e[1].toString(), e[1].toString(), "--format", "markdown").exitCode()).isZero();
    assertThat(CommandRun.run("diff", e[1].toString(), e[1].toString(), "--format", "html").exitCode()).isZero();
    // The same content in another shape (a folder in JSON, reformatted) is no change either.
    Path folder = dir.resolve("folder");
    ToolkitWriter.builder().format(org.evidencetoolkit.io.DocumentFormat.JSON).build()
        .writeFolder(ToolkitReader.defaults().readToolkit(e[1]), folder);
    CommandRun mixed = CommandRun.run("diff", e[1].toString(), folder.toString());
    assertThat(mixed.exitCode()).as(mixed.toString()).isZero();
  }

  @Test
  void twoInterventionFilesAreComparedAsInterventions() {
    Path a = Documents.write(dir, "a.yaml", Documents.VALID_YAML);
    Path b = Documents.write(dir, "b.yaml", Documents.VALID_YAML.replace("evidence: 2", "evidence: 1"));
    CommandRun run = CommandRun.run("diff", a.toString(), b.toString(), "--format", "json");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.out()).contains("\"id\": \"homework-club\"").contains("\"pointer\": \"/evidence\"")
        .contains("\"direction\": \"down\"");
  }

  @Test
  void standardInputIsOneSide() throws IOException {
    Path[] e = editions();
    CommandRun run = withStandardInput(OLD_EDITION, "diff", "-", e[1].toString(), "--format", "json");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.out()).contains("\"pointer\": \"/interventions/1\"");
    CommandRun json = withStandardInput(
        new String(Files.readAllBytes(e[1]), StandardCharsets.UTF_8), "diff", e[1].toString(), "-");
    assertThat(json.exitCode()).as(json.toString()).isZero();
    String asJson = ToolkitWriter.builder().format(org.evidencetoolkit.io.DocumentFormat.JSON).build()
        .writeAsString(ToolkitReader.defaults().readToolkit(e[1]));
    CommandRun fromJson = withStandardInput(asJson, "diff", "-", e[1].toString());
    assertThat(fromJson.exitCode()).as(fromJson.toString()).isZero();
  }

  @Test
  void troubleExitsTwo() {
    Path[] e = editions();
    CommandRun both = withStandardInput("", "diff", "-", "-");
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).contains("only one side can be -");
    CommandRun missing = CommandRun.run("diff", dir.resolve("nope.yaml").toString(), e[1].toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("no such file or folder").doesNotContain("\tat ");
    Path bad = Documents.write(dir, "bad.yaml", Documents.UNREADABLE_YAML);
    CommandRun unreadable = CommandRun.run("diff", e[0].toString(), bad.toString(), "--format", "json");
    assertThat(unreadable.exitCode()).as(unreadable.toString()).isEqualTo(2);
    assertThat(unreadable.out()).isEmpty();
    assertThat(unreadable.err()).contains("bad.yaml:3:").contains("reading NEW").contains("nothing was compared");
    CommandRun badStdin = withStandardInput("title: [unclosed\n", "diff", "-", e[1].toString());
    assertThat(badStdin.exitCode()).as(badStdin.toString()).isEqualTo(2);
    assertThat(badStdin.err()).contains("<stdin>:").contains("reading OLD");
    assertThat(CommandRun.run("diff", e[0].toString()).exitCode()).isEqualTo(2);
    assertThat(CommandRun.run("diff", e[0].toString(), e[1].toString(), "--format", "pdf").exitCode()).isEqualTo(2);
  }

  @Test
  void asAProcessWithAPipe() throws Exception {
    Path[] e = editions();
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"),
        ToolkitCommand.class.getName(), "diff", "-", e[1].toString()));
    Process process = new ProcessBuilder(command).start();
    try (var stdin = process.getOutputStream()) {
      stdin.write(OLD_EDITION.getBytes(StandardCharsets.UTF_8));
    }
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(err).isEqualTo(1);
    assertThat(out).contains("Family therapy \u2014 added");
  }

  /** Runs the command in this JVM with {@code text} as its standard input. */
  static CommandRun withStandardInput(String text, String... args) {
    return CommandRun.withInput(text, args);
  }
}
