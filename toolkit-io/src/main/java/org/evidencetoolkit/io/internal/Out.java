package org.evidencetoolkit.io.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A written value held as a tree: what a diff needs to pick one field's value out of a document
 * written by {@link Canonical}, so that a diff spells every value as a document does. Documents
 * themselves are written straight to their {@link DocumentSink}, never through this tree.
 */
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

  /** {@code null}: the JSON of a diff holds one (the id of a change to the toolkit's fields). */
  record Null() implements Out {}

  /** Sends a value, depth first, to a sink. */
  static void replay(Out value, DocumentSink sink) {
    if (value instanceof Str s) {
      sink.string(s.text());
    } else if (value instanceof Num n) {
      sink.number(n.digits());
    } else if (value instanceof Bool b) {
      sink.bool(b.value());
    } else if (value instanceof Null) {
      sink.nullValue();
    } else if (value instanceof Arr a) {
      sink.startArray();
      for (Out item : a.items()) {
        replay(item, sink);
      }
      sink.endArray();
    } else if (value instanceof Obj o) {
      sink.startObject();
      for (Field field : o.fields()) {
        sink.name(field.name());
        replay(field.value(), sink);
      }
      sink.endObject();
    }
  }

  /** A sink that builds the tree of what it is sent; {@link #root()} once it is complete. */
  final class Builder implements DocumentSink {
    /** An open container: an object's fields and pending name, or a list's items. */
    private static final class Open {
      final @Nullable List<Field> fields;
      final @Nullable List<Out> items;
      @Nullable String name;

      Open(boolean object) {
        this.fields = object ? new ArrayList<>() : null;
        this.items = object ? null : new ArrayList<>();
      }
    }

    private final Deque<Open> open = new ArrayDeque<>();
    private @Nullable Out root;

    /** The value sent, once it is complete. */
    public Out root() {
      if (root == null || !open.isEmpty()) {
        throw new IllegalStateException("the value is not complete");
      }
      return root;
    }

    @Override
    public void startObject() {
      open.push(new Open(true));
    }

    @Override
    public void endObject() {
      Open o = open.pop();
      add(new Obj(List.copyOf(java.util.Objects.requireNonNull(o.fields))));
    }

    @Override
    public void name(String name) {
      java.util.Objects.requireNonNull(open.peek()).name = name;
    }

    @Override
    public void startArray() {
      open.push(new Open(false));
    }

    @Override
    public void endArray() {
      Open a = open.pop();
      add(new Arr(List.copyOf(java.util.Objects.requireNonNull(a.items))));
    }

    @Override
    public void string(String text) {
      add(new Str(text));
    }

    @Override
    public void number(String digits) {
      add(new Num(digits));
    }

    @Override
    public void bool(boolean value) {
      add(new Bool(value));
    }

    @Override
    public void nullValue() {
      add(new Null());
    }

    private void add(Out value) {
      Open parent = open.peek();
      if (parent == null) {
        root = value;
      } else if (parent.fields != null) {
        parent.fields.add(new Field(java.util.Objects.requireNonNull(parent.name), value));
        parent.name = null;
      } else {
        java.util.Objects.requireNonNull(parent.items).add(value);
      }
    }
  }
}
