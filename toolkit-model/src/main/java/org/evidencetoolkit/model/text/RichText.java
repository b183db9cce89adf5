package org.evidencetoolkit.model.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * A narrative section: a list of {@link Block}s.
 *
 * <pre>{@code
 * RichText text = RichText.of(
 *     new Paragraph(List.of(new Text("Trauma is "), new Emphasis(List.of(new Text("lasting"))))),
 *     new BulletList(List.of(List.of(new Text("realise")), List.of(new Text("recognise")))));
 * }</pre>
 *
 * @param blocks the blocks in reading order
 */
public record RichText(List<Block> blocks) {
  private static final RichText EMPTY = new RichText(List.of());

  /** Copies the list; refuses nulls. */
  public RichText {
    blocks = List.copyOf(blocks);
  }

  /** Rich text with no blocks. */
  public static RichText empty() {
    return EMPTY;
  }

  /** Rich text of these blocks. */
  public static RichText of(Block... blocks) {
    return new RichText(Arrays.asList(blocks));
  }

  /** One paragraph of plain text. */
  public static RichText paragraph(String text) {
    return of(Paragraph.of(text));
  }

  /** Whether there are no blocks. */
  public boolean isEmpty() {
    return blocks.isEmpty();
  }

  /**
   * Every link, in reading order: a link inside another link's text comes after it. Iterative, so
   * that text nested however deeply cannot overflow the stack.
   */
  public List<Link> links() {
    List<Link> links = new ArrayList<>();
    Deque<Inline> pending = new ArrayDeque<>();
    for (Block block : blocks) {
      if (block instanceof Paragraph paragraph) {
        collectLinks(paragraph.inlines(), pending, links);
      } else if (block instanceof BulletList list) {
        list.items().forEach(item -> collectLinks(item, pending, links));
      } else if (block instanceof OrderedList list) {
        list.items().forEach(item -> collectLinks(item, pending, links));
      }
    }
    return links;
  }

  private static void collectLinks(List<Inline> inlines, Deque<Inline> pending, List<Link> links) {
    pushReversed(inlines, pending);
    while (!pending.isEmpty()) {
      Inline inline = pending.pop();
      if (inline instanceof Link link) {
        links.add(link);
        pushReversed(link.children(), pending);
      } else if (inline instanceof Emphasis emphasis) {
        pushReversed(emphasis.children(), pending);
      } else if (inline instanceof Strong strong) {
        pushReversed(strong.children(), pending);
      }
    }
  }

  private static void pushReversed(List<Inline> inlines, Deque<Inline> stack) {
    for (int i = inlines.size() - 1; i >= 0; i--) {
      stack.push(inlines.get(i));
    }
  }

  /**
   * The words without markup: blocks separated by a blank line, list items by a line break, link
   * text without its address. Useful for searching and for length checks.
   */
  public String plainText() {
    StringBuilder out = new StringBuilder();
    for (Block block : blocks) {
      if (out.length() > 0) {
        out.append("\n\n");
      }
      out.append(String.join("\n", block.accept(PlainText.BLOCKS)));
    }
    return out.toString();
  }
}
