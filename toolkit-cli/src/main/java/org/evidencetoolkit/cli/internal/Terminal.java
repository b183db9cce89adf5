package org.evidencetoolkit.cli.internal;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the command writes and what it knows of its surroundings: the two output streams, whether
 * each is a terminal, and the environment variables. Tests build one over byte buffers; {@link
 * #system()} is the real one.
 *
 * <p>Output is always UTF-8, whatever the platform's default charset, so that a page written to a
 * file or a pipe is the same everywhere.
 *
 * @param out standard output
 * @param err standard error
 * @param outIsTerminal whether standard output is a terminal
 * @param errIsTerminal whether standard error is a terminal
 * @param environment the environment variables
 * @param in standard input, read when a command is given {@code -} for a path
 */
public record Terminal(
    PrintWriter out,
    PrintWriter err,
    boolean outIsTerminal,
    boolean errIsTerminal,
    Map<String, String> environment,
    InputStream in) {

  /** Copies the environment. */
  public Terminal {
    environment = Map.copyOf(environment);
  }

  /** A terminal with nothing on standard input. */
  public Terminal(
      PrintWriter out,
      PrintWriter err,
      boolean outIsTerminal,
      boolean errIsTerminal,
      Map<String, String> environment) {
    this(out, err, outIsTerminal, errIsTerminal, environment, InputStream.nullInputStream());
  }

  /** The process's own streams and environment. */
  public static Terminal system() {
    PrintWriter out = utf8(new FileOutputStream(FileDescriptor.out), false);
    PrintWriter err = utf8(new FileOutputStream(FileDescriptor.err), true);
    return new Terminal(
        out, err, isTerminal(1).orElse(false), isTerminal(2).orElse(false), System.getenv(),
        System.in);
  }

  private static PrintWriter utf8(FileOutputStream stream, boolean autoFlush) {
    return new PrintWriter(
        new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8)), autoFlush);
  }

  /**
   * Whether a file descriptor is a terminal, where the platform can tell. Java 17 has no direct
   * test ({@code System.console()} only says that both standard input and output are terminals,
   * and from Java 22 is never null), so on Linux this looks at what {@code /proc/self/fd/N} points
   * to; elsewhere the stream is taken not to be a terminal, which costs only colour and progress.
   */
  private static Optional<Boolean> isTerminal(int fd) {
    Path link = Path.of("/proc/self/fd/" + fd);
    try {
      if (!Files.isSymbolicLink(link)) {
        return Optional.empty();
      }
      String target = Files.readSymbolicLink(link).toString();
      return Optional.of(target.startsWith("/dev/pts/") || target.startsWith("/dev/tty"));
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return Optional.empty();
    }
  }

  /** Whether the user asked for no colour (the NO_COLOR convention: set and not empty). */
  public boolean noColorRequested() {
    String value = environment.get("NO_COLOR");
    return value != null && !value.isEmpty();
  }

  /**
   * Whether to colour standard output: never when NO_COLOR is set; otherwise as chosen, where
   * {@code AUTO} means only when standard output is a terminal.
   */
  public boolean colourOut(ColourChoice choice) {
    if (noColorRequested()) {
      return false;
    }
    return switch (choice) {
      case ALWAYS -> true;
      case NEVER -> false;
      case AUTO -> outIsTerminal;
    };
  }

  /** As {@link #colourOut} for standard error. */
  public boolean colourErr(ColourChoice choice) {
    if (noColorRequested()) {
      return false;
    }
    return switch (choice) {
      case ALWAYS -> true;
      case NEVER -> false;
      case AUTO -> errIsTerminal;
    };
  }

  /** The {@code --color} option's values. */
  public enum ColourChoice {
    /** Colour when the stream is a terminal and NO_COLOR is not set. */
    AUTO,
    /** Colour unless NO_COLOR is set. */
    ALWAYS,
    /** No colour. */
    NEVER
  }
}
