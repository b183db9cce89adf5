package org.evidencetoolkit.io.internal;

import java.util.List;
import java.util.function.Supplier;
import org.evidencetoolkit.io.SourceLocation;
import org.evidencetoolkit.io.internal.Node.ArrayNode;
import org.evidencetoolkit.io.internal.Node.Member;
import org.evidencetoolkit.io.internal.Node.ObjectNode;
import org.jspecify.annotations.Nullable;

/**
 * Maps JSON Pointers into one file to positions, from the located tree kept after reading. A
 * pointer to something the file does not spell out (a field left at its default, an index past
 * the end, a part of rich text) resolves to the nearest enclosing value that is there.
 */
public final class SourceMap {
  private final SourceText source;
  private volatile @Nullable Node root;
  private final @Nullable Supplier<Node> locate;

  /** The map of one file. */
  public SourceMap(SourceText source, Node root) {
    this.source = source;
    this.root = root;
    this.locate = null;
  }

  private SourceMap(SourceText source, Supplier<Node> locate) {
    this.source = source;
    this.locate = locate;
  }

  /**
   * The map of a file read on the happy path, which kept no positions: the located tree is built
   * from the text on the first question, so a read that never locates anything never pays for it.
   */
  public static SourceMap later(SourceText source, Supplier<Node> locate) {
    return new SourceMap(source, locate);
  }

  /** The source's name. */
  public String sourceName() {
    return source.name();
  }

  /** The root value. */
  public Node root() {
    Node known = root;
    if (known == null) {
      synchronized (this) {
        known = root;
        if (known == null) {
          known = java.util.Objects.requireNonNull(locate).get();
          root = known;
        }
      }
    }
    return known;
  }

  /** Where the value at the pointer, or its nearest present ancestor, starts. */
  public SourceLocation locate(String pointer) {
    Node node = root();
    List<String> segments = Pointers.segments(pointer);
    for (String segment : segments) {
      Node next = null;
      if (node instanceof ObjectNode object) {
        Member member = object.member(segment);
        next = member == null ? null : member.value();
      } else if (node instanceof ArrayNode array) {
        int index = index(segment);
        next = index >= 0 && index < array.items().size() ? array.items().get(index) : null;
      }
      if (next == null) {
        break;
      }
      node = next;
    }
    SourceText.Position p = source.position(node.where());
    return new SourceLocation(source.name(), p.line(), p.column());
  }

  private static int index(String segment) {
    if (segment.isEmpty() || segment.length() > 9) {
      return -1;
    }
    for (int i = 0; i < segment.length(); i++) {
      if (segment.charAt(i) < '0' || segment.charAt(i) > '9') {
        return -1;
      }
    }
    return Integer.parseInt(segment);
  }
}
