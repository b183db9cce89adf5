package org.evidencetoolkit.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import org.evidencetoolkit.cli.internal.Cli;
import org.evidencetoolkit.cli.internal.Terminal;

/**
 * One run of the {@code toolkit} command in this JVM, over captured streams.
 *
 * @param exitCode what it exited with
 * @param out what it wrote to standard output
 * @param err what it wrote to standard error
 */
public record CommandRun(int exitCode, String out, String err) {

  /** Runs the command with output that is not a terminal and an empty environment. */
  public static CommandRun run(String... args) {
    return with(false, Map.of(), args);
  }

  /** Runs the command with {@code stdin} (UTF-8) on standard input. */
  public static CommandRun withInput(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Cli.run(
            new Terminal(
                new PrintWriter(out), new PrintWriter(err), false, false, Map.of(),
                new java.io.ByteArrayInputStream(stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8))),
            args);
    return new CommandRun(code, out.toString(), err.toString());
  }

  /** Runs the command as if both streams were terminals, with these environment variables. */
  public static CommandRun onTerminal(Map<String, String> environment, String... args) {
    return with(true, environment, args);
  }

  private static CommandRun with(boolean terminal, Map<String, String> environment, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Cli.run(
            new Terminal(
                new PrintWriter(out), new PrintWriter(err), terminal, terminal,
                new HashMap<>(environment)),
            args);
    return new CommandRun(code, out.toString(), err.toString());
  }

  /** Both streams, for failure messages. */
  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
  }
}
