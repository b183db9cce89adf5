package org.evidencetoolkit.io.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.evidencetoolkit.model.text.Block;
import org.evidencetoolkit.model.text.BulletList;
import org.evidencetoolkit.model.text.Emphasis;
import org.evidencetoolkit.model.text.Inline;
import org.evidencetoolkit.model.text.Link;
import org.evidencetoolkit.model.text.OrderedList;
import org.evidencetoolkit.model.text.Paragraph;
import org.evidencetoolkit.model.text.RichText;
import org.evidencetoolkit.model.text.RichTextNormalForm;
import org.evidencetoolkit.model.text.Strong;
import org.evidencetoolkit.model.text.Text;
import org.jspecify.annotations.Nullable;

/**
 * Reads a Markdown string into {@link RichText} with commonmark-java, accepting the subset the
 * format allows (paragraphs; flat {@code -}, {@code *}, {@code +} and numbered lists starting at
 * 1; emphasis, strong emphasis, links) and naming everything else it finds, with the line of the
 * text it is on. The result is in {@link RichTextNormalForm normal form}.
 *
 * <p>A soft line break (a single newline inside a paragraph) reads as a space, as it renders; a
 * hard line break (two trailing spaces or a trailing backslash) reads as a newline character.
 */
public final class MarkdownReader {
  /** Records where every block and inline came from: needed to report and to find tables. */
  private static final Parser LOCATED =
      Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
  /**
   * The same parse without source spans. Keeping spans for every inline is about a fifth of the
   * parse's time and allocation, and text inside the subset never needs them.
   */
  private static final Parser UNLOCATED = Parser.builder().build();
  private static final Pattern TABLE_DELIMITER_ROW =
      Pattern.compile("^\\s*\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*$");
  /** Deeper than any normal text needs; bounds the recursion on hostile input. */
  private static final int MAX_DEPTH = 32;

  private MarkdownReader() {}

  /** Something outside the subset: what it is and the 1-based line of the text it starts on. */
  public record Issue(String message, int line) {}

  /** The rich text, or the issues that stop it. */
  public record Result(@Nullable RichText text, List<Issue> issues) {}

  /**
   * Reads the Markdown.
   *
   * <p>Text inside the subset is read without source spans; the first thing outside it abandons
   * that read and the text is read again with spans, which locate every issue. Both parsers build
   * the same tree (spans are only recorded beside it), so the result is the same either way. A
   * text with a {@code '|'} is always read with spans, because finding a table needs its lines.
   */
  public static Result read(String markdown) {
    if (markdown.indexOf('|') < 0) {
      try {
        return read(markdown, UNLOCATED, false);
      } catch (NeedsLocation outsideTheSubset) {
        // fall through to the located read, which names and locates everything found
      }
    }
    return readLocated(markdown);
  }

  /** Reads the Markdown with source spans throughout, as every read did before the fast path. */
  static Result readLocated(String markdown) {
    return read(markdown, LOCATED, true);
  }

  private static Result read(String markdown, Parser parser, boolean located) {
    Reading reading = new Reading(markdown, located);
    Node document = parser.parse(markdown);
    List<Block> blocks = new ArrayList<>();
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      Block block = reading.block(node);
      if (block != null) {
        blocks.add(block);
      }
    }
    if (!reading.issues.isEmpty()) {
      return new Result(null, List.copyOf(reading.issues));
    }
    return new Result(RichTextNormalForm.of(new RichText(blocks)), List.of());
  }

  /** Ends an unlocated read at the first issue, so that the located read can report it. */
  private static final class NeedsLocation extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NeedsLocation() {
      super("the text needs a located read", null, false, false);
    }
  }

  private static final class Reading {
    private final String markdown;
    private final boolean located;
    private final List<Issue> issues = new ArrayList<>();

    Reading(String markdown, boolean located) {
      this.markdown = markdown;
      this.located = located;
    }

    @Nullable Block block(Node node) {
      if (node instanceof org.commonmark.node.Paragraph paragraph) {
        checkTable(paragraph);
        return new Paragraph(inlines(paragraph, 0));
      }
      if (node instanceof org.commonmark.node.BulletList list) {
        List<List<Inline>> items = items(list);
        return items == null ? null : new BulletList(items);
      }
      if (node instanceof org.commonmark.node.OrderedList list) {
        Integer start = list.getMarkerStartNumber();
        if (start != null && start != 1) {
          issue(node, "an ordered list starting at " + start + " (" + snippet(node)
              + "); numbered lists start at 1");
          return null;
        }
        List<List<Inline>> items = items(list);
        return items == null ? null : new OrderedList(items);
      }
      if (node instanceof LinkReferenceDefinition) {
        return null; // its links have been resolved into the text
      }
      issue(node, describe(node));
      return null;
    }

    private @Nullable List<List<Inline>> items(ListBlock list) {
      List<List<Inline>> items = new ArrayList<>();
      boolean ok = true;
      for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
        if (!(item instanceof ListItem)) {
          continue;
        }
        Node first = item.getFirstChild();
        if (first == null) {
          items.add(List.of());
          continue;
        }
        if (!(first instanceof org.commonmark.node.Paragraph paragraph)
            || first.getNext() != null) {
          Node culprit = first instanceof org.commonmark.node.Paragraph ? first.getNext() : first;
          if (culprit instanceof ListBlock) {
            issue(culprit, "a list inside a list item (" + snippet(culprit)
                + "); lists do not nest");
          } else if (culprit instanceof org.commonmark.node.Paragraph) {
            issue(culprit, "a list item with more than one paragraph (" + snippet(culprit) + ")");
          } else if (culprit != null) {
            issue(culprit, describe(culprit) + " inside a list item");
          }
          ok = false;
          continue;
        }
        checkTable(paragraph);
        items.add(inlines(paragraph, 0));
      }
      return ok ? items : null;
    }

    private List<Inline> inlines(Node parent, int depth) {
      List<Inline> out = new ArrayList<>();
      if (depth > MAX_DEPTH) {
        issue(parent, "emphasis and links nested more than " + MAX_DEPTH + " deep");
        return out;
      }
      // Adjacent texts and line breaks are joined here, as the normal form joins them, so that
      // the result is usually normal already and RichTextNormalForm.of need not copy it. The
      // first piece is kept as it is; a builder is made only when a second one follows.
      @Nullable String text = null;
      @Nullable StringBuilder joined = null;
      for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
        String piece = node instanceof org.commonmark.node.Text t ? t.getLiteral()
            : node instanceof SoftLineBreak ? " "
            : node instanceof HardLineBreak ? "\n"
            : null;
        if (piece != null) {
          if (text == null) {
            text = piece;
          } else {
            if (joined == null) {
              joined = new StringBuilder(text);
            }
            joined.append(piece);
          }
          continue;
        }
        if (text != null) {
          out.add(new Text(joined == null ? text : joined.toString()));
          text = null;
          joined = null;
        }
        if (node instanceof org.commonmark.node.Emphasis) {
          out.add(new Emphasis(inlines(node, depth + 1)));
        } else if (node instanceof StrongEmphasis) {
          out.add(new Strong(inlines(node, depth + 1)));
        } else if (node instanceof org.commonmark.node.Link link) {
          if (link.getTitle() != null) {
            issue(node, "a link title (\"" + Messages.clip(link.getTitle())
                + "\"); write the link as [text](address)");
            continue;
          }
          URI url = uri(node, link.getDestination());
          if (url != null) {
            out.add(new Link(url, inlines(node, depth + 1)));
          }
        } else {
          issue(node, describe(node));
        }
      }
      if (text != null) {
        out.add(new Text(joined == null ? text : joined.toString()));
      }
      return out;
    }

    private @Nullable URI uri(Node node, String destination) {
      try {
        return new URI(destination);
      } catch (URISyntaxException e) {
        issue(node, "a link to \"" + Messages.clip(destination) + "\", which is not a valid URL ("
            + e.getReason() + " at index " + e.getIndex() + ")");
        return null;
      }
    }

    private void checkTable(org.commonmark.node.Paragraph paragraph) {
      if (!located) {
        return; // only texts without '|' are read unlocated, and a table needs one
      }
      List<SourceSpan> spans = paragraph.getSourceSpans();
      for (int i = 0; i + 1 < spans.size(); i++) {
        String header = text(spans.get(i));
        String delimiter = text(spans.get(i + 1));
        if (header.indexOf('|') >= 0 && delimiter.indexOf('-') >= 0
            && TABLE_DELIMITER_ROW.matcher(delimiter).matches()
            && (delimiter.indexOf('|') >= 0 || header.strip().startsWith("|"))) {
          issues.add(new Issue("a table (\"" + Messages.clip(header.strip())
              + "\"); tables are not part of the format", spans.get(i).getLineIndex() + 1));
          return;
        }
      }
    }

    private String describe(Node node) {
      String s = snippet(node);
      if (node instanceof Heading) {
        return "a heading (" + s + ")";
      }
      if (node instanceof HtmlBlock || node instanceof HtmlInline) {
        return "HTML (" + s + "); write plain text, or escape the '<' as \\<";
      }
      if (node instanceof Image) {
        return "an image (" + s + ")";
      }
      if (node instanceof Code) {
        return "inline code (" + s + ")";
      }
      if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
        return "a code block (" + s + ")"
            + (node instanceof IndentedCodeBlock ? "; lines indented by four spaces are code" : "");
      }
      if (node instanceof BlockQuote) {
        return "a block quote (" + s + ")";
      }
      if (node instanceof ThematicBreak) {
        return "a thematic break (" + s + ")";
      }
      return "unsupported Markdown (" + s + ")";
    }

    private void issue(Node node, String message) {
      if (!located) {
        throw new NeedsLocation();
      }
      List<SourceSpan> spans = node.getSourceSpans();
      int line = spans.isEmpty() ? 1 : spans.get(0).getLineIndex() + 1;
      issues.add(new Issue(message, line));
    }

    /** The node's first source line, quoted and clipped. */
    private String snippet(Node node) {
      List<SourceSpan> spans = node.getSourceSpans();
      if (spans.isEmpty()) {
        return "\"\"";
      }
      return "\"" + Messages.clip(text(spans.get(0)).strip()) + "\"";
    }

    private String text(SourceSpan span) {
      int start = Math.max(0, Math.min(span.getInputIndex(), markdown.length()));
      int end = Math.max(start, Math.min(start + span.getLength(), markdown.length()));
      return markdown.substring(start, end);
    }
  }
}
