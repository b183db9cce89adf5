package org.evidencetoolkit.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Which subcommands a command line builds ({@link RootCommand#subcommandsFor}): the one it names
 * after the global options, else all of them, so that picocli parses every command line as it
 * would with all eight.
 */
class SubcommandsForTest {
  private static List<String> names(String... args) {
    return RootCommand.subcommandsFor(args).stream()
        .map(c -> new CommandLine(c).getCommandName())
        .toList();
  }

  private static final List<String> ALL =
      List.of("render", "validate", "convert", "list", "site", "schema", "diff", "help");

  @Test
  void eachNameIsTheNameItsCommandAnnotationGives() {
    RootCommand.SUBCOMMANDS.forEach((name, command) ->
        assertThat(new CommandLine(command.get()).getCommandName()).isEqualTo(name));
    assertThat(names()).isEqualTo(ALL);
  }

  @Test
  void aNamedSubcommandAfterTheGlobalOptionsIsBuiltAlone() {
    assertThat(names("validate", "content/")).containsExactly("validate");
    assertThat(names("--verbose", "--color", "never", "list", "--sort", "impact"))
        .containsExactly("list");
    assertThat(names("--color=always", "render", "validate")).containsExactly("render");
    // --color takes "validate" as its value (and refuses it); "render" is the subcommand.
    assertThat(names("--color", "validate", "render")).containsExactly("render");
  }

  @Test
  void everyOtherCommandLineBuildsThemAll() {
    assertThat(names("help", "validate")).isEqualTo(ALL);
    assertThat(names("--help", "validate")).isEqualTo(ALL);
    assertThat(names("--version")).isEqualTo(ALL);
    assertThat(names("valdate")).isEqualTo(ALL);
    assertThat(names("--", "validate")).isEqualTo(ALL);
    assertThat(names("--verbose")).isEqualTo(ALL);
  }

  private record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Terminal terminal = new Terminal(
        new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)),
        new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8)),
        false, false, Map.of());
    int code = Cli.run(terminal, args);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void helpStillListsEverySubcommand() {
    for (List<String> args : List.of(List.of("--help"), List.of("help"), List.of("--help", "list"))) {
      Run run = run(args.toArray(String[]::new));
      assertThat(run.exitCode()).as("%s", args).isZero();
      for (String name : ALL) {
        assertThat(run.out()).as("%s", args).containsPattern("(?m)^ +" + name + " ");
      }
    }
    Run oneHelp = run("help", "validate");
    assertThat(oneHelp.exitCode()).isZero();
    assertThat(oneHelp.out()).contains("Usage: toolkit validate");
  }

  @Test
  void aSubcommandNameGivenAsTheColourIsRefusedAsAColour() {
    Run run = run("--color", "validate", "render");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE_OR_IO);
    assertThat(run.err()).contains("--color").contains("validate");
  }
}
