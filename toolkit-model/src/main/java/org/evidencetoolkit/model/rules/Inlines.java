package org.evidencetoolkit.model.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.evidencetoolkit.model.text.BulletList;
import org.evidencetoolkit.model.text.Emphasis;
import org.evidencetoolkit.model.text.Inline;
import org.evidencetoolkit.model.text.Link;
import org.evidencetoolkit.model.text.OrderedList;
import org.evidencetoolkit.model.text.Paragraph;
import org.evidencetoolkit.model.text.RichText;
import org.evidencetoolkit.model.text.Strong;

/**
 * Walks rich text for the rules: its parts (a paragraph, or one list item) with an editor-facing
 * place name, and every inline node of a part. The walk is iterative, so content nested however
 * deeply cannot overflow the stack.
 */
final class Inlines {
  private Inlines() {}

  /**
   * A paragraph or a list item, or a list with no items at all (then {@code inlines} is empty and
   * {@code emptyList} is set).
   */
  record Part(String place, List<Inline> inlines, boolean emptyList) {}

  /**
   * The parts of rich text in reading order. Places count paragraphs and lists separately and from
   * 1, as a reader would: "paragraph 2", "item 3 of list 1".
   */
  static List<Part> parts(RichText text) {
    List<Part> parts = new ArrayList<>();
    int paragraphs = 0;
    int lists = 0;
    for (var block : text.blocks()) {
      if (block instanceof Paragraph paragraph) {
        parts.add(new Part("paragraph " + ++paragraphs, paragraph.inlines(), false));
      } else {
        List<List<Inline>> items =
            block instanceof BulletList bullets ? bullets.items() : ((OrderedList) block).items();
        String list = "list " + ++lists;
        if (items.isEmpty()) {
          parts.add(new Part(list, List.of(), true));
        }
        for (int n = 0; n < items.size(); n++) {
          parts.add(new Part("item " + (n + 1) + " of " + list, items.get(n), false));
        }
      }
    }
    return parts;
  }

  /** Every inline node, depth first in reading order: a container comes before its children. */
  static List<Inline> all(List<Inline> inlines) {
    List<Inline> out = new ArrayList<>();
    Deque<Inline> pending = new ArrayDeque<>();
    pushReversed(inlines, pending);
    while (!pending.isEmpty()) {
      Inline inline = pending.pop();
      out.add(inline);
      if (inline instanceof Emphasis emphasis) {
        pushReversed(emphasis.children(), pending);
      } else if (inline instanceof Strong strong) {
        pushReversed(strong.children(), pending);
      } else if (inline instanceof Link link) {
        pushReversed(link.children(), pending);
      }
    }
    return out;
  }

  /** Every link in rich text, in reading order. */
  static List<Link> links(RichText text) {
    List<Link> links = new ArrayList<>();
    for (Part part : parts(text)) {
      for (Inline inline : all(part.inlines())) {
        if (inline instanceof Link link) {
          links.add(link);
        }
      }
    }
    return links;
  }

  private static void pushReversed(List<Inline> inlines, Deque<Inline> stack) {
    for (int i = inlines.size() - 1; i >= 0; i--) {
      stack.push(inlines.get(i));
    }
  }
}
