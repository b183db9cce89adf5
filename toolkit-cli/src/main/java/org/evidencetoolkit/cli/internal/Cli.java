package org.evidencetoolkit.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.List;
import java.util.Optional;
import org.evidencetoolkit.io.Problem;
import org.evidencetoolkit.io.ToolkitFormatException;
import org.evidencetoolkit.model.Suggestions;
import org.evidencetoolkit.render.TerminalText;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Runs the {@code toolkit} command: parses the arguments with picocli, runs the subcommand, and
 * turns every failure into a message and an exit code (0, 1 or 2), never a stack trace unless
 * {@code --verbose} asks for one. Every message is {@linkplain TerminalText#escape escaped}: what it
 * quotes (ids, file names, values) can neither drive the terminal nor start a line of its own.
 */
public final class Cli {
  private Cli() {}

  /** Runs the command with these arguments and returns its exit code; flushes both streams. */
  public static int run(Terminal terminal, String... args) {
    RootCommand root = new RootCommand(terminal);
    CommandLine commandLine = new CommandLine(root.spec);
    // Added before the settings below, which picocli applies to the subcommands it has by then.
    RootCommand.subcommandsFor(args).forEach(commandLine::addSubcommand);
    commandLine
        .setOut(terminal.out())
        .setErr(terminal.err())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setUsageHelpAutoWidth(false)
        .setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF))
        .setParameterExceptionHandler(Cli::handleUsageError)
        .setExecutionExceptionHandler(Cli::handleFailure);
    // Help is coloured on the same terms as everything else: a terminal, and no NO_COLOR.
    boolean colour = terminal.colourOut(Terminal.ColourChoice.AUTO);
    commandLine.setColorScheme(
        Help.defaultColorScheme(colour ? Help.Ansi.ON : Help.Ansi.OFF));
    try {
      return commandLine.execute(args);
    } finally {
      terminal.out().flush();
      terminal.err().flush();
    }
  }

  private static int handleUsageError(ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    PrintWriter err = commandLine.getErr();
    err.println(prefix(commandLine) + TerminalText.escape(String.valueOf(e.getMessage())));
    if (e instanceof UnmatchedArgumentException unmatched) {
      suggestion(commandLine, unmatched.getUnmatched())
          .ifPresent(s -> err.println("Did you mean \"" + TerminalText.escape(s) + "\"?"));
    }
    err.println(
        "Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
    return ExitCodes.USAGE_OR_IO;
  }

  private static int handleFailure(Exception e, CommandLine commandLine, ParseResult parsed) {
    PrintWriter err = commandLine.getErr();
    RootCommand root = RootCommand.of(commandLine);
    String prefix = prefix(commandLine);
    int exitCode;
    if (e instanceof CliException failure) {
      err.println(prefix + TerminalText.escape(String.valueOf(failure.getMessage())));
      exitCode = failure.exitCode();
    } else if (e instanceof ToolkitFormatException format) {
      for (Diagnostic d : Diagnostics.of(format)) {
        err.println(d.format(root.colourErr()));
      }
      err.println(prefix + Diagnostics.count(format.problems().size(), "problem")
          + " reading the document; nothing was written");
      // An entry of a toolkit folder that could not be read at all is an I/O matter, not content.
      exitCode = format.problems().stream().anyMatch(p -> p.kind() == Problem.Kind.NOT_READ)
          ? ExitCodes.USAGE_OR_IO
          : ExitCodes.CONTENT;
    } else if (e instanceof IOException io) {
      err.println(prefix + TerminalText.escape(describe(io)));
      exitCode = ExitCodes.USAGE_OR_IO;
    } else if (e instanceof UncheckedIOException io) {
      IOException cause = io.getCause();
      err.println(prefix + TerminalText.escape(
          cause == null ? String.valueOf(io.getMessage()) : describe(cause)));
      exitCode = ExitCodes.USAGE_OR_IO;
    } else {
      err.println(prefix + TerminalText.escape("internal error: " + e)
          + (root.verbose() ? "" : " (run with --verbose for the stack trace)"));
      exitCode = ExitCodes.USAGE_OR_IO;
    }
    if (root.verbose()) {
      e.printStackTrace(err);
    }
    return exitCode;
  }

  /** An I/O failure as a person would say it, naming the file. */
  public static String describe(IOException e) {
    if (e instanceof NoSuchFileException missing) {
      return "no such file or folder: " + missing.getFile();
    }
    if (e instanceof AccessDeniedException denied) {
      return "permission denied: " + denied.getFile();
    }
    if (e instanceof NotDirectoryException notFolder) {
      return "not a folder: " + notFolder.getFile();
    }
    if (e instanceof FileSystemException fs) {
      String reason = fs.getReason();
      return "cannot use " + fs.getFile() + (reason == null ? "" : ": " + reason);
    }
    String message = e.getMessage();
    return "I/O error: " + (message == null ? e.getClass().getSimpleName() : message);
  }

  /**
   * The subcommand or option the first unknown argument probably meant, by the toolkit's one
   * matcher ({@link Suggestions#closest}): an argument that starts with {@code -} (its value after
   * {@code =} set aside) is compared with the command's option names, any other with its
   * subcommands' names.
   */
  static Optional<String> suggestion(CommandLine commandLine, List<String> unmatched) {
    if (unmatched.isEmpty()) {
      return Optional.empty();
    }
    String wrong = unmatched.get(0);
    if (wrong.startsWith("-")) {
      int equals = wrong.indexOf('=');
      String name = equals < 0 ? wrong : wrong.substring(0, equals);
      return Suggestions.closest(name, commandLine.getCommandSpec().optionsMap().keySet());
    }
    return Suggestions.closest(wrong, commandLine.getSubcommands().keySet());
  }

  private static String prefix(CommandLine commandLine) {
    return commandLine.getCommandSpec().qualifiedName() + ": ";
  }
}
