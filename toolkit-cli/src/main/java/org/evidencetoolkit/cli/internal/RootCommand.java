package org.evidencetoolkit.cli.internal;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The {@code toolkit} command itself: global options, and the list of subcommands. */
@Command(
    name = "toolkit",
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Render, check, convert, query and publish evidence toolkits.",
      "With no PATH, commands use the bundled sample toolkit."
    },
    subcommands = {
      RenderCommand.class,
      ValidateCommand.class,
      ConvertCommand.class,
      ListCommand.class,
      SiteCommand.class,
      SchemaCommand.class,
      DiffCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:Success.",
      "1:The content has errors (validate), or a document could not be read; for diff, changes.",
      "2:Usage error (unknown option, bad value) or I/O error (missing or unreadable file)."
    })
public final class RootCommand implements Callable<Integer> {
  private final Terminal terminal;

  @SuppressWarnings("NullAway.Init") // picocli injects it before call()
  @Spec
  private CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Show the stack trace of an unexpected failure.")
  private boolean verbose;

  @Option(
      names = "--color",
      scope = ScopeType.INHERIT,
      paramLabel = "WHEN",
      defaultValue = "auto",
      description = {
        "auto, always or never (default: ${DEFAULT-VALUE}). auto colours only a terminal;",
        "NO_COLOR in the environment turns colour off whatever this says."
      })
  private Terminal.ColourChoice colour = Terminal.ColourChoice.AUTO;

  RootCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  /** The root command behind any command line of this tool. */
  static RootCommand of(CommandLine commandLine) {
    CommandLine c = commandLine;
    while (c.getParent() != null) {
      c = c.getParent();
    }
    return (RootCommand) c.getCommand();
  }

  /** With no subcommand there is nothing to do: show how to use it, as a usage error. */
  @Override
  public Integer call() {
    spec.commandLine().usage(terminal.err());
    return ExitCodes.USAGE_OR_IO;
  }

  Terminal terminal() {
    return terminal;
  }

  boolean verbose() {
    return verbose;
  }

  boolean colourOut() {
    return terminal.colourOut(colour);
  }

  boolean colourErr() {
    return terminal.colourErr(colour);
  }
}
