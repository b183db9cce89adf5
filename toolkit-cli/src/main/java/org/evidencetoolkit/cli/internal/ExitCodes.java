package org.evidencetoolkit.cli.internal;

/** The exit codes of every {@code toolkit} command. */
public final class ExitCodes {
  /** Success: for {@code validate}, no errors (and no warnings with {@code --strict}). */
  public static final int OK = 0;

  /**
   * The content has problems: {@code validate} found errors (or warnings with {@code --strict}),
   * or another command was given a document it could not read.
   */
  public static final int CONTENT = 1;

  /** A usage error (unknown option, bad value) or an I/O error (missing or unreadable file). */
  public static final int USAGE_OR_IO = 2;

  private ExitCodes() {}
}
