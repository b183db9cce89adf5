package org.evidencetoolkit.cli.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;

/**
 * The {@code toolkit} command itself: global options, and the list of subcommands. Like every
 * command here it builds its picocli model in code, not by reflection (see {@link BaseCommand}),
 * and the subcommands are built only as a command line needs them (see {@link #subcommandsFor}).
 */
public final class RootCommand implements Callable<Integer> {
  /**
   * Every subcommand by its name, in the order of the usage help: each supplier builds the
   * subcommand's model, with the standard help options last, as picocli's own would come.
   */
  static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

  private static Map<String, Supplier<Object>> subcommands() {
    Map<String, Supplier<Object>> all = new LinkedHashMap<>();
    all.put("render", () -> withStandardHelp(new RenderCommand()));
    all.put("validate", () -> withStandardHelp(new ValidateCommand()));
    all.put("convert", () -> withStandardHelp(new ConvertCommand()));
    all.put("list", () -> withStandardHelp(new ListCommand()));
    all.put("site", () -> withStandardHelp(new SiteCommand()));
    all.put("schema", () -> withStandardHelp(new SchemaCommand()));
    all.put("diff", () -> withStandardHelp(new DiffCommand()));
    // picocli's own help command, built from its annotations: only usage and help build it.
    all.put("help", CommandLine.HelpCommand::new);
    return Collections.unmodifiableMap(all);
  }

  private static CommandSpec withStandardHelp(BaseCommand command) {
    return command.spec.addOption(help()).addOption(version());
  }

  /**
   * The subcommands to build for a command line. Each costs start-up time (its model, its
   * converters, its classes), which a run of one never uses for the others. A command line whose
   * first argument after the global options {@code --verbose} and {@code --color WHEN} is a
   * subcommand's name gets that subcommand alone; picocli then parses it exactly as it would with
   * all of them, since it could take no other argument as the subcommand. Every other command line
   * gets them all, so picocli sees what it always saw: {@code help}, usage, {@code --help}, {@code
   * --version}, and a misspelt name that gets suggestions.
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

  /** {@code -h, --help}, with the words of picocli's standard help options. */
  private static OptionSpec help() {
    return OptionSpec.builder("-h", "--help")
        .usageHelp(true)
        .description("Show this help message and exit.")
        .build();
  }

  /** {@code -V, --version}, with the words of picocli's standard help options. */
  private static OptionSpec version() {
    return OptionSpec.builder("-V", "--version")
        .versionHelp(true)
        .description("Print version information and exit.")
        .build();
  }

  private final Terminal terminal;

  /** The command's model: options, help and version; picocli runs {@link #call}. */
  final CommandSpec spec;

  private final OptionSpec verbose = OptionSpec.builder("--verbose")
      .scopeType(ScopeType.INHERIT)
      .type(boolean.class)
      .description("Show the stack trace of an unexpected failure.")
      .build();

  private final OptionSpec colour = OptionSpec.builder("--color")
      .scopeType(ScopeType.INHERIT)
      .paramLabel("WHEN")
      .type(Terminal.ColourChoice.class)
      .defaultValue("auto")
      .description(
          "auto, always or never (default: ${DEFAULT-VALUE}). auto colours only a terminal;",
          "NO_COLOR in the environment turns colour off whatever this says.")
      .build();

  RootCommand(Terminal terminal) {
    this.terminal = terminal;
    spec = CommandSpec.wrapWithoutInspection(this)
        .name("toolkit")
        .scopeType(ScopeType.INHERIT)
        .versionProvider(new VersionProvider())
        .addOption(verbose)
        .addOption(colour)
        .addOption(help())
        .addOption(version());
    Map<String, String> exitCodes = new LinkedHashMap<>();
    exitCodes.put("0", "Success.");
    exitCodes.put(
        "1", "The content has errors (validate), or a document could not be read; for diff, changes.");
    exitCodes.put(
        "2", "Usage error (unknown option, bad value) or I/O error (missing or unreadable file).");
    spec.usageMessage()
        .sortOptions(false)
        .description(
            "Render, check, convert, query and publish evidence toolkits.",
            "With no PATH, commands use the bundled sample toolkit.")
        .exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(exitCodes);
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
    return BaseCommand.isSet(verbose);
  }

  boolean colourOut() {
    return terminal.colourOut(colour.getValue());
  }

  boolean colourErr() {
    return terminal.colourErr(colour.getValue());
  }
}
