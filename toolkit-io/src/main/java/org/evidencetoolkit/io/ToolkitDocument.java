package org.evidencetoolkit.io;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidencetoolkit.io.internal.SourceMap;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.model.rules.Violation;

/**
 * A toolkit read from a file or folder, with a map back to its sources so that content-rule
 * violations can be shown at {@code file:line:column}.
 *
 * <p>For a folder, a pointer into {@code /interventions/N} resolves in the file of the N-th
 * intervention (or, failing that, of the violation's {@linkplain Violation#interventionId()
 * intervention id}); everything else resolves in the toolkit file.
 *
 * <pre>{@code
 * ToolkitDocument doc = ToolkitReader.defaults().readToolkitDocument(Path.of("content"));
 * ContentRules.defaults().validate(doc.toolkit()).violations().forEach(v ->
 *     System.out.println(doc.locate(v) + ": " + v.message()));
 * }</pre>
 */
public final class ToolkitDocument implements Document {
  private static final Pattern INTERVENTION_PATH = Pattern.compile("^/interventions/(\\d{1,9})(/.*)?$");

  private final Toolkit toolkit;
  private final SourceMap map;
  private final List<SourceMap> interventionMaps;
  private final boolean folder;

  ToolkitDocument(
      Toolkit toolkit, SourceMap map, List<SourceMap> interventionMaps, boolean folder) {
    this.toolkit = toolkit;
    this.map = map;
    this.interventionMaps = List.copyOf(interventionMaps);
    this.folder = folder;
  }

  /** The toolkit. */
  public Toolkit toolkit() {
    return toolkit;
  }

  /** Whether it was read from a folder, one file per intervention. */
  public boolean isFolder() {
    return folder;
  }

  /** The toolkit file's source name. */
  @Override
  public String source() {
    return map.sourceName();
  }

  /**
   * Where a JSON Pointer into the toolkit document points, or its nearest enclosing value; in a
   * folder, pointers under {@code /interventions/N} resolve in that intervention's file.
   */
  @Override
  public SourceLocation locate(String pointer) {
    Matcher m = INTERVENTION_PATH.matcher(pointer);
    if (folder && m.matches()) {
      int index = Integer.parseInt(m.group(1));
      if (index < interventionMaps.size()) {
        String rest = m.group(2);
        return interventionMaps.get(index).locate(rest == null ? "" : rest);
      }
    }
    return map.locate(pointer);
  }

  /**
   * Where a violation is: by its path, which for a toolkit's violations starts with {@code
   * /interventions/N}; a path relative to an intervention is resolved through the violation's
   * intervention id.
   */
  @Override
  public SourceLocation locate(Violation violation) {
    return locate(toolkitPointer(violation));
  }

  /**
   * The violation's pointer from the root of the file it is in: in a folder, a pointer into
   * {@code /interventions/N} is given from that intervention's own file ({@code /settings/0}
   * rather than {@code /interventions/3/settings/0}); otherwise the pointer into the toolkit.
   */
  @Override
  public String pointerInFile(Violation violation) {
    String pointer = toolkitPointer(violation);
    Matcher m = INTERVENTION_PATH.matcher(pointer);
    if (folder && m.matches() && Integer.parseInt(m.group(1)) < interventionMaps.size()) {
      String rest = m.group(2);
      return rest == null ? "" : rest;
    }
    return pointer;
  }

  /** The violation's pointer into the toolkit document as a whole. */
  private String toolkitPointer(Violation violation) {
    String path = violation.path();
    if (violation.interventionId().isPresent() && !INTERVENTION_PATH.matcher(path).matches()) {
      String id = violation.interventionId().get();
      List<Intervention> interventions = toolkit.interventions();
      for (int i = 0; i < interventions.size(); i++) {
        if (interventions.get(i).id().equals(id)) {
          return "/interventions/" + i + path;
        }
      }
    }
    return path;
  }
}
