package org.evidencetoolkit.cli.internal;

/** The few ANSI styles the command uses; callers decide whether colour is wanted at all. */
public enum Ansi {
  /** Errors. */
  RED("\u001B[1;31m"),
  /** Warnings. */
  MAGENTA("\u001B[1;35m"),
  /** Table headings. */
  BOLD("\u001B[1m"),
  /** Quiet notes. */
  DIM("\u001B[2m");

  private static final String RESET = "\u001B[0m";

  private final String start;

  Ansi(String start) {
    this.start = start;
  }

  /** The text in this style. */
  public String wrap(String text) {
    return start + text + RESET;
  }
}
