package org.evidencetoolkit.io.internal;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.text.Characters;
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
 * Writes rich text as canonical CommonMark that {@link MarkdownReader} reads back to the same
 * {@link RichTextNormalForm normal form}.
 *
 * <p>Layout: blocks separated by one blank line, each paragraph and list item on one line,
 * {@code -} bullets and {@code 1.} numbers (switching to {@code *} and {@code 1)} for a list that
 * directly follows another of its kind, or the two would merge), no trailing newline.
 *
 * <p>Escaping: ASCII punctuation that could start markup is backslash-escaped; characters that
 * Markdown would strip or reinterpret — white space at the start or end of a block, line breaks,
 * control and other invisible characters — are written as numeric character references (
 * {@literal &}#10;). Emphasis uses {@code *} and strong emphasis {@code **}, or {@code _}/{@code __} where
 * the delimiter would otherwise touch another of the same character; when CommonMark's flanking
 * rules would not let a delimiter open or close where it stands, the neighbouring character is
 * written as a character reference, which counts as punctuation.
 */
public final class MarkdownWriter {
  private MarkdownWriter() {}

  /** The Markdown for the normal form of this text. */
  public static String write(RichText text) {
    RichText normal = RichTextNormalForm.of(text);
    StringBuilder out = new StringBuilder();
    Class<?> previous = null;
    boolean alternate = false;
    for (Block block : normal.blocks()) {
      if (out.length() > 0) {
        out.append("\n\n");
      }
      alternate = block.getClass() == previous && !alternate;
      if (block instanceof Paragraph paragraph) {
        out.append(line(paragraph.inlines()));
      } else if (block instanceof BulletList list) {
        String marker = alternate ? "*" : "-";
        appendItems(out, list.items(), i -> marker);
      } else if (block instanceof OrderedList list) {
        String delimiter = alternate ? ")" : ".";
        appendItems(out, list.items(), i -> (i + 1) + delimiter);
      }
      previous = block.getClass();
    }
    return out.toString();
  }

  /** The Markdown of one line of normal inlines, as in a paragraph. */
  public static String line(List<Inline> inlines) {
    List<Piece> pieces = new ArrayList<>();
    pieces(inlines, (char) 0, pieces);
    return render(pieces);
  }

  private interface Marker {
    String of(int index);
  }

  private static void appendItems(StringBuilder out, List<List<Inline>> items, Marker marker) {
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        out.append('\n');
      }
      String content = line(items.get(i));
      out.append(marker.of(i));
      if (!content.isEmpty()) {
        out.append(' ').append(content);
      }
    }
  }

  /** A run of output: text to escape, a delimiter, or fixed markup. */
  private static final class Piece {
    final String text;
    final boolean isText;
    final boolean isDelimiter;
    final char delimiter;
    final boolean opens;
    boolean encodeFirst;
    boolean encodeLast;

    private Piece(String text, boolean isText, boolean isDelimiter, char delimiter, boolean opens) {
      this.text = text;
      this.isText = isText;
      this.isDelimiter = isDelimiter;
      this.delimiter = delimiter;
      this.opens = opens;
    }

    static Piece text(String text) {
      return new Piece(text, true, false, (char) 0, false);
    }

    static Piece markup(String markup) {
      return new Piece(markup, false, false, (char) 0, false);
    }

    static Piece delimiter(char c, int count, boolean opens) {
      return new Piece(String.valueOf(c).repeat(count), false, true, c, opens);
    }
  }

  /**
   * Emits pieces, choosing each emphasis delimiter so that it never touches a delimiter of the
   * same character: a child differs from its parent, and a node differs from an emphasis right
   * before it. In normal form that is always possible with two characters (emphasis nests at
   * most two deep, and same-kind neighbours have been joined).
   */
  private static void pieces(List<Inline> inlines, char parent, List<Piece> out) {
    char previous = 0;
    for (Inline inline : inlines) {
      if (inline instanceof Text text) {
        out.add(Piece.text(text.text()));
        previous = 0;
      } else if (inline instanceof Link link) {
        out.add(Piece.markup("["));
        pieces(link.children(), (char) 0, out);
        out.add(Piece.markup("](" + destination(link.url().toString()) + ")"));
        previous = 0;
      } else {
        boolean strong = inline instanceof Strong;
        List<Inline> children =
            strong ? ((Strong) inline).children() : ((Emphasis) inline).children();
        char c = parent == '*' ? '_' : '*';
        if (c == previous) {
          c = c == '*' ? '_' : '*';
        }
        int count = strong ? 2 : 1;
        out.add(Piece.delimiter(c, count, true));
        pieces(children, c, out);
        out.add(Piece.delimiter(c, count, false));
        previous = c;
      }
    }
  }

  private static String destination(String url) {
    StringBuilder out = new StringBuilder(url.length());
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == '(' || c == ')' || c == '\\' || c == '<' || c == '>' || c == ' '
          || (c == '&' && startsReference(url, i))) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  private static final java.util.regex.Pattern REFERENCE =
      java.util.regex.Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");

  /** Whether the {@code &} at {@code i} begins something CommonMark reads as a reference. */
  private static boolean startsReference(String s, int i) {
    return REFERENCE.matcher(s).region(i, Math.min(s.length(), i + 40)).lookingAt();
  }

  private enum Kind {
    WHITESPACE,
    PUNCTUATION,
    OTHER
  }

  private static String render(List<Piece> pieces) {
    // Decide which characters beside delimiters must become references. A reference turns its
    // character into punctuation, which can change what another delimiter sees, so repeat until
    // nothing changes (marks are only ever added, so this ends).
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = 0; i < pieces.size(); i++) {
        Piece piece = pieces.get(i);
        if (piece.isDelimiter) {
          changed |= settle(pieces, i, piece);
        }
      }
    }
    for (int i = 0; i + 1 < pieces.size(); i++) {
      Piece piece = pieces.get(i);
      // "!" right before "[" would make the link an image
      if (piece.isText && piece.text.endsWith("!") && pieces.get(i + 1).text.equals("[")) {
        piece.encodeLast = true;
      }
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < pieces.size(); i++) {
      Piece piece = pieces.get(i);
      if (piece.isText) {
        appendText(out, piece, i == 0, i == pieces.size() - 1);
      } else {
        out.append(piece.text);
      }
    }
    return out.toString();
  }

  /** Marks what one delimiter needs; whether anything new was marked. */
  private static boolean settle(List<Piece> pieces, int i, Piece piece) {
    Piece before = i > 0 ? pieces.get(i - 1) : null;
    Piece after = i + 1 < pieces.size() ? pieces.get(i + 1) : null;
    Piece inner = piece.opens ? after : before;
    Piece outer = piece.opens ? before : after;
    boolean innerFirst = piece.opens; // an opener touches the first character of what follows
    boolean changed = false;
    // Inside, white space would stop the delimiter from opening or closing.
    if (inner != null && inner.isText && kind(inner, innerFirst) == Kind.WHITESPACE) {
      changed |= mark(inner, innerFirst);
    }
    Kind innerKind = inner == null ? Kind.WHITESPACE : kind(inner, innerFirst);
    Kind outerKind = outer == null ? Kind.WHITESPACE : kind(outer, !piece.opens);
    boolean fix =
        piece.delimiter == '_'
            ? outerKind == Kind.OTHER
            : outerKind == Kind.OTHER && innerKind == Kind.PUNCTUATION;
    if (fix && outer != null && outer.isText) {
      changed |= mark(outer, !piece.opens);
    }
    return changed;
  }

  private static boolean mark(Piece text, boolean first) {
    if (first ? text.encodeFirst : text.encodeLast) {
      return false;
    }
    if (first) {
      text.encodeFirst = true;
    } else {
      text.encodeLast = true;
    }
    return true;
  }

  /** Whether the first (or last) character of a text piece will be written as a reference. */
  private static boolean encoded(Piece piece, boolean first) {
    String s = piece.text;
    boolean single = s.codePointCount(0, s.length()) == 1;
    return first
        ? piece.encodeFirst || (single && piece.encodeLast)
        : piece.encodeLast || (single && piece.encodeFirst);
  }

  /** The kind of a piece's first or last character as the Markdown parser will see it. */
  private static Kind kind(Piece piece, boolean first) {
    if (!piece.isText) {
      return Kind.PUNCTUATION; // delimiters and link markup are ASCII punctuation
    }
    if (encoded(piece, first)) {
      return Kind.PUNCTUATION; // "&#...;"
    }
    String s = piece.text;
    int cp = first ? s.codePointAt(0) : s.codePointBefore(s.length());
    if (needsReference(cp)) {
      return Kind.PUNCTUATION;
    }
    if (Characters.isWhitespaceCodePoint(cp)) {
      return Kind.WHITESPACE;
    }
    if (Characters.isPunctuationCodePoint(cp)) {
      return Kind.PUNCTUATION;
    }
    return Kind.OTHER;
  }

  /** Characters always written as references: line breaks, controls and invisible ones. */
  static boolean needsReference(int cp) {
    if (cp == '\t') {
      return false;
    }
    return cp < 0x20
        || (cp >= 0x7f && cp <= 0x9f)
        || cp == 0x2028
        || cp == 0x2029
        || cp == 0xfeff
        || (cp >= 0xd800 && cp <= 0xdfff)
        || cp == 0xfffe
        || cp == 0xffff;
  }

  private static boolean isBlankish(int cp) {
    return cp == ' ' || cp == '\t' || Character.isWhitespace(cp)
        || Character.getType(cp) == Character.SPACE_SEPARATOR;
  }

  private static void appendText(StringBuilder out, Piece piece, boolean blockStart,
      boolean blockEnd) {
    String s = piece.text;
    int n = s.length();
    int lastStart = n - Character.charCount(s.codePointBefore(n));
    for (int i = 0; i < n; ) {
      int cp = s.codePointAt(i);
      int width = Character.charCount(cp);
      boolean first = i == 0;
      boolean last = i == lastStart;
      boolean reference =
          needsReference(cp)
              || (first && piece.encodeFirst)
              || (last && piece.encodeLast)
              || (first && blockStart && isBlankish(cp))
              || (last && blockEnd && isBlankish(cp));
      if (reference) {
        out.append("&#").append(cp).append(';');
      } else if (cp < 0x80 && escapes((char) cp, s, i, blockStart)) {
        out.append('\\').append((char) cp);
      } else {
        out.appendCodePoint(cp);
      }
      i += width;
    }
  }

  /** Whether an ASCII character is backslash-escaped; {@code blockStart}: the piece starts a block. */
  private static boolean escapes(char c, String s, int i, boolean blockStart) {
    boolean atBlockStart = blockStart && i == 0;
    switch (c) {
      case '\\', '*', '_', '[', ']', '`', '<' -> {
        return true;
      }
      case '&' -> {
        return startsReference(s, i);
      }
      case '#', '>', '-', '+', '=', '~' -> {
        return atBlockStart;
      }
      case '.', ')' -> {
        // "12." or "3)" at the start of a block would begin an ordered list
        if (!blockStart || i == 0 || i > 9) {
          return false;
        }
        for (int k = 0; k < i; k++) {
          char d = s.charAt(k);
          if (d < '0' || d > '9') {
            return false;
          }
        }
        return true;
      }
      default -> {
        return false;
      }
    }
  }
}
