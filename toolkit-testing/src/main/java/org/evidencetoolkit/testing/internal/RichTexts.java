package org.evidencetoolkit.testing.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
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

/** Rewrites of rich text that the generators and rule breakers need. */
final class RichTexts {
  private RichTexts() {}

  /** Passes every link address to {@code visit}, in reading order, without copying the text. */
  static void forEachUrl(RichText text, Consumer<URI> visit) {
    for (Link link : text.links()) {
      visit.accept(link.url());
    }
  }

  /** The text with every link address passed through {@code rewrite}, in reading order. */
  static RichText mapUrls(RichText text, UnaryOperator<URI> rewrite) {
    List<Block> blocks = new ArrayList<>(text.blocks().size());
    for (Block block : text.blocks()) {
      blocks.add(mapUrls(block, rewrite));
    }
    return new RichText(blocks);
  }

  private static Block mapUrls(Block block, UnaryOperator<URI> rewrite) {
    if (block instanceof Paragraph p) {
      return new Paragraph(mapUrls(p.inlines(), rewrite));
    }
    if (block instanceof BulletList list) {
      return new BulletList(list.items().stream().map(item -> mapUrls(item, rewrite)).toList());
    }
    OrderedList list = (OrderedList) block;
    return new OrderedList(list.items().stream().map(item -> mapUrls(item, rewrite)).toList());
  }

  private static List<Inline> mapUrls(List<Inline> inlines, UnaryOperator<URI> rewrite) {
    List<Inline> out = new ArrayList<>(inlines.size());
    for (Inline inline : inlines) {
      out.add(mapUrls(inline, rewrite));
    }
    return out;
  }

  private static Inline mapUrls(Inline inline, UnaryOperator<URI> rewrite) {
    if (inline instanceof Link link) {
      return new Link(rewrite.apply(link.url()), mapUrls(link.children(), rewrite));
    }
    if (inline instanceof Emphasis e) {
      return new Emphasis(mapUrls(e.children(), rewrite));
    }
    if (inline instanceof Strong s) {
      return new Strong(mapUrls(s.children(), rewrite));
    }
    return inline;
  }

  /** The text with {@code inline} appended to its first paragraph, or as a new paragraph. */
  static RichText appendToFirstParagraph(RichText text, Inline inline) {
    List<Block> blocks = new ArrayList<>(text.blocks());
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i) instanceof Paragraph p) {
        List<Inline> inlines = new ArrayList<>(p.inlines());
        if (!inlines.isEmpty()) {
          inlines.add(new Text(" "));
        }
        inlines.add(inline);
        blocks.set(i, new Paragraph(TextGenerators.mergeText(inlines)));
        return new RichText(blocks);
      }
    }
    blocks.add(new Paragraph(List.of(inline)));
    return new RichText(blocks);
  }

  /** The text with its first text run changed by {@code change}; unchanged if it has none. */
  static RichText mapFirstText(RichText text, UnaryOperator<String> change) {
    List<Block> blocks = new ArrayList<>(text.blocks());
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i) instanceof Paragraph p) {
        List<Inline> inlines = new ArrayList<>(p.inlines());
        for (int j = 0; j < inlines.size(); j++) {
          if (inlines.get(j) instanceof Text t) {
            inlines.set(j, new Text(change.apply(t.text())));
            blocks.set(i, new Paragraph(inlines));
            return new RichText(blocks);
          }
        }
      }
    }
    return text;
  }
}
