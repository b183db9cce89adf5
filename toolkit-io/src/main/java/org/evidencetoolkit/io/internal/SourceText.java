package org.evidencetoolkit.io.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The decoded text of one source and how to turn a node's {@code where} into a line and column.
 *
 * <p>JSON nodes store the UTF-16 offset into {@link #text()}; YAML nodes store the line and
 * code-point column that the YAML scanner reports, packed into one {@code long}. Both resolve to
 * 1-based lines and code-point columns.
 */
public final class SourceText {
  private final String name;
  /** The text; for a source made of UTF-8 bytes, decoded from them when first asked for. */
  private @Nullable String text;
  /** Well-formed UTF-8 the text is decoded from, from {@link #bytesStart}; or null. */
  private final byte @Nullable [] bytes;
  private final int bytesStart;
  private final boolean packedPositions;
  private final boolean wholeCharacters;
  private int @Nullable [] lineStarts;

  private SourceText(String name, String text, boolean packedPositions, boolean wholeCharacters) {
    this.name = name;
    this.text = text;
    this.bytes = null;
    this.bytesStart = 0;
    this.packedPositions = packedPositions;
    this.wholeCharacters = wholeCharacters;
  }

  private SourceText(String name, byte[] bytes, int start) {
    this.name = name;
    this.text = null;
    this.bytes = bytes;
    this.bytesStart = start;
    this.packedPositions = false;
    this.wholeCharacters = true;
  }

  /**
   * A JSON source of bytes that {@link InputDecoder#readsAsTheyAre read as they are}: a parser
   * may read {@link #utf8()} directly; the text, whose UTF-16 offsets positions are, is decoded
   * from them only if it is asked for (to locate something), and is then exactly the text
   * {@link InputDecoder#fromBytes} would have returned.
   */
  public static SourceText jsonBytes(String name, byte[] bytes) {
    return new SourceText(name, bytes, InputDecoder.byteOrderMarkLength(bytes));
  }

  /** The UTF-8 bytes of a {@link #jsonBytes} source (after any byte order mark), or null. */
  byte @Nullable [] utf8() {
    return bytes;
  }

  /** Where the document starts in {@link #utf8()}: after a byte order mark, if there is one. */
  int utf8Start() {
    return bytesStart;
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
    String known = text;
    if (known == null) {
      byte[] utf8 = java.util.Objects.requireNonNull(bytes);
      // Well-formed by construction, so the JDK's fast decoding is the strict one. Two threads may
      // both decode; either string is as good (a String is safe to publish through a race).
      known = new String(utf8, bytesStart, utf8.length - bytesStart, StandardCharsets.UTF_8);
      text = known;
    }
    return known;
  }

  /**
   * Whether a string read from this source may hold an unpaired surrogate: always for text not
   * {@linkplain #checked checked}, else when the text may spell half of a character with an
   * escape: a backslash, then {@code u} or {@code U}, then up to eight hex digits of which one is
   * a {@code d} or {@code D}.
   *
   * <p>Why this is enough: checked text holds no unpaired surrogate (UTF-8 cannot encode one and
   * {@link InputDecoder} refuses one in text), and a parser splits text only at ASCII syntax, so
   * a string the parser returns can hold one only through an escape that produces a surrogate
   * code unit. JSON spells those <code>&#92;uD800</code> to <code>&#92;uDFFF</code>; YAML also in
   * eight digits, <code>&#92;U0000D800</code> to <code>&#92;U0000DFFF</code>. Each has a {@code
   * d} or {@code D} among the hex digits after its backslash and {@code u}. The test is wider
   * than the escapes (an escaped backslash before a {@code u}, <code>&#92;u00d7</code>), which
   * only costs the per-string search that false saves. It reads the same on UTF-8 bytes as on
   * the text: the characters it looks at are ASCII, and any other ends a run of hex digits.
   */
  public boolean mayHoldUnpairedSurrogates() {
    if (!wholeCharacters) {
      return true;
    }
    byte[] utf8 = bytes;
    return utf8 != null ? mayEscapeASurrogate(utf8, bytesStart) : mayEscapeASurrogate(text());
  }

  /**
   * As {@link #mayEscapeASurrogate(String)}, on well-formed UTF-8: the ASCII characters the
   * search looks for are single bytes there, never part of a longer sequence.
   */
  static boolean mayEscapeASurrogate(byte[] utf8, int start) {
    int n = utf8.length;
    for (int i = start; i + 1 < n; i++) {
      if (i + 8 <= n && !holdsABackslash(InputDecoder.eightBytes(utf8, i))) {
        i += 7; // none of these eight is a backslash
        continue;
      }
      if (utf8[i] == '\\' && (utf8[i + 1] == 'u' || utf8[i + 1] == 'U')) {
        int end = Math.min(n, i + 10);
        for (int j = i + 2; j < end && isHexDigit((char) (utf8[j] & 0xff)); j++) {
          if (utf8[j] == 'd' || utf8[j] == 'D') {
            return true;
          }
        }
      }
    }
    return false;
  }

  static boolean mayEscapeASurrogate(String text) {
    int n = text.length();
    for (int i = text.indexOf('\\'); i >= 0; i = text.indexOf('\\', i + 1)) {
      if (i + 1 < n && (text.charAt(i + 1) == 'u' || text.charAt(i + 1) == 'U')) {
        int end = Math.min(n, i + 10);
        for (int j = i + 2; j < end && isHexDigit(text.charAt(j)); j++) {
          if (text.charAt(j) == 'd' || text.charAt(j) == 'D') {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean isHexDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /**
   * Whether one of eight bytes is a backslash: the classic test for a zero byte (Hacker's
   * Delight, 6-1), applied to the bytes with the backslash's bits flipped. It has no false
   * negatives; its rare false positives only send those bytes to the byte-by-byte test.
   */
  private static boolean holdsABackslash(long eight) {
    long x = eight ^ 0x5C5C5C5C5C5C5C5CL;
    return ((x - 0x0101010101010101L) & ~x & 0x8080808080808080L) != 0;
  }

  /** The 1-based line and code-point column of a node position. */
  public Position position(long where) {
    if (packedPositions) {
      int line = (int) (where >>> 32);
      int column = (int) where;
      return new Position(Math.max(1, line), Math.max(1, column));
    }
    return positionOfOffset((int) Math.max(0, Math.min(where, text().length())));
  }

  /** The 1-based line and code-point column of a UTF-16 offset into the text. */
  public Position positionOfOffset(int offset) {
    return positionIn(text(), lineStarts(), offset);
  }

  private int[] lineStarts() {
    int[] starts = lineStarts;
    if (starts == null) {
      starts = computeLineStarts(text());
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
