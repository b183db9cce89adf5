package org.evidencetoolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: nothing a document or a file name holds reaches the terminal raw. Ids and titles with
 * an escape sequence, an OSC 8 hyperlink and a right-to-left override go through {@code list},
 * {@code list --wide}, the unknown-id error of {@code render} and the id refusal of {@code site};
 * a file name with a line feed cannot forge a diagnostic line.
 */
class TerminalInjectionTest {
  private static final String ESC_ID = "evil\u001B[2J\u001B]8;;https://evil.example/\u0007x\u202Egpj";
  private static final String TITLE = "Title \u001B[31mred\u001B[0m \u202Ereversed\u2066";

  @TempDir Path dir;

  private Path hostileToolkit() {
    return Documents.write(dir, "toolkit.json", """
        {"title": "T", "interventions": [
          {"id": "%s", "title": "%s", "impact": {"band": "low"}, "settings": ["community"]}
        ]}
        """.formatted(json(ESC_ID), json(TITLE)));
  }

  /** JSON escapes for the control characters, so the document itself is well-formed. */
  private static String json(String s) {
    StringBuilder out = new StringBuilder();
    s.chars().forEach(c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04x", c) : String.valueOf((char) c)));
    return out.toString();
  }

  private static void assertNoRawControls(String stream) {
    assertThat(stream).doesNotContain("\u001B").doesNotContain("\u0007").doesNotContain("\u202E")
        .doesNotContain("\u2066");
  }

  @Test
  void listAndListWidePrintIdsAndTitlesVisibly() {
    Path toolkit = hostileToolkit();
    for (List<String> args : List.of(
        List.of("list", toolkit.toString()), List.of("list", toolkit.toString(), "--wide"))) {
      CommandRun run = CommandRun.run(args.toArray(String[]::new));
      assertThat(run.exitCode()).as(run.toString()).isZero();
      assertNoRawControls(run.out());
      assertThat(run.out()).contains("evil\\u001B[2J\\u001B]8;;https://evil.example/\\u0007x\\u202Egpj");
    }
    CommandRun wide = CommandRun.run("list", toolkit.toString(), "--wide");
    assertThat(wide.out()).contains("Title \\u001B[31mred\\u001B[0m \\u202Ereversed\\u2066");
  }

  @Test
  void theUnknownIdErrorOfRenderAndTheIdRefusalOfSiteAreVisible() {
    Path toolkit = hostileToolkit();
    CommandRun render = CommandRun.run("render", toolkit.toString(), "--id", "x\u001B[31m");
    assertThat(render.exitCode()).as(render.toString()).isEqualTo(2);
    assertNoRawControls(render.err());
    assertThat(render.err()).contains("'x\\u001B[31m'").contains("its ids are: evil\\u001B[2J");
    CommandRun site = CommandRun.run("site", toolkit.toString(), "--out", dir.resolve("out").toString());
    assertThat(site.exitCode()).as(site.toString()).isEqualTo(1);
    assertNoRawControls(site.err());
    assertThat(site.err()).contains("'evil\\u001B[2J");
  }

  @Test
  void aFileNameWithALineFeedCannotForgeADiagnostic() throws Exception {
    Path forged = dir.resolve("a.yaml\nOther.java:1:1: error: [id.format] forged.yaml");
    Files.writeString(forged, Documents.UNREADABLE_YAML);
    CommandRun named = CommandRun.run("validate", forged.toString());
    CommandRun walked = CommandRun.run("validate", dir.toString());
    for (CommandRun run : List.of(named, walked)) {
      assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
      assertThat(run.out().lines()).isNotEmpty().allSatisfy(l -> assertThat(l).startsWith(dir.toString()));
      assertThat(run.out()).contains("a.yaml\\u000AOther.java:1:1:");
    }
    CommandRun missing = CommandRun.run("render", dir.resolve("gone\u001B[2J\nfake.yaml").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertNoRawControls(missing.err());
    assertThat(missing.err().lines()).hasSize(1);
  }
}
