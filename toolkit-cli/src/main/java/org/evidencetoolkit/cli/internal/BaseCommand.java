package org.evidencetoolkit.cli.internal;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.evidencetoolkit.io.ToolkitReader;
import org.evidencetoolkit.render.TerminalText;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * What every subcommand shares: its model, its streams, the terminal, and the global options.
 *
 * <p>Each command builds its picocli model in code ({@link CommandSpec#wrapWithoutInspection}, the
 * builders of {@link OptionSpec} and {@code PositionalParamSpec}) rather than through annotations,
 * and reads each value back from its argument's spec. picocli would otherwise build the model by
 * reflection on every start: annotation proxies, generic field types and field bindings, about a
 * third of a {@code toolkit validate FILE} run, none of which class-data sharing can keep (see the
 * module README, "The launcher").
 */
abstract class BaseCommand implements Callable<Integer> {
  /** This command's model: its name, help text and arguments; picocli runs {@link #call}. */
  final CommandSpec spec;

  /**
   * A command with this name and description; the subclass adds its arguments, in the order of its
   * help.
   */
  BaseCommand(String name, String... description) {
    spec = CommandSpec.wrapWithoutInspection(this).name(name);
    spec.usageMessage().sortOptions(false).description(description);
  }

  /** Standard output. */
  final PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /** Standard error. */
  final PrintWriter err() {
    return spec.commandLine().getErr();
  }

  final RootCommand root() {
    return RootCommand.of(spec.commandLine());
  }

  final Terminal terminal() {
    return root().terminal();
  }

  final Inputs inputs() {
    return new Inputs(ToolkitReader.defaults(), terminal().in());
  }

  /**
   * A message on standard error, prefixed with the command's name. Whatever the message quotes
   * (file names, ids) is {@linkplain TerminalText#escape escaped}, so it prints as one line and
   * cannot drive the terminal.
   */
  final void note(String message) {
    err().println(spec.qualifiedName() + ": " + TerminalText.escape(message));
  }

  /** Adds an option to this command, after those added before it (the order of its help). */
  final OptionSpec add(OptionSpec option) {
    spec.addOption(option);
    return option;
  }

  /** Adds a positional parameter to this command. */
  final PositionalParamSpec add(PositionalParamSpec parameter) {
    spec.addPositional(parameter);
    return parameter;
  }

  /** A flag: an option without a value, false unless given. */
  static OptionSpec flag(String name, String... description) {
    return OptionSpec.builder(name).type(boolean.class).description(description).build();
  }

  /**
   * An option that takes a list of words, repeated or comma-separated ({@code --skip a,b --skip
   * c}).
   */
  static OptionSpec wordList(String name, String paramLabel, String... description) {
    return OptionSpec.builder(name)
        .paramLabel(paramLabel)
        .type(List.class)
        .auxiliaryTypes(String.class)
        .splitRegex(",")
        .description(description)
        .build();
  }

  /** Whether a {@link #flag} was given. */
  static boolean isSet(OptionSpec flag) {
    return Boolean.TRUE.equals(flag.getValue());
  }

  /** The value an argument was given, or (without a default) nothing. */
  static <T> Optional<T> valueOf(ArgSpec arg) {
    return Optional.ofNullable(arg.getValue());
  }

  /** The values a multi-valued argument was given, in order; empty if none. */
  static <T> List<T> valuesOf(ArgSpec arg) {
    List<T> values = arg.getValue();
    return values == null ? List.of() : List.copyOf(values);
  }
}
