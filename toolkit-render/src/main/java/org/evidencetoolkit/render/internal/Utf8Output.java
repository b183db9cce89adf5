package org.evidencetoolkit.render.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An {@code Appendable} that encodes what is appended as UTF-8 and hands the bytes to an {@link
 * OutputStream} a buffer at a time, so a page written as bytes never exists as one {@code
 * String}. The {@link org.evidencetoolkit.render.html.HtmlWriter} of a UTF-8 rendering writes
 * here, through the same escaping as every other rendering.
 *
 * <p>The bytes are exactly {@code String.getBytes(UTF_8)} of everything appended, joined: a
 * surrogate pair split between two appends is still one four-byte sequence, and a lone surrogate
 * (which the writer only lets through in constant markup, such as an application's inline CSS)
 * becomes {@code ?}, as the JDK's encoder writes it.
 *
 * <p>Why it is built this way (profiles of a medium page, issue 15): appends are many and short
 * (a tag name, an attribute, a run of text between two escapes), so each one is only copied into
 * a buffer of characters ({@link String#getChars}, a bulk copy in the JDK), and the characters are
 * encoded a few thousand at a time in one loop over an array. Encoding each append as it came,
 * character by character through {@code String.charAt}, was half of the byte path's time. One
 * {@linkplain Encoded constant} (the renderer's inline stylesheet) is encoded once per renderer and
 * copied as bytes whenever it is appended.
 *
 * <p>Call {@link #finish()} once at the end; without it the last bytes stay in the buffer.
 */
public final class Utf8Output implements Appendable {
  /**
   * Characters staged before they are encoded: a medium page is about a dozen of these. Small, as
   * the two buffers (10 KB) are allocated for every page.
   */
  private static final int CHARS = 2048;

  private static final byte UNMAPPABLE = '?';

  /**
   * A string and its UTF-8 bytes, encoded once, so that appending that very string (the same
   * instance) copies the bytes instead of encoding it again.
   *
   * @param text the string
   * @param bytes {@code text.getBytes(UTF_8)}
   */
  @SuppressWarnings("ArrayRecordComponent") // private bytes, never handed out or compared
  public record Encoded(String text, byte[] bytes) {
    /**
     * The string with its bytes, or null when the string ends in a high surrogate (whose low half
     * could come in the next append, so the string's own bytes would not be the joint encoding).
     */
    public static @Nullable Encoded of(String text) {
      if (!text.isEmpty() && Character.isHighSurrogate(text.charAt(text.length() - 1))) {
        return null;
      }
      return new Encoded(text, text.getBytes(StandardCharsets.UTF_8));
    }
  }

  private final OutputStream out;
  private final char[] chars = new char[CHARS];
  // Three bytes a character at most: a pair is four bytes for two characters.
  private final byte[] bytes = new byte[CHARS * 3];
  private final @Nullable Encoded constant;
  private int count;

  /** Encodes into {@code out}, which is neither flushed nor closed before {@link #finish()}. */
  public Utf8Output(OutputStream out) {
    this(out, null);
  }

  /**
   * Encodes into {@code out}, copying {@code constant}'s bytes whenever its string (that very
   * instance) is appended whole.
   */
  public Utf8Output(OutputStream out, @Nullable Encoded constant) {
    this.out = Objects.requireNonNull(out, "out");
    this.constant = constant;
  }

  @Override
  public Appendable append(@Nullable CharSequence csq) throws IOException {
    CharSequence text = csq == null ? "null" : csq;
    Encoded known = constant;
    // Identity, not equality: the check must cost nothing for every other append. A staged high
    // surrogate could pair with the constant's first character, so then it is encoded as text.
    if (known != null
        && text == known.text()
        && (count == 0 || !Character.isHighSurrogate(chars[count - 1]))) {
      encodeStaged(true);
      out.write(known.bytes());
      return this;
    }
    return append(text, 0, text.length());
  }

  @Override
  public Appendable append(@Nullable CharSequence csq, int start, int end) throws IOException {
    CharSequence text = csq == null ? "null" : csq;
    Objects.checkFromToIndex(start, end, text.length());
    int from = start;
    while (from < end) {
      if (count == CHARS) {
        encodeStaged(false);
      }
      int n = Math.min(end - from, CHARS - count);
      if (text instanceof String s) {
        s.getChars(from, from + n, chars, count);
      } else {
        for (int k = 0; k < n; k++) {
          chars[count + k] = text.charAt(from + k);
        }
      }
      count += n;
      from += n;
    }
    return this;
  }

  @Override
  public Appendable append(char c) throws IOException {
    if (count == CHARS) {
      encodeStaged(false);
    }
    chars[count++] = c;
    return this;
  }

  /**
   * Writes the staged characters (a lone high surrogate at the very end as {@code ?}) to the
   * stream and flushes it. The stream is not closed.
   */
  public void finish() throws IOException {
    encodeStaged(true);
    out.flush();
  }

  /**
   * Encodes the staged characters and writes their bytes. Unless {@code all}, a high surrogate
   * that ends them stays staged, since its low half may come with the next append.
   */
  private void encodeStaged(boolean all) throws IOException {
    int n = count;
    boolean keepLast = !all && n > 0 && Character.isHighSurrogate(chars[n - 1]);
    if (keepLast) {
      n--;
    }
    if (n > 0) {
      out.write(bytes, 0, encode(chars, n, bytes));
    }
    if (keepLast) {
      chars[0] = chars[n];
      count = 1;
    } else {
      count = 0;
    }
  }

  /** Encodes {@code c[0, n)} into {@code b}, as {@code getBytes(UTF_8)} would; the byte count. */
  private static int encode(char[] c, int n, byte[] b) {
    int i = 0;
    int p = 0;
    while (i < n) {
      // Runs of ASCII are most of a page, markup and text alike: a loop of their own.
      char ch;
      while (i < n && (ch = c[i]) < 0x80) {
        b[p++] = (byte) ch;
        i++;
      }
      if (i == n) {
        break;
      }
      ch = c[i++];
      if (ch < 0x800) {
        b[p++] = (byte) (0xC0 | (ch >> 6));
        b[p++] = (byte) (0x80 | (ch & 0x3F));
      } else if (!Character.isSurrogate(ch)) {
        b[p++] = (byte) (0xE0 | (ch >> 12));
        b[p++] = (byte) (0x80 | ((ch >> 6) & 0x3F));
        b[p++] = (byte) (0x80 | (ch & 0x3F));
      } else if (Character.isHighSurrogate(ch) && i < n && Character.isLowSurrogate(c[i])) {
        int cp = Character.toCodePoint(ch, c[i++]);
        b[p++] = (byte) (0xF0 | (cp >> 18));
        b[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        b[p++] = (byte) (0x80 | (cp & 0x3F));
      } else {
        b[p++] = UNMAPPABLE;
      }
    }
    return p;
  }
}
