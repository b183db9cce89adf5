package org.evidencetoolkit.cli.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code toolkit} command itself: global options, and the list of subcommands. The
 * subcommands are not in the {@code @Command} annotation but in {@link #SUBCOMMANDS}, so that a
 * command line builds only the one it runs (see {@link #subcommandsFor}).
 */
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
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:Success.",
      "1:The content has errors (validate), or a document could not be read; for diff, changes.",
      "2:Usage error (unknown option, bad value) or I/O error (missing or unreadable file)."
    })
public final class RootCommand implements Callable<Integer> {
  /**
   * Every subcommand by its name (the name its {@code @Command} gives), in the order of the usage
   * help.
   */
  static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

  private static Map<String, Supplier<Object>> subcommands() {
    Map<String, Supplier<Object>> all = new LinkedHashMap<>();
    all.put("render", RenderCommand::new);
    all.put("validate", ValidateCommand::new);
    all.put("convert", ConvertCommand::new);
    all.put("list", ListCommand::new);
    all.put("site", SiteCommand::new);
    all.put("schema", SchemaCommand::new);
    all.put("diff", DiffCommand::new);
    all.put("help", CommandLine.HelpCommand::new);
    return Collections.unmodifiableMap(all);
  }

  /**
   * The subcommands to build for a command line. picocli builds each subcommand's model by
   * reflection, on classes that the launcher's class-data-sharing archive cannot hold (picocli's
   * are Java 5 class files), so building all eight for every run costs start-up time that a run
   * of one never uses. A command line whose first argument after the global options {@code
   * --verbose} and {@code --color WHEN} is a subcommand's name gets that subcommand alone; picocli
   * then parses it exactly as it would with all of them, since it could take no other argument
   * as the subcommand. Every other command line gets them all, so picocli sees what it always
   * saw: {@code help}, usage, {@code --help}, {@code --version}, and a misspelt name that gets
   * suggestions.
   */
  static List<Object> subcommandsFor(String... args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--color")) {
        i++; // its value, even one that is a subcommand's name: picocli refuses it as a colour
      } else if (!arg.equals("--verbose") && !arg.startsWith("--color=")) {
        Supplier<Object> named = SUBCOMMANDS.get(arg);
        if (named != null && !arg.equals("help")) {
          return List.of(named.get());
        }
        break;
      }
    }
    List<Object> all = new ArrayList<>();
    SUBCOMMANDS.values().forEach(s -> all.add(s.get()));
    return all;
  }

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
