package org.evidencetoolkit.io;

import org.evidencetoolkit.model.rules.Violation;

/**
 * A document read from a path or a {@link Source} without being told what it holds: a whole
 * toolkit or one intervention, each with a map back to its source.
 *
 * <p>The format does not say which it is (both are plain objects), so {@link
 * ToolkitReader#readDocument(java.nio.file.Path)} and {@link ToolkitReader#readDocument(Source)}
 * decide from what they read, in the same one read: a document is a toolkit exactly when its top
 * level has an {@code interventions} field, which no intervention has; a folder is always a
 * toolkit. This is the one place document kinds are told apart; the command line asks it.
 *
 * <p>Both {@code locate} methods give a {@link SourceLocation}: a pointer or a violation the
 * document does not spell out (a field left at its default, a place inside rich text) is placed
 * at its nearest enclosing value, down to the document itself.
 *
 * <pre>{@code
 * Document doc = ToolkitReader.defaults().readDocument(path);
 * if (doc instanceof ToolkitDocument t) { ... t.toolkit() ... }
 * else if (doc instanceof InterventionDocument i) { ... i.intervention() ... }
 * }</pre>
 */
public sealed interface Document permits ToolkitDocument, InterventionDocument {
  /** The source name it was read from (for a folder, its toolkit file). */
  String source();

  /** Where a JSON Pointer into the document points, or its nearest enclosing value. */
  SourceLocation locate(String pointer);

  /**
   * Where a content-rule violation of this document is, by its path; in a toolkit folder, in the
   * file of the intervention it is about (the path relative to an intervention is resolved
   * through the violation's intervention id). Like {@link #locate(String)}, never empty.
   */
  SourceLocation locate(Violation violation);

  /**
   * The violation's JSON Pointer from the root of the file it is {@linkplain #locate(Violation)
   * located} in: in a toolkit folder each intervention is its own file, so a pointer into one is
   * given from that file's root.
   */
  String pointerInFile(Violation violation);
}
