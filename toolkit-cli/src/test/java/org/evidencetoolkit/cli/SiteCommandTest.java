package org.evidencetoolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code toolkit site}. */
class SiteCommandTest {
  @TempDir Path dir;

  @Test
  void writesTheSampleSiteToAFolder() throws IOException {
    Path out = dir.resolve("public");
    CommandRun run = CommandRun.run("site", "--out", out.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(out.resolve("index.html")).isRegularFile();
    assertThat(out.resolve("compare.html")).isRegularFile();
    assertThat(out.resolve("site.css")).isRegularFile();
    assertThat(out.resolve("site.js")).isRegularFile();
    assertThat(out.resolve("interventions/trauma-informed-training.html")).isRegularFile();
    try (Stream<Path> pages = Files.list(out.resolve("interventions"))) {
      assertThat(pages.count()).isEqualTo(16);
    }
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("wrote 20 files").doesNotContain("\r");
  }

  @Test
  void buildsFromAToolkitFileAndComparesTheChosenOnes() throws IOException {
    Path toolkit = Documents.write(dir, "toolkit.yaml", Documents.TOOLKIT_YAML);
    Path out = dir.resolve("public");
    CommandRun run = CommandRun.run("site", toolkit.toString(), "--out", out.toString(),
        "--compare", "youth-club-nights");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(Files.readString(out.resolve("compare.html"))).contains("Youth club nights");
    assertThat(out.resolve("interventions/homework-club.html")).isRegularFile();
  }

  @Test
  void showsProgressOnlyForBigSitesOnATerminal() {
    StringBuilder yaml = new StringBuilder("title: Big toolkit\ninterventions:\n");
    for (int n = 0; n < 120; n++) {
      yaml.append("  - { id: approach-").append(n).append(", title: Approach ").append(n)
          .append(", impact: { band: low } }\n");
    }
    Path toolkit = Documents.write(dir, "big.yaml", yaml.toString());
    CommandRun onTerminal = CommandRun.onTerminal(Map.of(), "site", toolkit.toString(),
        "--out", dir.resolve("a").toString());
    assertThat(onTerminal.exitCode()).as(onTerminal.toString()).isZero();
    assertThat(onTerminal.err()).contains("\rwritten 124/124 files (100%)");
    CommandRun piped = CommandRun.run("site", toolkit.toString(), "--out", dir.resolve("b").toString());
    assertThat(piped.err()).doesNotContain("\r");
    CommandRun small = CommandRun.onTerminal(Map.of(), "site", "--out", dir.resolve("c").toString());
    assertThat(small.err()).doesNotContain("\r");
  }

  @Test
  void outIsRequiredAndMustBeAFolder() throws IOException {
    assertThat(CommandRun.run("site").exitCode()).isEqualTo(2);
    Path file = Files.writeString(dir.resolve("file.txt"), "x");
    CommandRun run = CommandRun.run("site", "--out", file.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--out names a file");
  }

  @Test
  void anUnknownComparisonIdIsAUsageError() {
    CommandRun run = CommandRun.run("site", "--out", dir.resolve("x").toString(), "--compare", "nope");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("'nope'");
    assertThat(dir.resolve("x")).doesNotExist();
  }

  @Test
  void idsThatCannotBeFileNamesStopTheBuild() {
    Path toolkit = Documents.write(dir, "bad.yaml",
        "title: Bad\ninterventions:\n  - { id: \"../escape\", title: Escape, impact: { band: low } }\n");
    CommandRun run = CommandRun.run("site", toolkit.toString(), "--out", dir.resolve("x").toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.err()).contains("'../escape'");
    assertThat(dir.resolve("escape.html")).doesNotExist();
    assertThat(dir.resolve("x")).doesNotExist();
  }
}
