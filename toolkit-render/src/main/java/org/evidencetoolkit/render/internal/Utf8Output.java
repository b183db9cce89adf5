package org.evidencetoolkit.render.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An {@code Appendable} that encodes what is appended as UTF-8 into a buffer of its own and hands
 * the buffer to an {@link OutputStream} each time it fills, so a page written as bytes never
 * exists as one {@code String}. The {@link org.evidencetoolkit.render.html.HtmlWriter} of a UTF-8
 * rendering writes here, through the same escaping as every other rendering.
 *
 * <p>The bytes are exactly {@code String.getBytes(UTF_8)} of everything appended, joined: a
 * surrogate pair split between two appends is still one four-byte sequence, and a lone surrogate
 * (which the writer only lets through in constant markup, such as an application's inline CSS)
 * becomes {@code ?}, as the JDK's encoder writes it.
 *
 * <p>Call {@link #finish()} once at the end; without it the last bytes stay in the buffer.
 */
public final class Utf8Output implements Appendable {
  /** Bytes buffered before the stream gets them: a typical page is two to four of these. */
  private static final int SIZE = 8192;

  /**
   * A whole string at least this long is encoded by the JDK ({@link String#getBytes}), whose
   * ASCII check and copy are vectorised; shorter ones and slices are encoded here, character by
   * character, which costs no array of their own.
   */
  private static final int BULK = 48;

  private static final byte UNMAPPABLE = '?';

  private final OutputStream out;
  private final byte[] buffer = new byte[SIZE];
  private int position;

  /** A high surrogate that ended the last append, waiting for its low half; 0 if none. */
  private char pendingHigh;

  /** Encodes into {@code out}, which is neither flushed nor closed before {@link #finish()}. */
  public Utf8Output(OutputStream out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  @Override
  public Appendable append(@Nullable CharSequence csq) throws IOException {
    CharSequence text = csq == null ? "null" : csq;
    int length = text.length();
    // A string that ends in a high surrogate goes the slow way: its low half may come next.
    if (length >= BULK
        && pendingHigh == 0
        && text instanceof String s
        && !Character.isHighSurrogate(s.charAt(length - 1))) {
      bytes(s.getBytes(StandardCharsets.UTF_8));
      return this;
    }
    return append(text, 0, length);
  }

  @Override
  public Appendable append(@Nullable CharSequence csq, int start, int end) throws IOException {
    CharSequence text = csq == null ? "null" : csq;
    Objects.checkFromToIndex(start, end, text.length());
    int from = start;
    if (pendingHigh != 0 && from < end) {
      char c = text.charAt(from);
      if (Character.isLowSurrogate(c)) {
        room(4);
        codePoint(Character.toCodePoint(pendingHigh, c));
        from++;
      } else {
        room(1);
        buffer[position++] = UNMAPPABLE;
      }
      pendingHigh = 0;
    }
    if (text instanceof String s) {
      encode(s, from, end);
    } else {
      encode(text.toString(), from, end);
    }
    return this;
  }

  @Override
  public Appendable append(char c) throws IOException {
    if (c < 0x80 && pendingHigh == 0) {
      room(1);
      buffer[position++] = (byte) c;
      return this;
    }
    return append(String.valueOf(c), 0, 1);
  }

  /**
   * Writes the buffered bytes (and a lone high surrogate left at the very end, as {@code ?}) to
   * the stream and flushes it. The stream is not closed.
   */
  public void finish() throws IOException {
    if (pendingHigh != 0) {
      room(1);
      buffer[position++] = UNMAPPABLE;
      pendingHigh = 0;
    }
    drain();
    out.flush();
  }

  /** Encodes {@code s[from, end)}; a high surrogate at {@code end - 1} is kept pending. */
  private void encode(String s, int from, int end) throws IOException {
    int i = from;
    while (i < end) {
      // Room for every character of the chunk at three bytes, and one more for the second half of
      // a pair that starts on the chunk's last character (a pair is four bytes for two).
      if (SIZE - position < 8) {
        drain();
      }
      int limit = Math.min(end, i + (SIZE - position - 1) / 3);
      byte[] b = buffer;
      int p = position;
      while (i < limit) {
        char c = s.charAt(i);
        if (c < 0x80) {
          b[p++] = (byte) c;
          i++;
        } else if (c < 0x800) {
          b[p++] = (byte) (0xC0 | (c >> 6));
          b[p++] = (byte) (0x80 | (c & 0x3F));
          i++;
        } else if (!Character.isSurrogate(c)) {
          b[p++] = (byte) (0xE0 | (c >> 12));
          b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
          b[p++] = (byte) (0x80 | (c & 0x3F));
          i++;
        } else if (Character.isHighSurrogate(c) && i + 1 < end) {
          char low = s.charAt(i + 1);
          if (Character.isLowSurrogate(low)) {
            int cp = Character.toCodePoint(c, low);
            b[p++] = (byte) (0xF0 | (cp >> 18));
            b[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
            b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
            b[p++] = (byte) (0x80 | (cp & 0x3F));
            i += 2;
          } else {
            b[p++] = UNMAPPABLE;
            i++;
          }
        } else if (Character.isHighSurrogate(c)) {
          // The last character of this append: its low half may open the next one.
          pendingHigh = c;
          i++;
        } else {
          b[p++] = UNMAPPABLE;
          i++;
        }
      }
      position = p;
    }
  }

  /** The four bytes of a supplementary code point. */
  private void codePoint(int cp) {
    byte[] b = buffer;
    int p = position;
    b[p++] = (byte) (0xF0 | (cp >> 18));
    b[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
    b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
    b[p++] = (byte) (0x80 | (cp & 0x3F));
    position = p;
  }

  /** Already-encoded bytes: copied into the buffer, or straight to the stream when large. */
  private void bytes(byte[] encoded) throws IOException {
    if (encoded.length > SIZE - position) {
      drain();
      if (encoded.length > SIZE / 2) {
        out.write(encoded);
        return;
      }
    }
    System.arraycopy(encoded, 0, buffer, position, encoded.length);
    position += encoded.length;
  }

  private void room(int bytes) throws IOException {
    if (SIZE - position < bytes) {
      drain();
    }
  }

  private void drain() throws IOException {
    if (position > 0) {
      out.write(buffer, 0, position);
      position = 0;
    }
  }
}
