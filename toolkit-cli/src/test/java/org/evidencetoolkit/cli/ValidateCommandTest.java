package org.evidencetoolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code toolkit validate}: diagnostics, exit codes, files and folders. */
class ValidateCommandTest {
  /** {@code file:line:col: severity: [rule-id] message (pointer)}. */
  static final Pattern DIAGNOSTIC =
      Pattern.compile("^(.+):(\\d+):(\\d+): (error|warning): \\[([a-z0-9.-]+)\\] (.+) \\((.*)\\)$");

  @TempDir Path dir;

  @Test
  void aValidDocumentExitsZeroAndPrintsNothing() {
    Path file = Documents.write(dir, "homework-club.yaml", Documents.VALID_YAML);
    CommandRun run = CommandRun.run("validate", file.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("no errors, no warnings in 1 document");
  }

  @Test
  void formatProblemsArePrintedOnePerLineWithTheirPlace() {
    Path file = Documents.write(dir, "boxing-club.yaml", Documents.UNREADABLE_YAML);
    CommandRun run = CommandRun.run("validate", file.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSizeGreaterThanOrEqualTo(2).allMatch(l -> DIAGNOSTIC.matcher(l).matches());
    assertThat(lines)
        .anySatisfy(l -> assertThat(l).startsWith(file + ":3:").contains("(/impact/band)"))
        .anySatisfy(l -> assertThat(l).startsWith(file + ":4:").contains("colour"));
  }

  @Test
  void contentRuleViolationsPointAtTheirLine() {
    Path file = Documents.write(dir, "late-night-gym.yaml", Documents.BREAKS_RULES_YAML);
    CommandRun run = CommandRun.run("validate", file.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    List<String> lines = run.out().lines().toList();
    assertThat(lines).allMatch(l -> DIAGNOSTIC.matcher(l).matches());
    assertThat(lines)
        .anySatisfy(l -> assertThat(l).startsWith(file + ":1:").contains("error: [id.format]").endsWith("(/id)"))
        .anySatisfy(l -> assertThat(l).contains("error: [prevention.present]"))
        .anySatisfy(l -> assertThat(l).contains("error: [setting.present]"));
  }

  @Test
  void strictTurnsWarningsIntoFailure() {
    String longTitle = "A title that goes on " + "and on ".repeat(14) + "past a hundred characters";
    Path file = Documents.write(dir, "long.yaml",
        Documents.VALID_YAML.replace("title: Homework club", "title: " + longTitle));
    CommandRun lenient = CommandRun.run("validate", file.toString());
    assertThat(lenient.exitCode()).as(lenient.toString()).isZero();
    assertThat(lenient.out()).contains("warning: [text.length]").contains("(/title)");
    CommandRun strict = CommandRun.run("validate", "--strict", file.toString());
    assertThat(strict.exitCode()).isEqualTo(1);
  }

  @Test
  void reportsEveryProblemAcrossFilesAndFolders() {
    Path bad = Documents.write(dir, "content/a/boxing-club.yaml", Documents.UNREADABLE_YAML);
    Path rules = Documents.write(dir, "content/b/late-night-gym.yml", Documents.BREAKS_RULES_YAML);
    Documents.write(dir, "content/b/street-football.json", Documents.VALID_JSON);
    Documents.write(dir, "content/notes.txt", "not a document");
    Path good = Documents.write(dir, "homework-club.yaml", Documents.VALID_YAML);
    CommandRun run = CommandRun.run("validate", dir.resolve("content").toString(), good.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.out().lines())
        .anySatisfy(l -> assertThat(l).startsWith(bad.toString()))
        .anySatisfy(l -> assertThat(l).startsWith(rules.toString()))
        .noneSatisfy(l -> assertThat(l).contains("street-football").contains("notes.txt"));
    assertThat(run.err()).contains("in 4 documents");
  }

  @Test
  void aToolkitFolderIsCheckedAsOneToolkitWithPlacesInItsFiles() {
    Documents.write(dir, "kit/toolkit.yaml", "title: Folder toolkit\n");
    Documents.write(dir, "kit/interventions/homework-club.yaml", Documents.VALID_YAML);
    Path broken = Documents.write(dir, "kit/interventions/street-football.json",
        Documents.VALID_JSON.replace("\"settings\": [\"community\"]", "\"settings\": [\"moon-base\"]"));
    CommandRun run = CommandRun.run("validate", dir.resolve("kit").toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.out().lines())
        .singleElement()
        .satisfies(l -> assertThat(l).contains("street-football.json:9:").contains("[setting.known]"));
    assertThat(broken).exists();
  }

  @Test
  void severitiesAreColouredOnATerminalOnly() {
    Path file = Documents.write(dir, "boxing-club.yaml", Documents.UNREADABLE_YAML);
    assertThat(CommandRun.onTerminal(java.util.Map.of(), "validate", file.toString()).out())
        .contains("\u001B[1;31merror\u001B[0m");
    assertThat(CommandRun.onTerminal(java.util.Map.of("NO_COLOR", "1"), "validate", file.toString()).out())
        .doesNotContain("\u001B[");
    assertThat(CommandRun.run("validate", file.toString()).out()).doesNotContain("\u001B[");
  }

  @Test
  void theBundledSampleHasNoErrors() {
    CommandRun run = CommandRun.run("validate");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).doesNotContain(": error: ");
    assertThat(run.err()).contains("no errors").contains("bundled sample");
  }

  @Test
  void rulesCanBeSkippedOrDowngradedButMustExist() {
    Path file = Documents.write(dir, "late-night-gym.yaml", Documents.BREAKS_RULES_YAML);
    CommandRun skipped = CommandRun.run("validate", file.toString(),
        "--skip", "id.format", "--warn", "prevention.present,setting.present");
    assertThat(skipped.out()).doesNotContain("[id.format]").doesNotContain("error: [prevention.present]")
        .contains("warning: [prevention.present]");
    assertThat(skipped.exitCode()).as(skipped.toString()).isZero();

    CommandRun unknown = CommandRun.run("validate", file.toString(), "--skip", "id.formatt");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown rule id id.formatt").contains("id.format,");
  }

  @Test
  void aMissingPathIsAnIoErrorButTheOthersAreStillChecked() {
    Path bad = Documents.write(dir, "boxing-club.yaml", Documents.UNREADABLE_YAML);
    Path missing = dir.resolve("missing.yaml");
    CommandRun run = CommandRun.run("validate", missing.toString(), bad.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no such file or folder: " + missing).doesNotContain("\tat ");
    assertThat(run.out()).contains(bad.toString());
  }

  /**
   * The tests run as root, for whom file permissions do not stop reading, so a folder that cannot
   * be opened is made the way that stops root too: a symbolic link that points at itself. The
   * failure takes the same path through the command as a permission error.
   */
  @Test
  void aFolderThatCannotBeOpenedIsAnIoError() throws IOException {
    Path loop = dir.resolve("content");
    Files.createSymbolicLink(loop, loop);
    CommandRun run = CommandRun.run("validate", loop.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains(loop.toString()).doesNotContain("\tat ");
  }

  @Test
  void aFolderWithoutPermissionIsAnIoErrorWhenPermissionsApply() throws IOException {
    Path locked = Files.createDirectory(dir.resolve("locked"));
    Documents.write(locked, "homework-club.yaml", Documents.VALID_YAML);
    Files.setPosixFilePermissions(locked, java.util.Set.of());
    try {
      CommandRun run = CommandRun.run("validate", locked.toString());
      if (Files.isReadable(locked)) {
        // Root reads it anyway: then it is checked like any folder.
        assertThat(run.exitCode()).as(run.toString()).isZero();
      } else {
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("permission denied: " + locked);
      }
    } finally {
      Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
    }
  }
}
