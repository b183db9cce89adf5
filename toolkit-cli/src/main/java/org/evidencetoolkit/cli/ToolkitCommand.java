package org.evidencetoolkit.cli;

import org.evidencetoolkit.cli.internal.Cli;
import org.evidencetoolkit.cli.internal.Terminal;

/**
 * The {@code toolkit} command: {@code render}, {@code validate}, {@code convert}, {@code list},
 * {@code site} and {@code schema}. Run it as {@code java -jar toolkit.jar <command>}; with no path,
 * every command works on the {@linkplain SampleToolkit bundled sample}.
 *
 * <p>Exit codes: 0 success; 1 the content has errors ({@code validate}), or a document could not
 * be read; 2 a usage error (unknown option, bad value) or an I/O error (missing or unreadable
 * file).
 */
public final class ToolkitCommand {
  private ToolkitCommand() {}

  /** Runs the command and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * Runs the command on the process's own streams and returns its exit code, without exiting.
   *
   * @param args the command line, e.g. {@code "list", "--sort", "impact"}
   * @return 0, 1 or 2
   */
  public static int run(String... args) {
    return Cli.run(Terminal.system(), args);
  }
}
