package org.evidencetoolkit.io.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.evidencetoolkit.io.Problem;
import org.evidencetoolkit.io.ReadLimits;
import org.evidencetoolkit.model.text.RichTextNormalForm;
import org.jspecify.annotations.Nullable;

/**
 * Turns input into checked text before any parser sees it: the size limit is enforced while
 * reading (a 30 MB stream is not read past the limit), UTF-8 is decoded strictly (malformed bytes
 * are a located {@link Problem.Kind#ENCODING} problem, never a replacement character), a leading
 * byte order mark is dropped and unpaired surrogates are refused. UTF-16 and UTF-32, with or
 * without a byte order mark, are recognised and refused by name.
 *
 * <p>Decoding ourselves rather than letting the parsers read bytes also makes every column count
 * characters: Jackson counts bytes for byte input.
 */
public final class InputDecoder {
  private static final int CHUNK = 64 * 1024;

  private InputDecoder() {}

  /** The text of these bytes, or null after adding a problem. */
  public static @Nullable String fromBytes(
      byte[] bytes, String source, ReadLimits limits, ProblemCollector problems) {
    if (bytes.length > limits.maxDocumentBytes()) {
      tooLarge(source, limits, problems);
      return null;
    }
    return decode(bytes, bytes.length, source, problems);
  }

  /** The text of a stream, read no further than the size limit, or null after a problem. */
  public static @Nullable String fromStream(
      InputStream in, String source, ReadLimits limits, ProblemCollector problems)
      throws IOException {
    int max = limits.maxDocumentBytes();
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(max, CHUNK) + 1);
    byte[] buffer = new byte[CHUNK];
    long total = 0;
    while (true) {
      int wanted = (int) Math.min(buffer.length, (long) max + 1 - total);
      int n = in.read(buffer, 0, wanted);
      if (n < 0) {
        break;
      }
      total += n;
      if (total > max) {
        tooLarge(source, limits, problems);
        return null;
      }
      out.write(buffer, 0, n);
    }
    byte[] bytes = out.toByteArray();
    return decode(bytes, bytes.length, source, problems);
  }

  /** The text of a reader, read no further than the size limit, or null after a problem. */
  public static @Nullable String fromReader(
      Reader in, String source, ReadLimits limits, ProblemCollector problems) throws IOException {
    int max = limits.maxDocumentBytes();
    StringBuilder out = new StringBuilder(Math.min(max, CHUNK));
    char[] buffer = new char[CHUNK];
    long utf8 = 0;
    boolean highPending = false;
    while (true) {
      int n = in.read(buffer);
      if (n < 0) {
        break;
      }
      for (int i = 0; i < n; i++) {
        char c = buffer[i];
        if (c < 0x80) {
          utf8 += 1;
        } else if (c < 0x800) {
          utf8 += 2;
        } else if (Character.isHighSurrogate(c)) {
          utf8 += 4; // a pair is 4 bytes; the low half adds nothing
        } else if (Character.isLowSurrogate(c) && highPending) {
          utf8 += 0;
        } else {
          utf8 += 3;
        }
        highPending = Character.isHighSurrogate(c);
      }
      if (utf8 > max) {
        tooLarge(source, limits, problems);
        return null;
      }
      out.append(buffer, 0, n);
    }
    return checkText(out.toString(), source, problems);
  }

  /** The text of a string, after the size and surrogate checks, or null after a problem. */
  public static @Nullable String fromString(
      String text, String source, ReadLimits limits, ProblemCollector problems) {
    if (utf8LengthExceeds(text, limits.maxDocumentBytes())) {
      tooLarge(source, limits, problems);
      return null;
    }
    return checkText(text, source, problems);
  }

  /** Whether the UTF-8 encoding of the text is longer than max bytes. */
  static boolean utf8LengthExceeds(CharSequence text, int max) {
    int n = text.length();
    if (n > max) {
      return true; // every char is at least one byte
    }
    if ((long) n * 3 <= max) {
      return false; // a char is at most three bytes (a pair is four for two chars)
    }
    long bytes = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
    }
    return bytes > max;
  }

  /**
   * The length of a leading UTF-8 byte order mark (3), or 0; a decoded text starts after it.
   */
  public static int byteOrderMarkLength(byte[] bytes) {
    return bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
  }

  /**
   * Whether these bytes would be read as they are, with no problem: within the size limit, not a
   * UTF-16 or UTF-32 form, and well-formed UTF-8 after any byte order mark. Exactly then {@link
   * #fromBytes} returns {@code new String(bytes, bom, length - bom, UTF_8)} and adds nothing, so a
   * reader may hand the bytes themselves to a parser and decode them only if the text is wanted.
   */
  public static boolean readsAsTheyAre(byte[] bytes, ReadLimits limits) {
    return bytes.length <= limits.maxDocumentBytes()
        && otherEncoding(bytes, bytes.length) == null
        && isWellFormedUtf8(bytes, byteOrderMarkLength(bytes), bytes.length);
  }

  /** Reads eight bytes at a time, to pass over runs of ASCII quickly. */
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** Eight bytes from {@code at} as one little-endian {@code long}. */
  static long eightBytes(byte[] bytes, int at) {
    return (long) LONGS.get(bytes, at);
  }

  /**
   * Whether the bytes from {@code from} to {@code to} are well-formed UTF-8 as the Unicode
   * Standard defines it (its table 3-7: no overlong form, no surrogate, nothing above U+10FFFF,
   * no sequence cut short), which is exactly what the JDK's strict decoder accepts. Allocates
   * nothing; runs of ASCII are passed eight bytes at a time.
   */
  static boolean isWellFormedUtf8(byte[] bytes, int from, int to) {
    int i = from;
    while (i < to) {
      if (i + 8 <= to && ((long) LONGS.get(bytes, i) & 0x8080808080808080L) == 0) {
        i += 8;
        continue;
      }
      int b = bytes[i];
      if (b >= 0) {
        i++;
        continue;
      }
      int lead = b & 0xff;
      if (lead < 0xc2 || lead > 0xf4) {
        return false; // a continuation byte, an overlong two-byte lead, or past U+10FFFF
      }
      if (lead < 0xe0) {
        if (i + 1 >= to || !continuation(bytes[i + 1], 0x80, 0xbf)) {
          return false;
        }
        i += 2;
      } else if (lead < 0xf0) {
        // E0 needs A0..BF next (no overlong), ED 80..9F (no surrogate)
        int low = lead == 0xe0 ? 0xa0 : 0x80;
        int high = lead == 0xed ? 0x9f : 0xbf;
        if (i + 2 >= to || !continuation(bytes[i + 1], low, high)
            || !continuation(bytes[i + 2], 0x80, 0xbf)) {
          return false;
        }
        i += 3;
      } else {
        // F0 needs 90..BF next (no overlong), F4 80..8F (nothing above U+10FFFF)
        int low = lead == 0xf0 ? 0x90 : 0x80;
        int high = lead == 0xf4 ? 0x8f : 0xbf;
        if (i + 3 >= to || !continuation(bytes[i + 1], low, high)
            || !continuation(bytes[i + 2], 0x80, 0xbf)
            || !continuation(bytes[i + 3], 0x80, 0xbf)) {
          return false;
        }
        i += 4;
      }
    }
    return true;
  }

  private static boolean continuation(byte b, int low, int high) {
    int v = b & 0xff;
    return v >= low && v <= high;
  }

  private static @Nullable String decode(
      byte[] bytes, int length, String source, ProblemCollector problems) {
    String other = otherEncoding(bytes, length);
    if (other != null) {
      problems.add(
          new Problem(
              Problem.Kind.ENCODING, source, 1, 1, "",
              "the document is " + other + "; only UTF-8 is read, so save it as UTF-8"));
      return null;
    }
    int start = length >= 3 ? byteOrderMarkLength(bytes) : 0;
    // The JDK's own UTF-8 decoding is much faster than a CharsetDecoder into a CharBuffer (no
    // char[] twice the input's size, no copy into the String, Latin-1 text kept compact). It
    // replaces each malformed sequence with U+FFFD, so a result without U+FFFD proves the input
    // valid; only then is it taken. Input holding U+FFFD (malformed, or a real replacement
    // character) is decoded strictly below, which finds and locates the bad bytes.
    String lenient = new String(bytes, start, length - start, StandardCharsets.UTF_8);
    if (lenient.indexOf('\uFFFD') < 0) {
      return lenient;
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, length - start);
    CharBuffer out = CharBuffer.allocate(length - start);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      out.flip();
      String prefix = out.toString();
      SourceText.Position p =
          SourceText.positionIn(prefix, SourceText.computeLineStarts(prefix), prefix.length());
      StringBuilder hex = new StringBuilder();
      int at = in.position();
      for (int i = at; i < Math.min(at + result.length(), length); i++) {
        hex.append(hex.length() == 0 ? "" : " ")
            .append(String.format(Locale.ROOT, "%02X", bytes[i] & 0xff));
      }
      problems.add(
          new Problem(
              Problem.Kind.ENCODING, source, p.line(), p.column(), "",
              "not UTF-8: invalid byte sequence " + hex + " at byte " + (at + 1)
                  + "; save the file as UTF-8"));
      return null;
    }
    out.flip();
    return out.toString();
  }

  /**
   * The name of the encoding the bytes are in, if it is one of the UTF-16 and UTF-32 forms that
   * are not read; or null. A byte order mark names its encoding (the UTF-32 marks are tested
   * first: the little-endian one starts with the UTF-16 one). Without a mark, the zero bytes
   * among the first four tell, as RFC 4627 noted for JSON: every document starts with an ASCII
   * character (a bracket, a key, a comment, a space), which these encodings pad with zeros, and
   * a zero byte is never valid at the start of a UTF-8 document anyway.
   */
  static @Nullable String otherEncoding(byte[] bytes, int length) {
    int b0 = length > 0 ? bytes[0] & 0xff : -1;
    int b1 = length > 1 ? bytes[1] & 0xff : -1;
    int b2 = length > 2 ? bytes[2] & 0xff : -1;
    int b3 = length > 3 ? bytes[3] & 0xff : -1;
    if (b0 == 0x00 && b1 == 0x00 && b2 == 0xfe && b3 == 0xff) {
      return "UTF-32 (big-endian, with a byte order mark)";
    }
    if (b0 == 0xff && b1 == 0xfe && b2 == 0x00 && b3 == 0x00) {
      return "UTF-32 (little-endian, with a byte order mark)";
    }
    if (b0 == 0xfe && b1 == 0xff) {
      return "UTF-16 (big-endian, with a byte order mark)";
    }
    if (b0 == 0xff && b1 == 0xfe) {
      return "UTF-16 (little-endian, with a byte order mark)";
    }
    if (length >= 4 && b0 == 0 && b1 == 0 && b2 == 0 && b3 != 0) {
      return "UTF-32 (big-endian)";
    }
    if (length >= 4 && b0 != 0 && b1 == 0 && b2 == 0 && b3 == 0) {
      return "UTF-32 (little-endian)";
    }
    if (length >= 2 && b0 == 0 && b1 != 0 && (length < 4 || b2 == 0)) {
      return "UTF-16 (big-endian)";
    }
    if (length >= 2 && b0 != 0 && b1 == 0 && (length < 4 || b3 == 0)) {
      return "UTF-16 (little-endian)";
    }
    return null;
  }

  private static @Nullable String checkText(String text, String source, ProblemCollector problems) {
    String body = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    int bad = RichTextNormalForm.firstUnpairedSurrogate(body);
    if (bad >= 0) {
      SourceText.Position p =
          SourceText.positionIn(body, SourceText.computeLineStarts(body), bad);
      problems.add(
          new Problem(
              Problem.Kind.ENCODING, source, p.line(), p.column(), "",
              "the text holds an unpaired surrogate U+"
                  + Integer.toHexString(body.charAt(bad)).toUpperCase(Locale.ROOT)
                  + ", which is not a character"));
      return null;
    }
    return body;
  }

  private static void tooLarge(String source, ReadLimits limits, ProblemCollector problems) {
    problems.add(
        new Problem(
            Problem.Kind.LIMIT, source, 0, 0, "",
            "the document is larger than " + limits.maxDocumentBytes()
                + " bytes (ReadLimits.maxDocumentBytes)"));
  }
}
