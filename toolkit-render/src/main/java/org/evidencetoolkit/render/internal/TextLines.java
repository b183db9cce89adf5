package org.evidencetoolkit.render.internal;

/**
 * Lines of plain text being laid out at a fixed width: words are wrapped greedily, no line ends
 * in white space, and blocks are separated by exactly one blank line.
 *
 * <p>A word wider than the room a line leaves for it is never split (an address stays whole); it
 * goes alone on a line after the line's prefix, which is the only way a line exceeds the width.
 *
 * <p>Lines are written straight into one {@link StringBuilder}, each ending in a line feed, as
 * they are wrapped: words are measured where they stand in the text, so wrapping allocates
 * nothing. A line is appended first and then trimmed of trailing white space; a line that trims
 * to nothing is taken back, together with the blank line it would have started with.
 */
public final class TextLines {
  private final int width;
  private final StringBuilder out;
  private final int start;
  private boolean blankPending;
  // Where the line being written begins, before and after the blank line it may start with.
  private int lineMark;
  private int lineStart;
  // Of the lines ended since the last wrap began: how many were kept (not trimmed away) and the
  // widest one's columns.
  private int keptLines;
  private int widestLine;

  /**
   * Lines at most {@code width} columns wide (save for single over-long words), appended to
   * {@code out} after what it already holds.
   */
  public TextLines(int width, StringBuilder out) {
    this.width = width;
    this.out = out;
    this.start = out.length();
  }

  /** The width lines are wrapped to. */
  public int width() {
    return width;
  }

  /** Asks for a blank line before the next line, unless at the start. */
  public void blank() {
    blankPending = out.length() > start;
  }

  /**
   * Adds a line as it is (trailing white space removed). A line that is empty once stripped (say,
   * of no-break spaces only) counts as a blank line, so blank lines never pile up.
   */
  public void line(CharSequence line) {
    beginLine();
    out.append(line);
    endLine(0);
  }

  /**
   * Wraps text (already {@linkplain org.evidencetoolkit.render.TerminalText#printable printable}) into lines, the first starting
   * with {@code firstPrefix}, the rest with {@code restPrefix}. Nothing is added for blank text.
   *
   * @return how many lines were wrapped, counting any that trimmed to nothing
   */
  public int wrap(CharSequence text, CharSequence firstPrefix, CharSequence restPrefix) {
    keptLines = 0;
    widestLine = 0;
    int length = text.length();
    int k = skipSpaces(text, 0);
    if (k == length) {
      return 0;
    }
    int restColumns = -1;
    int lines = 0;
    beginLine();
    out.append(firstPrefix);
    int columns = Columns.of(firstPrefix);
    boolean empty = true;
    while (k < length) {
      int wordStart = k;
      while (k < length && !isBreakingSpace(text.charAt(k))) {
        k++;
      }
      int w = Columns.of(text, wordStart, k);
      if (!empty && columns + 1 + w > width) {
        endLine(columns);
        lines++;
        if (restColumns < 0) {
          restColumns = Columns.of(restPrefix);
        }
        beginLine();
        out.append(restPrefix);
        columns = restColumns;
        empty = true;
      }
      if (!empty) {
        out.append(' ');
        columns++;
      }
      out.append(text, wordStart, k);
      columns += w;
      empty = false;
      k = skipSpaces(text, k);
    }
    endLine(columns);
    return lines + 1;
  }

  /**
   * A heading: the text wrapped with no prefix, or {@code fallback} as it is if that leaves no
   * line, then a line of {@code underline} as wide as the widest of those lines (at least one
   * column, at most the width). A blank line comes before it unless at the start.
   */
  public void heading(CharSequence text, String fallback, char underline) {
    blank();
    wrap(text, "", "");
    int widest = widestLine;
    if (keptLines == 0) {
      line(fallback);
      widest = Columns.of(fallback);
    } else {
      // Heading lines that trimmed to nothing after the last kept one add no blank line.
      blankPending = false;
    }
    int rule = Math.max(1, Math.min(width, widest));
    beginLine();
    for (int i = 0; i < rule; i++) {
      out.append(underline);
    }
    endLine(rule);
  }

  /** White space a line may break at (not no-break spaces). */
  public static boolean isBreakingSpace(int cp) {
    // Printable ASCII other than the space, most of any text, answers without a table lookup.
    if (cp > ' ' && cp < 0x7F) {
      return false;
    }
    return cp == ' ' || Character.isWhitespace(cp);
  }

  private static int skipSpaces(CharSequence text, int from) {
    int k = from;
    // White space is all in the Basic Multilingual Plane, and a surrogate is never white space,
    // so testing chars one by one finds the same breaks as testing code points.
    while (k < text.length() && isBreakingSpace(text.charAt(k))) {
      k++;
    }
    return k;
  }

  private void beginLine() {
    lineMark = out.length();
    if (blankPending) {
      out.append('\n');
    }
    lineStart = out.length();
  }

  /**
   * Ends the line begun last, {@code columns} wide: trims its trailing white space of any kind and
   * adds a line feed, or takes it back and asks for a blank line if nothing is left.
   */
  private void endLine(int columns) {
    int end = out.length();
    int kept = columns;
    // As in skipSpaces, white space and space characters are never surrogates.
    while (end > lineStart) {
      char c = out.charAt(end - 1);
      if (!(Character.isWhitespace(c) || Character.isSpaceChar(c))) {
        break;
      }
      kept -= Columns.of(c);
      end--;
    }
    if (end == lineStart) {
      out.setLength(lineMark);
      blank();
      return;
    }
    out.setLength(end);
    out.append('\n');
    blankPending = false;
    keptLines++;
    widestLine = Math.max(widestLine, kept);
  }
}
