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
  private final boolean wholeCharacters;
  private int @org.jspecify.annotations.Nullable [] lineStarts;

  private SourceText(String name, String text, boolean packedPositions, boolean wholeCharacters) {
    this.name = name;
    this.text = text;
    this.packedPositions = packedPositions;
    this.wholeCharacters = wholeCharacters;
  }

  /** A source whose positions are UTF-16 offsets into the text (JSON). */
  public static SourceText withOffsets(String name, String text) {
    return new SourceText(name, text, false, false);
  }

  /** A source whose positions are packed line and column pairs (YAML). */
  public static SourceText withLineColumns(String name, String text) {
    return new SourceText(name, text, true, false);
  }

  /**
   * A source of text {@link InputDecoder} has checked, which therefore holds no unpaired
   * surrogate: positions as {@link #withOffsets} for JSON, {@link #withLineColumns} for YAML.
   */
  public static SourceText checked(String name, String text, boolean yaml) {
    return new SourceText(name, text, yaml, true);
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

  /**
   * Whether a string read from this source may hold an unpaired surrogate: always for text not
   * {@linkplain #checked checked}, else when the text may spell half of a character with an
   * escape: a backslash, then {@code u} or {@code U}, then a {@code d} or {@code D} among the next
   * eight characters.
   *
   * <p>Why this is enough: checked text holds no unpaired surrogate (UTF-8 cannot encode one and
   * {@link InputDecoder} refuses one in text), and a parser splits text only at ASCII syntax, so
   * a string the parser returns can hold one only through an escape that produces a surrogate
   * code unit. JSON spells those <code>&#92;uD800</code> to <code>&#92;uDFFF</code>; YAML also in
   * eight digits, <code>&#92;U0000D800</code> to <code>&#92;U0000DFFF</code>. Every such escape
   * has a {@code d} or {@code D} within eight characters of its backslash and {@code u}. The test
   * is wider than the escapes (an escaped backslash before a {@code u}, or a {@code d} that is
   * only text, also answer true), which only costs the per-string search that false saves.
   */
  public boolean mayHoldUnpairedSurrogates() {
    return !wholeCharacters || mayEscapeASurrogate(text);
  }

  static boolean mayEscapeASurrogate(String text) {
    int n = text.length();
    for (int i = text.indexOf('\\'); i >= 0; i = text.indexOf('\\', i + 1)) {
      if (i + 1 < n && (text.charAt(i + 1) == 'u' || text.charAt(i + 1) == 'U')) {
        int end = Math.min(n, i + 10);
        for (int j = i + 2; j < end; j++) {
          char c = text.charAt(j);
          if (c == 'd' || c == 'D') {
            return true;
          }
        }
      }
    }
    return false;
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
