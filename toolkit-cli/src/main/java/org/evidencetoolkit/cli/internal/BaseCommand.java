package org.evidencetoolkit.cli.internal;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.evidencetoolkit.io.ToolkitReader;
import org.evidencetoolkit.render.TerminalText;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every subcommand shares: its streams, the terminal, and the global options. */
abstract class BaseCommand implements Callable<Integer> {
  @SuppressWarnings("NullAway.Init") // picocli injects it before call()
  @Spec
  CommandSpec spec;

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

  static String commandName(CommandLine commandLine) {
    return commandLine.getCommandSpec().qualifiedName();
  }
}
