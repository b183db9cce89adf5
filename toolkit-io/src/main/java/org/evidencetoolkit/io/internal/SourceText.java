package org.evidencetoolkit.io.internal;

import java.util.Arrays;

/**
 * The decoded text of one source and how to turn a node's {@code where} into a line and column.
 *
 * <p>JSON nodes store the UTF-16 offset into {@link #text()}; YAML nodes store the line and
 * code-point column that the YAML scanner reports, packed into one {@code long}. Both resolve to
 * 1-based lines and code-point columns.
 */
public final class SourceText {
  private final String name;
  private final String text;
  private final boolean packedPositions;
  private int @org.jspecify.annotations.Nullable [] lineStarts;

  private SourceText(String name, String text, boolean packedPositions) {
    this.name = name;
    this.text = text;
    this.packedPositions = packedPositions;
  }

  /** A source whose positions are UTF-16 offsets into the text (JSON). */
  public static SourceText withOffsets(String name, String text) {
    return new SourceText(name, text, false);
  }

  /** A source whose positions are packed line and column pairs (YAML). */
  public static SourceText withLineColumns(String name, String text) {
    return new SourceText(name, text, true);
  }

  /** A position packed for a YAML source. */
  public static long pack(int line, int column) {
    return ((long) line << 32) | (column & 0xffffffffL);
  }

  /** The source's name. */
  public String name() {
    return name;
  }

  /** The decoded text. */
  public String text() {
    return text;
  }

  /** The 1-based line and code-point column of a node position. */
  public Position position(long where) {
    if (packedPositions) {
      int line = (int) (where >>> 32);
      int column = (int) where;
      return new Position(Math.max(1, line), Math.max(1, column));
    }
    return positionOfOffset((int) Math.max(0, Math.min(where, text.length())));
  }

  /** The 1-based line and code-point column of a UTF-16 offset into the text. */
  public Position positionOfOffset(int offset) {
    return positionIn(text, lineStarts(), offset);
  }

  private int[] lineStarts() {
    int[] starts = lineStarts;
    if (starts == null) {
      starts = computeLineStarts(text);
      lineStarts = starts;
    }
    return starts;
  }

  /** Line start offsets: lines end at \n, \r\n or \r. */
  static int[] computeLineStarts(CharSequence text) {
    int[] starts = new int[16];
    int count = 1;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, count);
  }

  static Position positionIn(CharSequence text, int[] lineStarts, int offset) {
    int index = Arrays.binarySearch(lineStarts, offset);
    int line = index >= 0 ? index : -index - 2;
    int start = lineStarts[line];
    int column = Character.codePointCount(text, start, offset) + 1;
    return new Position(line + 1, column);
  }

  /** A 1-based line and code-point column. */
  public record Position(int line, int column) {}
}
