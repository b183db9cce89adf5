package org.evidencetoolkit.model.text;

import java.util.List;

/** A run of text inside a block: plain, emphasised, strong, or a link. */
public sealed interface Inline permits Text, Emphasis, Strong, Link {
  /** Calls the visitor method for this kind of inline. */
  <R> R accept(Visitor<R> visitor);

  /** The words of these inlines without markup or link addresses. */
  static String plainText(List<Inline> inlines) {
    StringBuilder out = new StringBuilder();
    appendPlainText(inlines, out);
    return out.toString();
  }

  private static void appendPlainText(List<Inline> inlines, StringBuilder out) {
    for (Inline inline : inlines) {
      if (inline instanceof Text text) {
        out.append(text.text());
      } else if (inline instanceof Emphasis emphasis) {
        appendPlainText(emphasis.children(), out);
      } else if (inline instanceof Strong strong) {
        appendPlainText(strong.children(), out);
      } else if (inline instanceof Link link) {
        appendPlainText(link.children(), out);
      }
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
