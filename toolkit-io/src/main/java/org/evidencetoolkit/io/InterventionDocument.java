package org.evidencetoolkit.io;

import org.evidencetoolkit.io.internal.SourceMap;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.rules.Violation;

/**
 * An intervention read from a document, with a map back to its source so that content-rule
 * violations can be shown at {@code file:line:column} like format problems.
 *
 * <pre>{@code
 * InterventionDocument doc = ToolkitReader.defaults().readInterventionDocument(path);
 * for (Violation v : ContentRules.defaults().validate(doc.intervention()).violations()) {
 *   System.out.println(doc.locate(v) + ": [" + v.ruleId() + "] " + v.message());
 * }
 * }</pre>
 */
public final class InterventionDocument implements Document {
  private final Intervention intervention;
  private final SourceMap map;

  InterventionDocument(Intervention intervention, SourceMap map) {
    this.intervention = intervention;
    this.map = map;
  }

  /** The intervention. */
  public Intervention intervention() {
    return intervention;
  }

  /** The source name the document was read from. */
  @Override
  public String source() {
    return map.sourceName();
  }

  /**
   * Where a JSON Pointer into the document points: the value itself or, if the document does not
   * spell it out (a field left at its default, a place inside rich text), its nearest enclosing
   * value.
   */
  @Override
  public SourceLocation locate(String pointer) {
    return map.locate(pointer);
  }

  /** Where a violation of this intervention is, by its path. */
  @Override
  public SourceLocation locate(Violation violation) {
    return map.locate(violation.path());
  }

  /** The violation's path: an intervention document is one file. */
  @Override
  public String pointerInFile(Violation violation) {
    return violation.path();
  }
}
