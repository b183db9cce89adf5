package org.evidencetoolkit.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.evidencetoolkit.io.internal.DiffValues;
import org.evidencetoolkit.io.internal.JsonSink;
import org.evidencetoolkit.io.internal.Out;
import org.evidencetoolkit.model.diff.Change;

/**
 * A diff as JSON for machines (SPEC §12), in the shape of {@link ToolkitSchema#diffJson()}:
 *
 * <pre>{@code
 * {
 *   "changes": [
 *     {"id": "mentoring-pilot", "change": "changed", "pointer": "/evidence", "before": 2, "after": 3, "direction": "up"},
 *     {"id": "family-therapy", "change": "added", "pointer": "/interventions/2"},
 *     {"id": null, "change": "changed", "pointer": "/title", "before": "…", "after": "…"}
 *   ]
 * }
 * }</pre>
 *
 * <p>Each change has {@code id} (the intervention, or {@code null} for a change to the toolkit's
 * own fields), {@code change} ({@code added}, {@code removed} or {@code changed}) and {@code
 * pointer} (into the old edition for a removal, the new one otherwise; relative to the
 * intervention inside one). {@code before} and {@code after} hold the values in format v1 terms,
 * written as a document writes that field (evidence {@code 2} or {@code "not-rated"}, band {@code
 * "moderate"}, rich text as its canonical Markdown, a resource as {@code {"title": …, "url": …}}
 * with only the fields it has); a side the edition has no value on (an item added, an estimate not
 * given, empty text) is left out, and so are both sides of a whole intervention added or removed.
 * {@code direction} ({@code up} or {@code down}) appears only for ordered values that moved, and
 * {@code words} ({@code {"added": n, "removed": m}}) only for rich text.
 *
 * <p>The layout is the format's canonical JSON: two-space indentation, a trailing newline.
 *
 * <pre>{@code
 * String json = DiffJson.writeAsString(ToolkitDiff.between(lastYear, thisYear));
 * }</pre>
 */
public final class DiffJson {
  private DiffJson() {}

  /**
   * Writes the changes as one JSON document and a final newline.
   *
   * @throws UncheckedIOException if {@code out} fails, wrapping its {@link IOException}
   */
  public static void write(List<Change> changes, Appendable out) {
    JsonSink sink = new JsonSink();
    Out.replay(tree(changes), sink);
    try {
      out.append(sink.finish());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The changes as one JSON document, as a string. */
  public static String writeAsString(List<Change> changes) {
    StringBuilder out = new StringBuilder(256 + 128 * changes.size());
    write(changes, out);
    return out.toString();
  }

  private static Out.Obj tree(List<Change> changes) {
    List<Out> items = new ArrayList<>(changes.size());
    for (Change change : changes) {
      items.add(DiffValues.change(change));
    }
    return new Out.Obj(List.of(new Out.Field("changes", new Out.Arr(items))));
  }
}
