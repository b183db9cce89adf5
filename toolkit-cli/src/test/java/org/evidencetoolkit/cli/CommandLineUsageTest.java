package org.evidencetoolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Help, version, usage errors and colour: what every command shares. */
class CommandLineUsageTest {
  @Test
  void helpListsEveryCommandAndTheExitCodes() {
    CommandRun run = CommandRun.run("--help");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("Usage: toolkit")
        .contains("render", "validate", "convert", "list", "site", "schema")
        .contains("Exit codes:");
    assertThat(run.err()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"render", "validate", "convert", "list", "site", "schema"})
  void everyCommandHasHelp(String command) {
    CommandRun run = CommandRun.run(command, "--help");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("Usage: toolkit " + command).contains("--help");
  }

  @Test
  void everyCommandThatReadsOnePieceOfContentDescribesItsPathAlike() {
    for (String command : new String[] {"render", "convert", "list", "site"}) {
      CommandRun run = CommandRun.run(command, "--help");
      assertThat(run.exitCode()).as(run.toString()).isZero();
      // Help wraps descriptions to the terminal's width; the words are what must be the same.
      assertThat(run.out().replaceAll("\\s+", " "))
          .as(command)
          .contains("[PATH]")
          .contains("An intervention file, a toolkit file or folder, or - for standard input")
          .contains("--profile=FILE");
    }
    for (String command : new String[] {"render", "diff"}) {
      assertThat(CommandRun.run(command, "--help").out().replaceAll("\\s+", " "))
          .as(command)
          .contains("--width=N")
          .contains("Line width of text output, at least 20 (default: 80).");
    }
  }

  @Test
  void versionNamesTheBuild() {
    CommandRun run = CommandRun.run("--version");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("toolkit ").doesNotContain("unknown").doesNotContain("${");
  }

  @Test
  void noCommandIsAUsageError() {
    CommandRun run = CommandRun.run();
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("Usage: toolkit");
  }

  @Test
  void unknownOptionIsAUsageErrorWithAHint() {
    CommandRun run = CommandRun.run("render", "--colour-scheme", "dark");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("Unknown option")
        .contains("--colour-scheme")
        .contains("toolkit render --help");
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void aMistypedCommandOrOptionGetsTheToolkitsOneSuggestion() {
    CommandRun command = CommandRun.run("valdate");
    assertThat(command.exitCode()).isEqualTo(2);
    assertThat(command.err()).contains("Did you mean \"validate\"?");

    CommandRun option = CommandRun.run("render", "--fromat=html");
    assertThat(option.exitCode()).isEqualTo(2);
    assertThat(option.err()).contains("Did you mean \"--format\"?");

    // Too far from every name: no guess, only the pointer to help.
    CommandRun far = CommandRun.run("publish");
    assertThat(far.err()).doesNotContain("Did you mean").contains("toolkit --help");
  }

  @Test
  void unknownCommandIsAUsageError() {
    CommandRun run = CommandRun.run("publish");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("publish");
  }

  @Test
  void aMissingFileNeverShowsAStackTraceUnlessVerbose(@TempDir Path dir) {
    String missing = dir.resolve("missing.yaml").toString();
    CommandRun quiet = CommandRun.run("render", missing);
    assertThat(quiet.exitCode()).isEqualTo(2);
    assertThat(quiet.err()).contains("no such file or folder: " + missing);
    assertThat(quiet.err()).doesNotContain("Exception").doesNotContain("\tat ");

    CommandRun verbose = CommandRun.run("render", missing, "--verbose");
    assertThat(verbose.exitCode()).isEqualTo(2);
    assertThat(verbose.err()).contains("NoSuchFileException").contains("\tat ");
  }

  @Test
  void colourOnlyOnATerminalAndNeverWithNoColor() {
    String escape = "\u001B[";
    assertThat(CommandRun.run("list").out()).doesNotContain(escape);
    assertThat(CommandRun.onTerminal(Map.of(), "list").out()).contains(escape);
    assertThat(CommandRun.onTerminal(Map.of("NO_COLOR", "1"), "list").out()).doesNotContain(escape);
    assertThat(CommandRun.onTerminal(Map.of("NO_COLOR", "1"), "list", "--color", "always").out())
        .doesNotContain(escape);
    // NO_COLOR set but empty does not count, as the convention says.
    assertThat(CommandRun.onTerminal(Map.of("NO_COLOR", ""), "list").out()).contains(escape);
    assertThat(CommandRun.onTerminal(Map.of(), "list", "--color", "never").out())
        .doesNotContain(escape);
    assertThat(CommandRun.run("list", "--color=always").out()).contains(escape);
  }

  @Test
  void globalOptionsWorkBeforeTheCommandToo() {
    CommandRun run = CommandRun.run("--color=always", "list");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("\u001B[");
  }

  @Test
  void helpIsColouredOnlyOnATerminal() {
    assertThat(CommandRun.run("--help").out()).doesNotContain("\u001B[");
    assertThat(CommandRun.onTerminal(Map.of(), "--help").out()).contains("\u001B[");
    assertThat(CommandRun.onTerminal(Map.of("NO_COLOR", "yes"), "--help").out())
        .doesNotContain("\u001B[");
  }
}
