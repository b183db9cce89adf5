package org.evidencetoolkit.io.internal;

/**
 * Receives a document value by value, in writing order, as Jackson's generator does: the
 * canonical writer ({@link Canonical}) speaks to this, and each output (JSON through Jackson's
 * generator, YAML through the YAML engine's emitter, or an {@link Out} tree for a diff's values)
 * listens. No tree stands between the model and the text it is written as.
 */
public interface DocumentSink {
  /** Opens an object; its fields follow as {@link #name} and a value each. */
  void startObject();

  /** Closes the innermost object. */
  void endObject();

  /** The name of the next field. */
  void name(String name);

  /** Opens a list. */
  void startArray();

  /** Closes the innermost list. */
  void endArray();

  /** Text. */
  void string(String text);

  /** A number, as its canonical digits. */
  void number(String digits);

  /** {@code true} or {@code false}. */
  void bool(boolean value);

  /** {@code null}, which only a diff writes (the id of a change to the toolkit's own fields). */
  void nullValue();
}
