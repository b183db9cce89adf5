package org.evidencetoolkit.cli.internal;

import java.util.List;
import org.evidencetoolkit.io.Problem;
import org.evidencetoolkit.io.ToolkitFormatException;
import org.evidencetoolkit.model.Slugs;
import org.evidencetoolkit.model.rules.Severity;

/** Turns reading problems into diagnostics, and counts things in words. */
public final class Diagnostics {
  private Diagnostics() {}

  /** Every problem of a failed read, as error diagnostics in the order found. */
  public static List<Diagnostic> of(ToolkitFormatException e) {
    return of(e.problems());
  }

  /** Reading problems as error diagnostics, in the order given. */
  public static List<Diagnostic> of(List<Problem> problems) {
    return problems.stream().map(Diagnostics::of).toList();
  }

  /** One reading problem as an error diagnostic with rule id {@code format.<kind>}. */
  public static Diagnostic of(Problem problem) {
    return new Diagnostic(
        problem.source(),
        Math.max(1, problem.line()),
        Math.max(1, problem.column()),
        Severity.ERROR,
        "format." + Slugs.kebab(problem.kind()),
        problem.message(),
        problem.pointer());
  }

  /** "1 error", "3 errors", "no errors". */
  public static String count(int n, String noun) {
    if (n == 0) {
      return "no " + noun + "s";
    }
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
