package org.evidencetoolkit.io.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.evidencetoolkit.io.Problem;
import org.evidencetoolkit.io.ToolkitFormatException;

/**
 * Collects the problems of one read (possibly over several files) up to a maximum; past it,
 * reading stops with a last {@link Problem.Kind#LIMIT} problem saying so.
 */
public final class ProblemCollector {
  private final List<Problem> problems = new ArrayList<>();
  private final int max;

  /** A collector that stops after {@code max} problems. */
  public ProblemCollector(int max) {
    this.max = max;
  }

  /** Thrown when the maximum is reached; caught where reading stops. */
  public static final class Full extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Full() {
      super("too many problems", null, false, false);
    }
  }

  /** Adds a problem at a node position of a source. */
  public void add(Problem.Kind kind, SourceText source, long where, String pointer, String message) {
    SourceText.Position p = source.position(where);
    add(new Problem(kind, source.name(), p.line(), p.column(), pointer, message));
  }

  /** Adds a problem. */
  public void add(Problem problem) {
    if (problems.size() >= max) {
      throw new Full();
    }
    problems.add(problem);
    if (problems.size() == max) {
      problems.add(
          new Problem(
              Problem.Kind.LIMIT,
              problem.source(),
              problem.line(),
              problem.column(),
              problem.pointer(),
              "stopped after " + max + " problems; fix these and read again"));
      throw new Full();
    }
  }

  /** Whether any problem was found. */
  public boolean isEmpty() {
    return problems.isEmpty();
  }

  /** How many problems so far. */
  public int size() {
    return problems.size();
  }

  /** Whether any problem of this kind was found. */
  public boolean has(Problem.Kind kind) {
    return problems.stream().anyMatch(p -> p.kind() == kind);
  }

  /** Throws the problems, sorted by source, line and column, if there are any. */
  public void throwIfAny() {
    if (!problems.isEmpty()) {
      throw exception();
    }
  }

  /** The problems as an exception, sorted by source, line and column. */
  public ToolkitFormatException exception() {
    return new ToolkitFormatException(sorted());
  }

  /**
   * The problems so far (possibly none), sorted by source, line and column; the closing "stopped
   * after" problem stays last.
   */
  public List<Problem> sorted() {
    List<Problem> sorted = new ArrayList<>(problems);
    // The closing "stopped after" problem stays last whatever its position.
    boolean stopped = sorted.size() > max;
    Problem last = stopped ? sorted.remove(sorted.size() - 1) : null;
    sorted.sort(
        Comparator.comparing(Problem::source)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column));
    if (last != null) {
      sorted.add(last);
    }
    return List.copyOf(sorted);
  }
}
