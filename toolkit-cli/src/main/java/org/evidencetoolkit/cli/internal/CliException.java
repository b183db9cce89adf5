package org.evidencetoolkit.cli.internal;

/**
 * A failure the user can act on, with the exit code it ends in. Its message is printed as is, with
 * no stack trace (unless {@code --verbose}).
 */
public final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  /** A failure that ends in {@code exitCode}. */
  public CliException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  /** A failure that ends in {@code exitCode}, caused by {@code cause}. */
  public CliException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  /** A usage or I/O error: exit code 2. */
  public static CliException usage(String message) {
    return new CliException(ExitCodes.USAGE_OR_IO, message);
  }

  /** The exit code. */
  public int exitCode() {
    return exitCode;
  }
}
