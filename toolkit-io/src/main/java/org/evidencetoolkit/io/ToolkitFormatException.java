package org.evidencetoolkit.io;

import java.util.List;

/**
 * A document could not be read: every {@link Problem} found in one pass, each located by file,
 * line, column and JSON Pointer.
 *
 * <p>Unchecked, like the exceptions of the parsers underneath, because most callers let it reach
 * a place that prints it. {@link #getMessage()} lists the problems one per line as {@code
 * source:line:column: message (pointer)}. Failures to read a file at all (it does not exist, it
 * cannot be opened) are {@link java.io.IOException}s, not this.
 *
 * <pre>{@code
 * try {
 *   reader.readIntervention(path);
 * } catch (ToolkitFormatException e) {
 *   e.problems().forEach(p -> System.err.println(p));
 * }
 * }</pre>
 */
public final class ToolkitFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // an immutable List.copyOf of records; never serialized in practice
  private final List<Problem> problems;

  /**
   * An exception carrying these problems.
   *
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public ToolkitFormatException(List<Problem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, ordered by source, line and column. */
  public List<Problem> problems() {
    return problems;
  }

  private static String describe(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ToolkitFormatException needs at least one problem");
    }
    StringBuilder out = new StringBuilder();
    for (Problem problem : problems) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(problem);
    }
    return out.toString();
  }
}
