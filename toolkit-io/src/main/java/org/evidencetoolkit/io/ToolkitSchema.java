package org.evidencetoolkit.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The JSON Schema (draft 2020-12) of format v1, shipped as the resource {@value #RESOURCE}.
 *
 * <p>It describes an intervention document and a toolkit document ({@code $defs/intervention},
 * {@code $defs/toolkit}; the root accepts either), the profile of SPEC §11 included. It checks
 * structure, types and enum values, and of a profile's constraints: kebab-case names and ids, at
 * least one measure, {@code {0}} in the wordings, unique section ids, known label keys and rule ids,
 * a rule once per list. What it cannot say — that rich text is Markdown in the supported subset,
 * that a folder's file name equals its id, that thresholds rise, that measure ids are unique, that
 * {@code section.<id>} labels name a section the profile lists, that a rule is in one list only —
 * the reader checks, and editorial rules are the content rules' business. The label keys and rule
 * ids it lists are {@link org.evidencetoolkit.model.LabelKeys#builtIn()} and {@link
 * org.evidencetoolkit.model.rules.RuleIds#all()}; a test holds them together.
 *
 * <pre>{@code
 * String schema = ToolkitSchema.json();
 * }</pre>
 */
public final class ToolkitSchema {
  /** The schema's {@code $id}. */
  public static final String ID = "https://evidencetoolkit.org/schema/format-v1.json";

  /** The class-path resource holding the schema. */
  public static final String RESOURCE = "/org/evidencetoolkit/io/format-v1.schema.json";

  /** The {@code $id} of the schema of a diff's JSON ({@link DiffJson}). */
  public static final String DIFF_ID = "https://evidencetoolkit.org/schema/diff-v1.json";

  /** The class-path resource holding the schema of a diff's JSON. */
  public static final String DIFF_RESOURCE = "/org/evidencetoolkit/io/diff-v1.schema.json";

  private ToolkitSchema() {}

  /** The schema as JSON text. */
  public static String json() {
    return Holder.JSON;
  }

  /**
   * The JSON Schema (draft 2020-12) of what {@link DiffJson} writes and {@code toolkit diff
   * --format json} prints: {@code {"changes": [...]}}, each change with {@code id}, {@code
   * change}, {@code pointer} and, where they apply, {@code before}, {@code after}, {@code
   * direction} and {@code words}.
   */
  public static String diffJson() {
    return Holder.DIFF_JSON;
  }

  private static final class Holder {
    static final String JSON = load(RESOURCE);
    static final String DIFF_JSON = load(DIFF_RESOURCE);

    private static String load(String resource) {
      try (InputStream in =
          Objects.requireNonNull(ToolkitSchema.class.getResourceAsStream(resource), resource)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private Holder() {}
  }
}
