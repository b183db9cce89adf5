package org.evidencetoolkit.io.internal;

import java.util.List;

/** The canonical output tree: what the writer emits, in order, as JSON or YAML. */
public sealed interface Out permits Out.Obj, Out.Arr, Out.Str, Out.Num, Out.Bool, Out.Null {
  /** An object whose fields are in writing order. */
  record Obj(List<Field> fields) implements Out {}

  /** A named field. */
  record Field(String name, Out value) {}

  /** A list. */
  record Arr(List<Out> items) implements Out {}

  /** Text. */
  record Str(String text) implements Out {}

  /** A number, as its canonical digits. */
  record Num(String digits) implements Out {}

  /** {@code true} or {@code false}. */
  record Bool(boolean value) implements Out {}

  /**
   * {@code null}: no document of the format holds one, but the JSON of a diff does (the {@code
   * id} of a change to the toolkit's own fields).
   */
  record Null() implements Out {}
}
