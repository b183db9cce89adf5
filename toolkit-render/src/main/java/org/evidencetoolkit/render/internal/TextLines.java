package org.evidencetoolkit.render.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Lines of plain text being laid out at a fixed width: words are wrapped greedily, no line ends
 * in white space, and blocks are separated by exactly one blank line.
 *
 * <p>A word wider than the room a line leaves for it is never split (an address stays whole); it
 * goes alone on a line after the line's prefix, which is the only way a line exceeds the width.
 */
public final class TextLines {
  private final int width;
  private final List<String> lines = new ArrayList<>();
  private boolean blankPending;

  /** Lines at most {@code width} columns wide (save for single over-long words). */
  public TextLines(int width) {
    this.width = width;
  }

  /** The width lines are wrapped to. */
  public int width() {
    return width;
  }

  /** Asks for a blank line before the next line, unless at the start. */
  public void blank() {
    blankPending = !lines.isEmpty();
  }

  /**
   * Adds a line as it is (trailing white space removed). A line that is empty once stripped (say,
   * of no-break spaces only) counts as a blank line, so blank lines never pile up.
   */
  public void line(String line) {
    String stripped = stripTrailing(line);
    if (stripped.isEmpty()) {
      blank();
      return;
    }
    if (blankPending) {
      lines.add("");
      blankPending = false;
    }
    lines.add(stripped);
  }

  /**
   * Wraps text (already {@linkplain Columns#printable printable}) into lines, the first starting
   * with {@code firstPrefix}, the rest with {@code restPrefix}. Nothing is added for blank text.
   *
   * @return how many lines were added
   */
  public int wrap(String text, String firstPrefix, String restPrefix) {
    List<String> words = words(text);
    if (words.isEmpty()) {
      return 0;
    }
    int added = 0;
    StringBuilder current = new StringBuilder(firstPrefix);
    int prefixColumns = Columns.of(firstPrefix);
    int columns = prefixColumns;
    boolean empty = true;
    for (String word : words) {
      int w = Columns.of(word);
      if (!empty && columns + 1 + w > width) {
        line(current.toString());
        added++;
        current = new StringBuilder(restPrefix);
        prefixColumns = Columns.of(restPrefix);
        columns = prefixColumns;
        empty = true;
      }
      if (!empty) {
        current.append(' ');
        columns++;
      }
      current.append(word);
      columns += w;
      empty = false;
    }
    line(current.toString());
    return added + 1;
  }

  /** The widest line, in columns. */
  public static int widest(List<String> lines) {
    int widest = 0;
    for (String line : lines) {
      widest = Math.max(widest, Columns.of(line));
    }
    return widest;
  }

  /** The lines added so far. */
  public List<String> lines() {
    return List.copyOf(lines);
  }

  /** Writes the lines, each ending in a line feed. */
  public void writeTo(Appendable out) {
    try {
      for (String line : lines) {
        out.append(line).append('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Splits text into words at white space. */
  public static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      boolean space = isBreakingSpace(cp);
      if (space && start >= 0) {
        words.add(text.substring(start, i));
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      words.add(text.substring(start));
    }
    return words;
  }

  /** White space a line may break at (not no-break spaces). */
  public static boolean isBreakingSpace(int cp) {
    return Character.isWhitespace(cp);
  }

  /** The string without trailing white space of any kind. */
  public static String stripTrailing(String line) {
    int end = line.length();
    while (end > 0) {
      int cp = line.codePointBefore(end);
      if (!(Character.isWhitespace(cp) || Character.isSpaceChar(cp))) {
        break;
      }
      end -= Character.charCount(cp);
    }
    return line.substring(0, end);
  }
}
