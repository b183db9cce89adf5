package org.evidencetoolkit.model.text;

import java.util.Arrays;
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
