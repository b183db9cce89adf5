package org.evidencetoolkit.model.text;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The form of rich text that Markdown can express, which reading always yields and writing
 * writes. The model can hold more shapes than Markdown has syntax for; each is mapped to the one
 * that reads the same:
 *
 * <ul>
 *   <li>empty text is dropped and adjacent texts are joined;
 *   <li>U+0000 and unpaired surrogates become U+FFFD, as CommonMark requires;
 *   <li>emphasis or strong emphasis with nothing in it is dropped;
 *   <li>emphasis inside emphasis (and strong inside strong) is flattened, even across a link;
 *   <li>two adjacent emphases (or two adjacent strong emphases) become one;
 *   <li>a link inside a link keeps its text and loses its address (CommonMark links do not nest);
 *   <li>a paragraph with nothing in it and a list with no items are dropped.
 * </ul>
 *
 * <p>{@link CommonMarkWriter} writes this form, and {@code toolkit-io}'s Markdown reader returns it.
 *
 * <pre>{@code
 * RichText normal = RichTextNormalForm.of(text);   // what Markdown of the text reads back as
 * }</pre>
 */
public final class RichTextNormalForm {
  private RichTextNormalForm() {}

  /**
   * The normal form of the text; text already in normal form is returned as it is (the same
   * instance), without a copy.
   */
  public static RichText of(RichText text) {
    return isNormal(text) ? text : copy(text);
  }

  /** The normal form built afresh: the plain path, which {@link #of} takes for text not normal. */
  static RichText copy(RichText text) {
    List<Block> blocks = new ArrayList<>(text.blocks().size());
    for (Block block : text.blocks()) {
      if (block instanceof Paragraph paragraph) {
        List<Inline> inlines = inlines(paragraph.inlines(), false, false, false);
        if (!inlines.isEmpty()) {
          blocks.add(new Paragraph(inlines));
        }
      } else if (block instanceof BulletList list) {
        if (!list.items().isEmpty()) {
          blocks.add(new BulletList(items(list.items())));
        }
      } else if (block instanceof OrderedList list) {
        if (!list.items().isEmpty()) {
          blocks.add(new OrderedList(items(list.items())));
        }
      }
    }
    return new RichText(blocks);
  }

  /** Normal inlines, as a paragraph or list item holds them; normal ones are returned as they are. */
  public static List<Inline> inlines(List<Inline> inlines) {
    return normalInlines(inlines, false, false, false) ? inlines : copyInlines(inlines);
  }

  /** The normal inlines built afresh: the plain path of {@link #inlines(List)}. */
  static List<Inline> copyInlines(List<Inline> inlines) {
    return inlines(inlines, false, false, false);
  }

  /**
   * Whether the text is in normal form: exactly when {@code of(text).equals(text)}, decided in
   * one walk that allocates nothing. Reading yields normal text, so reading, writing and
   * rendering it again need not copy it (the copy was a fifth of a JSON round trip's time).
   */
  public static boolean isNormal(RichText text) {
    for (Block block : text.blocks()) {
      if (block instanceof Paragraph paragraph) {
        if (paragraph.inlines().isEmpty()
            || !normalInlines(paragraph.inlines(), false, false, false)) {
          return false;
        }
      } else if (block instanceof BulletList list) {
        if (!normalItems(list.items())) {
          return false;
        }
      } else if (block instanceof OrderedList list) {
        if (!normalItems(list.items())) {
          return false;
        }
      } else {
        return false; // of() drops any other block
      }
    }
    return true;
  }

  private static boolean normalItems(List<List<Inline>> items) {
    if (items.isEmpty()) {
      return false;
    }
    for (List<Inline> item : items) {
      if (!normalInlines(item, false, false, false)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@link #inlines(List, boolean, boolean, boolean)} would return a list equal to
   * {@code in}: no empty or unclean text, no two adjacent texts (or emphases, or strong
   * emphases), no empty emphasis, no emphasis inside emphasis (or strong inside strong, or link
   * inside link), and the same of every child.
   */
  private static boolean normalInlines(
      List<Inline> in, boolean inEmphasis, boolean inStrong, boolean inLink) {
    Class<?> previous = null;
    for (Inline inline : in) {
      if (inline.getClass() == previous && !(inline instanceof Link)) {
        return false; // Run joins two of a kind
      }
      previous = inline.getClass();
      if (inline instanceof Text text) {
        String s = text.text();
        if (s.isEmpty() || s.indexOf('\u0000') >= 0 || firstUnpairedSurrogate(s) >= 0) {
          return false;
        }
      } else if (inline instanceof Emphasis emphasis) {
        if (inEmphasis || emphasis.children().isEmpty()
            || !normalInlines(emphasis.children(), true, inStrong, inLink)) {
          return false;
        }
      } else if (inline instanceof Strong strong) {
        if (inStrong || strong.children().isEmpty()
            || !normalInlines(strong.children(), inEmphasis, true, inLink)) {
          return false;
        }
      } else if (inline instanceof Link link) {
        if (inLink || !normalInlines(link.children(), inEmphasis, inStrong, true)) {
          return false;
        }
      } else {
        return false; // of() drops any other inline
      }
    }
    return true;
  }

  private static List<List<Inline>> items(List<List<Inline>> items) {
    List<List<Inline>> out = new ArrayList<>(items.size());
    for (List<Inline> item : items) {
      out.add(inlines(item, false, false, false));
    }
    return out;
  }

  private static List<Inline> inlines(
      List<Inline> in, boolean inEmphasis, boolean inStrong, boolean inLink) {
    Run out = new Run();
    addAll(out, in, inEmphasis, inStrong, inLink);
    return out.finish();
  }

  /** Adds the normal form of each inline to the run. */
  private static void addAll(
      Run out, List<Inline> in, boolean inEmphasis, boolean inStrong, boolean inLink) {
    for (Inline inline : in) {
      if (inline instanceof Text text) {
        out.text(clean(text.text()));
      } else if (inline instanceof Emphasis emphasis) {
        if (inEmphasis) {
          addAll(out, emphasis.children(), true, inStrong, inLink);
        } else {
          out.add(new Emphasis(inlines(emphasis.children(), true, inStrong, inLink)));
        }
      } else if (inline instanceof Strong strong) {
        if (inStrong) {
          addAll(out, strong.children(), inEmphasis, true, inLink);
        } else {
          out.add(new Strong(inlines(strong.children(), inEmphasis, true, inLink)));
        }
      } else if (inline instanceof Link link) {
        if (inLink) {
          addAll(out, link.children(), inEmphasis, inStrong, true);
        } else {
          out.link(new Link(link.url(), inlines(link.children(), inEmphasis, inStrong, true)));
        }
      }
    }
  }

  private static String clean(String text) {
    if (text.indexOf('\u0000') < 0 && firstUnpairedSurrogate(text) < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (c == '\u0000' || Character.isSurrogate(c)) {
        out.append('\uFFFD');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The index of the first surrogate code unit that is not half of a pair (a broken character,
   * which the normal form replaces with U+FFFD), or -1 if there is none.
   */
  public static int firstUnpairedSurrogate(CharSequence text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      } else if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Inlines being joined where Markdown cannot tell them apart, in time linear in what is added.
   * Joining by copying (a text to the text before it, an emphasis's children to the emphasis
   * before it) is quadratic in a paragraph of many short lines, each of which is a text and a
   * space; so the last inline is kept open (a growing text, or the run inside an emphasis or
   * strong emphasis) until something that cannot join it arrives.
   */
  private static final class Run {
    private final List<Inline> done = new ArrayList<>();
    /** The open text at the end, or null. */
    private @Nullable StringBuilder text;
    /** The run inside the open emphasis at the end, or null. */
    private @Nullable Run emphasis;
    /** The run inside the open strong emphasis at the end, or null. */
    private @Nullable Run strong;

    void text(String next) {
      if (next.isEmpty()) {
        return;
      }
      if (text == null) {
        close();
        text = new StringBuilder(next);
      } else {
        text.append(next);
      }
    }

    /** Adds a link, which joins nothing. */
    void link(Link next) {
      close();
      done.add(next);
    }

    /** Adds an inline in normal form, joining it to an open one of the same kind. */
    void add(Inline next) {
      if (next instanceof Text t) {
        text(t.text());
      } else if (next instanceof Emphasis e) {
        if (e.children().isEmpty()) {
          return;
        }
        if (emphasis == null) {
          close();
          emphasis = new Run();
        }
        e.children().forEach(emphasis::add);
      } else if (next instanceof Strong s) {
        if (s.children().isEmpty()) {
          return;
        }
        if (strong == null) {
          close();
          strong = new Run();
        }
        s.children().forEach(strong::add);
      } else if (next instanceof Link l) {
        link(l);
      }
    }

    private void close() {
      if (text != null) {
        done.add(new Text(text.toString()));
        text = null;
      } else if (emphasis != null) {
        done.add(new Emphasis(emphasis.finish()));
        emphasis = null;
      } else if (strong != null) {
        done.add(new Strong(strong.finish()));
        strong = null;
      }
    }

    List<Inline> finish() {
      close();
      return done;
    }
  }
}
