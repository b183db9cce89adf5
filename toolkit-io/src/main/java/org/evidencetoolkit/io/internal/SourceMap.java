package org.evidencetoolkit.io.internal;

import java.util.List;
import org.evidencetoolkit.io.SourceLocation;
import org.evidencetoolkit.io.internal.Node.ArrayNode;
import org.evidencetoolkit.io.internal.Node.Member;
import org.evidencetoolkit.io.internal.Node.ObjectNode;

/**
 * Maps JSON Pointers into one file to positions, from the located tree kept after reading. A
 * pointer to something the file does not spell out (a field left at its default, an index past
 * the end, a part of rich text) resolves to the nearest enclosing value that is there.
 */
public final class SourceMap {
  private final SourceText source;
  private final Node root;

  /** The map of one file. */
  public SourceMap(SourceText source, Node root) {
    this.source = source;
    this.root = root;
  }

  /** The source's name. */
  public String sourceName() {
    return source.name();
  }

  /** The root value. */
  public Node root() {
    return root;
  }

  /** Where the value at the pointer, or its nearest present ancestor, starts. */
  public SourceLocation locate(String pointer) {
    Node node = root;
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
