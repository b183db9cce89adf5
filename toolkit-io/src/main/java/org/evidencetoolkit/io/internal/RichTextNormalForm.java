package org.evidencetoolkit.io.internal;

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
 */
public final class RichTextNormalForm {
  private RichTextNormalForm() {}

  /** The normal form of the text; normal text is returned unchanged (equal). */
  public static RichText of(RichText text) {
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

  /** Normal inlines, as a paragraph or list item holds them. */
  public static List<Inline> inlines(List<Inline> inlines) {
    return inlines(inlines, false, false, false);
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
    List<Inline> out = new ArrayList<>(in.size());
    for (Inline inline : in) {
      if (inline instanceof Text text) {
        append(out, new Text(clean(text.text())));
      } else if (inline instanceof Emphasis emphasis) {
        if (inEmphasis) {
          inlines(emphasis.children(), true, inStrong, inLink).forEach(i -> append(out, i));
        } else {
          List<Inline> children = inlines(emphasis.children(), true, inStrong, inLink);
          if (!children.isEmpty()) {
            append(out, new Emphasis(children));
          }
        }
      } else if (inline instanceof Strong strong) {
        if (inStrong) {
          inlines(strong.children(), inEmphasis, true, inLink).forEach(i -> append(out, i));
        } else {
          List<Inline> children = inlines(strong.children(), inEmphasis, true, inLink);
          if (!children.isEmpty()) {
            append(out, new Strong(children));
          }
        }
      } else if (inline instanceof Link link) {
        List<Inline> children = inlines(link.children(), inEmphasis, inStrong, true);
        if (inLink) {
          children.forEach(i -> append(out, i));
        } else {
          out.add(new Link(link.url(), children));
        }
      }
    }
    return out;
  }

  private static String clean(String text) {
    if (text.indexOf('\u0000') < 0 && InputDecoder.firstUnpairedSurrogate(text) < 0) {
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

  /** Adds an inline, joining it to the previous one where Markdown cannot tell them apart. */
  private static void append(List<Inline> out, Inline next) {
    if (next instanceof Text text && text.text().isEmpty()) {
      return;
    }
    Inline last = out.isEmpty() ? null : out.get(out.size() - 1);
    if (last instanceof Text a && next instanceof Text b) {
      out.set(out.size() - 1, new Text(a.text() + b.text()));
    } else if (last instanceof Emphasis a && next instanceof Emphasis b) {
      List<Inline> joined = new ArrayList<>(a.children());
      b.children().forEach(i -> append(joined, i));
      out.set(out.size() - 1, new Emphasis(joined));
    } else if (last instanceof Strong a && next instanceof Strong b) {
      List<Inline> joined = new ArrayList<>(a.children());
      b.children().forEach(i -> append(joined, i));
      out.set(out.size() - 1, new Strong(joined));
    } else {
      out.add(next);
    }
  }
}
