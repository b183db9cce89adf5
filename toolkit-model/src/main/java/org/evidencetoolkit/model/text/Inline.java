package org.evidencetoolkit.model.text;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** A run of text inside a block: plain, emphasised, strong, or a link. */
public sealed interface Inline permits Text, Emphasis, Strong, Link {
  /** Calls the visitor method for this kind of inline. */
  <R> R accept(Visitor<R> visitor);

  /** The words of these inlines without markup or link addresses. */
  static String plainText(List<Inline> inlines) {
    // Iterative, so that content nested however deeply cannot overflow the stack.
    StringBuilder out = new StringBuilder();
    Deque<Inline> pending = new ArrayDeque<>();
    pushReversed(inlines, pending);
    while (!pending.isEmpty()) {
      Inline inline = pending.pop();
      if (inline instanceof Text text) {
        out.append(text.text());
      } else if (inline instanceof Emphasis emphasis) {
        pushReversed(emphasis.children(), pending);
      } else if (inline instanceof Strong strong) {
        pushReversed(strong.children(), pending);
      } else if (inline instanceof Link link) {
        pushReversed(link.children(), pending);
      }
    }
    return out.toString();
  }

  private static void pushReversed(List<Inline> inlines, Deque<Inline> stack) {
    for (int i = inlines.size() - 1; i >= 0; i--) {
      stack.push(inlines.get(i));
    }
  }

  /**
   * One method per kind of inline.
   *
   * @param <R> what a visit returns
   */
  interface Visitor<R> {
    /** Visits plain text. */
    R visitText(Text text);

    /** Visits emphasis. */
    R visitEmphasis(Emphasis emphasis);

    /** Visits strong emphasis. */
    R visitStrong(Strong strong);

    /** Visits a link. */
    R visitLink(Link link);
  }
}
