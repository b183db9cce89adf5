package org.evidencetoolkit.model.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The plain path: {@link CommonMarkWriter} as it was before it wrote into one buffer and skipped
 * normalizing normal text, kept unchanged (but for its name and the normal form's plain path) so
 * that {@code CommonMarkWriterFastPathTest} can hold the writer to the same bytes.
 *
 * <p>Original description follows.
 *
 * Writes rich text as CommonMark that a CommonMark parser reads back to the text's {@link
 * RichTextNormalForm normal form}: the one CommonMark writer of the project, used for the
 * canonical file form ({@code toolkit-io}) and for Markdown pages ({@code toolkit-render}).
 *
 * <pre>{@code
 * CommonMarkWriter.canonical().write(text);                 // "A *b* [c](https://x.org)"
 * CommonMarkWriter.page(uri -> Optional.of(uri.toString()))  // "A *b* [c](<https://x.org>)"
 *     .write(text);
 * }</pre>
 *
 * <p>Layout: the normal form of the text, blocks separated by one blank line, each paragraph and
 * list item on one line, {@code -} bullets and {@code 1.} numbers (switching to {@code *} and
 * {@code 1)} for a list that directly follows another of its kind, or the two would merge), no
 * trailing newline.
 *
 * <p>Escaping: ASCII punctuation that could start markup is backslash-escaped; characters that
 * Markdown would strip or reinterpret — white space at the start or end of a block, line breaks,
 * control and other invisible characters — are written as numeric character references
 * ({@literal &}#10;). Emphasis uses {@code *} and strong emphasis {@code **}, or {@code _}/{@code
 * __} where the delimiter would otherwise touch another of the same character; when CommonMark's
 * flanking rules would not let a delimiter open or close where it stands, the neighbouring
 * character is written as a character reference, which counts as punctuation.
 *
 * <p>The two modes differ only where noted:
 *
 * <ul>
 *   <li>{@linkplain #canonical() canonical} (the file form): link destinations in parentheses,
 *       {@code (…)}, with {@code &} escaped only where it would start a character reference;
 *       {@code #} and {@code >} escaped only at the start of a block; every link is written.
 *   <li>{@linkplain #page(Function) page} (a Markdown page that other tools read and show):
 *       link destinations in angle brackets, {@code (<…>)}, with every {@code &} escaped;
 *       {@code #} and {@code >} escaped everywhere, so a line can be put after {@code "# "} or
 *       inside other markup; {@code |} escaped at the start of a block, where GitHub's tables
 *       begin; and each link's address chosen by a caller's function, which may refuse it (the
 *       link's text is then written without the link). The policy stays with the caller.
 * </ul>
 *
 * <p>A writer is immutable and safe to share between threads if its link function is.
 */
final class ReferenceCommonMarkWriter {
  private static final ReferenceCommonMarkWriter CANONICAL =
      new ReferenceCommonMarkWriter(false, uri -> Optional.of(uri.toString()));

  /** What CommonMark reads as a character reference: "&", a decimal or hex number or a name, ";". */
  private static final Pattern REFERENCE =
      Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");

  private final boolean page;
  private final Function<? super URI, Optional<String>> links;

  private ReferenceCommonMarkWriter(boolean page, Function<? super URI, Optional<String>> links) {
    this.page = page;
    this.links = links;
  }

  /**
   * The canonical file form, which {@code toolkit-io} writes and reads: every link kept, its
   * address as {@link URI#toString()}.
   */
  public static ReferenceCommonMarkWriter canonical() {
    return CANONICAL;
  }

  /**
   * The form for Markdown pages (see the class description).
   *
   * @param links the address to write for a link's URI, or empty to write the link's text alone;
   *     it should be a pure function, since it may be asked more than once for one link
   */
  public static ReferenceCommonMarkWriter page(Function<? super URI, Optional<String>> links) {
    return new ReferenceCommonMarkWriter(true, links);
  }

  /** The Markdown of the text: its blocks separated by blank lines; {@code ""} for empty text. */
  public String write(RichText text) {
    return String.join("\n\n", blocks(text));
  }

  /**
   * Appends {@link #write(RichText)} to {@code out}.
   *
   * @throws UncheckedIOException wrapping the {@link IOException} of {@code out}
   */
  public void write(RichText text, Appendable out) {
    try {
      out.append(write(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The Markdown of each block of the text's normal form, each without a final newline; a caller
   * joins them with blank lines, perhaps with its own blocks between (then a list directly after
   * a list of the same kind must not follow, or the two may merge).
   */
  public List<String> blocks(RichText text) {
    RichText normal = RichTextNormalForm.copy(page ? unlinkRefused(text) : text);
    List<String> out = new ArrayList<>(normal.blocks().size());
    Class<?> previous = null;
    boolean alternate = false;
    for (Block block : normal.blocks()) {
      alternate = block.getClass() == previous && !alternate;
      if (block instanceof Paragraph paragraph) {
        out.add(normalLine(paragraph.inlines()));
      } else if (block instanceof BulletList list) {
        String marker = alternate ? "*" : "-";
        out.add(items(list.items(), i -> marker));
      } else if (block instanceof OrderedList list) {
        String delimiter = alternate ? ")" : ".";
        out.add(items(list.items(), i -> (i + 1) + delimiter));
      }
      previous = block.getClass();
    }
    return out;
  }

  /**
   * The inlines (in their normal form) as one line of Markdown, escaped as the start and end of a
   * block: a paragraph, or what follows a heading's or list item's marker.
   */
  public String line(List<Inline> inlines) {
    List<Inline> in = page ? unlinkRefused(inlines) : inlines;
    return normalLine(RichTextNormalForm.copyInlines(in));
  }

  /** Plain text as one line of Markdown: {@code line(List.of(new Text(text)))}. */
  public String plain(String text) {
    return line(List.of(new Text(text)));
  }

  private String normalLine(List<Inline> inlines) {
    List<Piece> pieces = new ArrayList<>();
    pieces(inlines, (char) 0, pieces);
    return render(pieces);
  }

  private interface Marker {
    String of(int index);
  }

  private String items(List<List<Inline>> items, Marker marker) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        out.append('\n');
      }
      String content = normalLine(items.get(i));
      out.append(marker.of(i));
      if (!content.isEmpty()) {
        out.append(' ').append(content);
      }
    }
    return out.toString();
  }

  // ---- links refused by the page's link function become their text, before normalising (so
  // that, say, emphases either side of a refused link join as the page would read them)

  private RichText unlinkRefused(RichText text) {
    List<Block> blocks = new ArrayList<>(text.blocks().size());
    for (Block block : text.blocks()) {
      if (block instanceof Paragraph p) {
        blocks.add(new Paragraph(unlinkRefused(p.inlines())));
      } else if (block instanceof BulletList list) {
        blocks.add(new BulletList(list.items().stream().map(this::unlinkRefused).toList()));
      } else if (block instanceof OrderedList list) {
        blocks.add(new OrderedList(list.items().stream().map(this::unlinkRefused).toList()));
      }
    }
    return new RichText(blocks);
  }

  private List<Inline> unlinkRefused(List<Inline> inlines) {
    List<Inline> out = new ArrayList<>(inlines.size());
    for (Inline inline : inlines) {
      if (inline instanceof Link link) {
        List<Inline> children = unlinkRefused(link.children());
        if (links.apply(link.url()).isPresent()) {
          out.add(new Link(link.url(), children));
        } else {
          out.addAll(children);
        }
      } else if (inline instanceof Emphasis e) {
        out.add(new Emphasis(unlinkRefused(e.children())));
      } else if (inline instanceof Strong s) {
        out.add(new Strong(unlinkRefused(s.children())));
      } else {
        out.add(inline);
      }
    }
    return out;
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
  private void pieces(List<Inline> inlines, char parent, List<Piece> out) {
    char previous = 0;
    for (Inline inline : inlines) {
      if (inline instanceof Text text) {
        out.add(Piece.text(text.text()));
        previous = 0;
      } else if (inline instanceof Link link) {
        out.add(Piece.markup("["));
        pieces(link.children(), (char) 0, out);
        out.add(Piece.markup(destination(link.url())));
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

  /** The markup after a link's text: {@code ](…)}, or {@code ](<…>)} on a page. */
  private String destination(URI uri) {
    // Links the function refused were unlinked before normalising; a function that changes its
    // mind leaves the address as the URI's own.
    String url = page ? links.apply(uri).orElse(uri.toString()) : uri.toString();
    StringBuilder out = new StringBuilder(url.length() + 6);
    out.append(page ? "](<" : "](");
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      boolean escape =
          page
              ? c == '\\' || c == '<' || c == '>' || c == '&'
              : c == '(' || c == ')' || c == '\\' || c == '<' || c == '>' || c == ' '
                  || (c == '&' && startsReference(url, i));
      if (escape) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.append(page ? ">)" : ")").toString();
  }

  /** Whether the {@code &} at {@code i} begins something CommonMark reads as a reference. */
  private static boolean startsReference(String s, int i) {
    return REFERENCE.matcher(s).region(i, Math.min(s.length(), i + 40)).lookingAt();
  }

  private enum Kind {
    WHITESPACE,
    PUNCTUATION,
    OTHER
  }

  private String render(List<Piece> pieces) {
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
    if (CommonMarkCharacters.isWhitespace(cp)) {
      return Kind.WHITESPACE;
    }
    if (CommonMarkCharacters.isPunctuation(cp)) {
      return Kind.PUNCTUATION;
    }
    return Kind.OTHER;
  }

  /** Characters always written as references: line breaks, controls and invisible ones. */
  private static boolean needsReference(int cp) {
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

  /** White space a parser strips from the start or end of a block. */
  private static boolean isBlankish(int cp) {
    return cp == ' ' || cp == '\t' || Character.isWhitespace(cp)
        || Character.getType(cp) == Character.SPACE_SEPARATOR;
  }

  private void appendText(StringBuilder out, Piece piece, boolean blockStart, boolean blockEnd) {
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
  private boolean escapes(char c, String s, int i, boolean blockStart) {
    boolean atBlockStart = blockStart && i == 0;
    switch (c) {
      case '\\', '*', '_', '[', ']', '`', '<' -> {
        return true;
      }
      case '&' -> {
        return startsReference(s, i);
      }
      case '#', '>' -> {
        return page || atBlockStart;
      }
      case '-', '+', '=', '~' -> {
        return atBlockStart;
      }
      case '|' -> {
        return page && atBlockStart;
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

  @Override
  public String toString() {
    return page ? "CommonMarkWriter.page" : "CommonMarkWriter.canonical";
  }
}
