package org.evidencetoolkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link InputDecoder#isWellFormedUtf8}, which lets well-formed JSON bytes go to the parser
 * undecoded, accepts exactly what the JDK's strict decoder accepts: differential property on
 * bytes around every UTF-8 boundary, placed at every offset of the eight-byte ASCII skip.
 */
class Utf8CheckTest {
  /** Bytes around every UTF-8 boundary: ASCII, lead bytes, continuations, overlongs, surrogates. */
  private static final int[] BYTES = {
    'a', '\n', '"', 0x00, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0,
    0xe1, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xf8, 0xfe, 0xff,
  };

  private static Gen<byte[]> bytes() {
    return lists().of(integers().between(0, BYTES.length - 1)).ofSizeBetween(0, 24)
        .zip(integers().between(0, 9), (indexes, asciiBefore) -> {
          byte[] out = new byte[asciiBefore + indexes.size()];
          for (int i = 0; i < asciiBefore; i++) {
            out[i] = 'x'; // shifts the interesting bytes across the eight-byte boundary
          }
          for (int i = 0; i < indexes.size(); i++) {
            out[asciiBefore + i] = (byte) BYTES[indexes.get(i)];
          }
          return out;
        });
  }

  private static boolean strictlyDecodes(byte[] bytes, int from, int to) {
    try {
      StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, from, to - from));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  @Test
  void acceptsExactlyWhatTheStrictDecoderAccepts() {
    qt().withExamples(50_000).forAll(bytes(), integers().between(0, 3)).checkAssert((b, cut) -> {
      int from = Math.min(cut, b.length);
      assertThat(InputDecoder.isWellFormedUtf8(b, from, b.length))
          .as("%s from %d", java.util.HexFormat.of().formatHex(b), from)
          .isEqualTo(strictlyDecodes(b, from, b.length));
    });
  }

  @Test
  void everyCodePointEncodedIsWellFormedAndEverySurrogateIsNot() {
    StringBuilder all = new StringBuilder();
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE) {
        all.appendCodePoint(cp);
      }
    }
    byte[] utf8 = all.toString().getBytes(StandardCharsets.UTF_8);
    assertThat(InputDecoder.isWellFormedUtf8(utf8, 0, utf8.length)).isTrue();
    for (int s : List.of(0xd800, 0xdbff, 0xdc00, 0xdfff)) {
      byte[] cesu = {(byte) (0xe0 | s >> 12), (byte) (0x80 | (s >> 6 & 0x3f)),
          (byte) (0x80 | (s & 0x3f))};
      assertThat(InputDecoder.isWellFormedUtf8(cesu, 0, 3)).isFalse();
    }
  }
}
