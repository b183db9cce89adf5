package org.evidencetoolkit.model.rules;

import java.util.ArrayList;
import java.util.List;
import org.evidencetoolkit.model.text.Block;
import org.evidencetoolkit.model.text.BulletList;
import org.evidencetoolkit.model.text.Emphasis;
import org.evidencetoolkit.model.text.Inline;
import org.evidencetoolkit.model.text.Link;
import org.evidencetoolkit.model.text.OrderedList;
import org.evidencetoolkit.model.text.Paragraph;
import org.evidencetoolkit.model.text.RichText;
import org.evidencetoolkit.model.text.Strong;
import org.evidencetoolkit.model.text.Text;
import org.jspecify.annotations.Nullable;

/**
 * Walks the inline nodes of rich text for the rules, depth first in reading order: a container
 * comes before its children. The walk is iterative, so content nested however deeply cannot
 * overflow the stack; and it keeps one stack for all the walks it makes, so that walking every
 * field of a document allocates nothing once the stack has grown (validation runs on every save
 * and every build, and the rules walk each field several times).
 *
 * <p>Not thread-safe: a rule makes its own for each check.
 */
final class Inlines {
  private final ArrayList<Inline> pending = new ArrayList<>();

  /** Starts a new walk over {@code inlines}, abandoning any walk in progress. */
  void start(List<Inline> inlines) {
    pending.clear();
    pushReversed(inlines);
  }

  /** The next inline node of the walk, or null when it is over. */
  @Nullable Inline next() {
    if (pending.isEmpty()) {
      return null;
    }
    Inline inline = pending.remove(pending.size() - 1);
    if (inline instanceof Emphasis emphasis) {
      pushReversed(emphasis.children());
    } else if (inline instanceof Strong strong) {
      pushReversed(strong.children());
    } else if (inline instanceof Link link) {
      pushReversed(link.children());
    }
    return inline;
  }

  /**
   * Whether a reader would see anything in these inlines: exactly {@code
   * Characters.hasVisible(Inline.plainText(inlines))}, without building the string and stopping
   * at the first visible character.
   */
  boolean hasVisible(List<Inline> inlines, VisibleText visible) {
    visible.reset();
    start(inlines);
    for (Inline inline = next(); inline != null; inline = next()) {
      if (inline instanceof Text text && visible.add(text.text())) {
        return true;
      }
    }
    return visible.found();
  }

  /**
   * Whether a reader would see anything in rich text: exactly {@code
   * Characters.hasVisible(text.plainText())}. The line breaks {@code plainText()} puts between
   * parts are white space and keep the parts' characters apart, so the parts can be looked at one
   * by one.
   */
  boolean hasVisible(RichText text, VisibleText visible) {
    for (Block block : text.blocks()) {
      if (block instanceof Paragraph paragraph) {
        if (hasVisible(paragraph.inlines(), visible)) {
          return true;
        }
      } else {
        for (List<Inline> item : items(block)) {
          if (hasVisible(item, visible)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private void pushReversed(List<Inline> inlines) {
    // Grown once to what this push needs, not step by step through the sizes in between.
    pending.ensureCapacity(pending.size() + inlines.size());
    for (int i = inlines.size() - 1; i >= 0; i--) {
      pending.add(inlines.get(i));
    }
  }

  /** The items of a list block. */
  static List<List<Inline>> items(Block list) {
    return list instanceof BulletList bullets ? bullets.items() : ((OrderedList) list).items();
  }

  /**
   * The parts of rich text in reading order, one at a time: a paragraph, a list item, or a list
   * with no items at all (then {@link #inlines()} is empty and {@link #emptyList()} is set). The
   * editor-facing name of a part is only put together when a message needs it.
   */
  static final class Parts {
    private final List<Block> blocks;
    private int block = -1;
    private int item;
    private int paragraphs;
    private int lists;
    private List<Inline> inlines = List.of();
    private boolean paragraph;
    private boolean emptyList;

    Parts(RichText text) {
      this.blocks = text.blocks();
    }

    /** Moves to the next part; false when there is none. */
    boolean next() {
      if (block >= 0 && !paragraph && !emptyList) {
        List<List<Inline>> items = items(blocks.get(block));
        if (item + 1 < items.size()) {
          inlines = items.get(++item);
          return true;
        }
      }
      if (++block >= blocks.size()) {
        return false;
      }
      Block current = blocks.get(block);
      if (current instanceof Paragraph p) {
        paragraphs++;
        paragraph = true;
        emptyList = false;
        inlines = p.inlines();
      } else {
        lists++;
        paragraph = false;
        List<List<Inline>> items = items(current);
        emptyList = items.isEmpty();
        item = 0;
        inlines = emptyList ? List.of() : items.get(0);
      }
      return true;
    }

    /** The content of the part. */
    List<Inline> inlines() {
      return inlines;
    }

    /** Whether the part is a list with no items. */
    boolean emptyList() {
      return emptyList;
    }

    /** Whether the part is a paragraph. */
    boolean isParagraph() {
      return paragraph;
    }

    /**
     * Its name for an editor. Paragraphs and lists are counted separately and from 1, as a reader
     * would: "paragraph 2", "item 3 of list 1", "list 2" for a list with no items.
     */
    String place() {
      if (paragraph) {
        return "paragraph " + paragraphs;
      }
      return emptyList ? "list " + lists : "item " + (item + 1) + " of list " + lists;
    }
  }
}
