package org.evidencetoolkit.render.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
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
import org.evidencetoolkit.render.UrlPolicy;

/**
 * Writes rich text and plain strings as CommonMark that a CommonMark parser reads back to the
 * same text.
 *
 * <p>Plain text is escaped so that it can never become markup: the inline metacharacters {@code
 * \ ` * _ [ ] < > #} are always backslash-escaped, {@code &} when it would start an entity, and at
 * the start of a block whatever would open a list, quote, heading, fence or break. Characters a
 * parser would drop or reinterpret (leading and trailing white space, line breaks, other control
 * characters) are written as numeric character references, which the parser decodes back.
 */
public final class MarkdownText {
  private static final Pattern ENTITY =
      Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});");
  private static final Pattern ORDERED_MARKER = Pattern.compile("^[0-9]{1,9}[.)]");

  private MarkdownText() {}

  /** Rich text as blocks separated by blank lines, each block's lines without a final newline. */
  public static List<String> blocks(RichText text) {
    List<String> out = new ArrayList<>();
    Block previous = null;
    boolean dashBullets = true;
    boolean dotNumbers = true;
    for (Block block : text.blocks()) {
      if (block instanceof Paragraph p) {
        String line = inlines(p.inlines());
        if (!line.isEmpty()) {
          out.add(line);
        }
      } else if (block instanceof BulletList list) {
        // Two lists in a row need different bullets, or a parser joins them into one.
        dashBullets = !(previous instanceof BulletList) || !dashBullets;
        String bullet = dashBullets ? "-" : "*";
        List<String> items = new ArrayList<>();
        for (List<Inline> item : list.items()) {
          items.add(item(bullet + " ", inlines(item)));
        }
        if (!items.isEmpty()) {
          out.add(String.join("\n", items));
        }
      } else if (block instanceof OrderedList list) {
        dotNumbers = !(previous instanceof OrderedList) || !dotNumbers;
        char delimiter = dotNumbers ? '.' : ')';
        List<String> items = new ArrayList<>();
        int n = 1;
        for (List<Inline> item : list.items()) {
          items.add(item(n++ + String.valueOf(delimiter) + " ", inlines(item)));
        }
        if (!items.isEmpty()) {
          out.add(String.join("\n", items));
        }
      }
      previous = block;
    }
    return out;
  }

  private static String item(String marker, String content) {
    return content.isEmpty() ? marker.strip() : marker + content;
  }

  /** Inlines as one line of Markdown, escaped as the start of a block. */
  public static String inlines(List<Inline> inlines) {
    StringBuilder out = new StringBuilder();
    appendInlines(merge(inlines), out, false);
    return blockStart(out.toString());
  }

  /** Plain text as one line of Markdown, escaped as the start of a block. */
  public static String plain(String text) {
    return inlines(List.of(new Text(text)));
  }

  private static void appendInlines(List<Inline> inlines, StringBuilder out, boolean inLink) {
    for (Inline inline : inlines) {
      if (inline instanceof Text t) {
        out.append(escape(t.text()));
      } else if (inline instanceof Emphasis e) {
        out.append('*');
        appendInlines(merge(e.children()), out, inLink);
        out.append('*');
      } else if (inline instanceof Strong s) {
        out.append("**");
        appendInlines(merge(s.children()), out, inLink);
        out.append("**");
      } else if (inline instanceof Link link) {
        String href = UrlPolicy.href(link.url()).orElse(null);
        if (href == null || inLink) {
          appendInlines(merge(link.children()), out, inLink);
        } else {
          // "![" would open an image: a text ending in "!" before a link keeps it literal.
          if (out.length() > 0 && out.charAt(out.length() - 1) == '!') {
            out.insert(out.length() - 1, '\\');
          }
          out.append('[');
          appendInlines(merge(link.children()), out, true);
          out.append("](<").append(escapeDestination(href)).append(">)");
        }
      }
    }
  }

  /** Adjacent texts joined and empty ones dropped, as a parser would read them back. */
  private static List<Inline> merge(List<Inline> inlines) {
    List<Inline> out = new ArrayList<>(inlines.size());
    for (Inline inline : inlines) {
      if (inline instanceof Text t) {
        if (t.text().isEmpty()) {
          continue;
        }
        if (!out.isEmpty() && out.get(out.size() - 1) instanceof Text before) {
          out.set(out.size() - 1, new Text(before.text() + t.text()));
          continue;
        }
      }
      out.add(inline);
    }
    return out;
  }

  /** Escapes text inside a line. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      switch (cp) {
        case '\\', '`', '*', '_', '[', ']', '<', '>', '#' -> out.append('\\').append((char) cp);
        case '&' -> {
          if (ENTITY.matcher(text).region(i, text.length()).lookingAt()) {
            out.append("\\&");
          } else {
            out.append('&');
          }
        }
        default -> {
          if (cp < 0x20 || cp == 0x7F) {
            out.append("&#").append(cp).append(';');
          } else {
            out.appendCodePoint(cp);
          }
        }
      }
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  /** Makes an escaped line safe at the start of a block and keeps its edge white space. */
  private static String blockStart(String line) {
    StringBuilder out = new StringBuilder(line.length() + 8);
    int start = 0;
    while (start < line.length()) {
      int cp = line.codePointAt(start);
      if (!isEdgeSpace(cp)) {
        break;
      }
      out.append("&#").append(cp).append(';');
      start += Character.charCount(cp);
    }
    int end = line.length();
    StringBuilder tail = new StringBuilder();
    while (end > start) {
      int cp = line.codePointBefore(end);
      if (!isEdgeSpace(cp)) {
        break;
      }
      tail.insert(0, "&#" + cp + ";");
      end -= Character.charCount(cp);
    }
    String body = line.substring(start, end);
    if (start == 0 && !body.isEmpty()) {
      char first = body.charAt(0);
      if (first == '-' || first == '+' || first == '=' || first == '~' || first == '|') {
        body = "\\" + body;
      } else if (ORDERED_MARKER.matcher(body).lookingAt()) {
        int marker = 0;
        while (Character.isDigit(body.charAt(marker))) {
          marker++;
        }
        body = body.substring(0, marker) + "\\" + body.substring(marker);
      }
    }
    return out.append(body).append(tail).toString();
  }

  private static boolean isEdgeSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
  }

  private static String escapeDestination(String href) {
    StringBuilder out = new StringBuilder(href.length() + 4);
    for (int i = 0; i < href.length(); i++) {
      char c = href.charAt(i);
      if (c == '\\' || c == '<' || c == '>' || c == '&') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
