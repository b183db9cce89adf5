package org.evidencetoolkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.evidencetoolkit.io.Problem;
import org.evidencetoolkit.io.ReadLimits;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Decoding takes the JDK's fast UTF-8 path only when it is provably the strict decoding: valid
 * input reads to exactly the strict decoder's text, invalid input is always refused and located.
 */
class InputDecoderTest {
  /** Bytes around every UTF-8 boundary: ASCII, lead bytes, continuations, overlongs, surrogates. */
  private static final int[] BYTES = {
    'a', '\n', '"', 0x7f, 0x80, 0xbf, 0xc0, 0xc1, 0xc2, 0xc3, 0xa9, 0xdf, 0xe0, 0xa0, 0xe2, 0x80,
    0x94, 0xed, 0x9f, 0xef, 0xbb, 0xbd, 0xbf, 0xf0, 0x90, 0x9f, 0x98, 0x80, 0xf4, 0x8f, 0xf5, 0xff,
  };

  private static Gen<byte[]> bytes() {
    return lists().of(integers().between(0, BYTES.length - 1)).ofSizeBetween(0, 16)
        .map(InputDecoderTest::toBytes);
  }

  private static byte[] toBytes(List<Integer> indexes) {
    byte[] out = new byte[indexes.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) BYTES[indexes.get(i)];
    }
    return out;
  }

  private static @Nullable String strict(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  @Test
  void bytesReadToTheStrictDecodingOrAreRefused() {
    qt().withExamples(20_000).forAll(bytes()).checkAssert(bytes -> {
      byte[] document = new byte[bytes.length + 1];
      document[0] = 'x'; // keeps a byte order mark from being made at the start
      System.arraycopy(bytes, 0, document, 1, bytes.length);
      ProblemCollector problems = new ProblemCollector(10);
      String read = InputDecoder.fromBytes(document, "d", ReadLimits.defaults(), problems);
      String expected = strict(document);
      assertThat(read).isEqualTo(expected);
      if (expected == null) {
        assertThat(problems.size()).isEqualTo(1);
        assertThat(problems.exception().problems().get(0).kind())
            .isEqualTo(Problem.Kind.ENCODING);
      }
    });
  }

  @Test
  void aRealReplacementCharacterIsKept() {
    ProblemCollector problems = new ProblemCollector(10);
    String read = InputDecoder.fromBytes(
        "a\uFFFDb".getBytes(StandardCharsets.UTF_8), "d", ReadLimits.defaults(), problems);
    assertThat(read).isEqualTo("a\uFFFDb");
    assertThat(problems.isEmpty()).isTrue();
  }

  @Test
  void aBadByteAfterAReplacementCharacterIsLocated() {
    byte[] bytes = {'a', '\n', (byte) 0xef, (byte) 0xbf, (byte) 0xbd, 'b', (byte) 0xc0, 'c'};
    ProblemCollector problems = new ProblemCollector(10);
    assertThat(InputDecoder.fromBytes(bytes, "d", ReadLimits.defaults(), problems)).isNull();
    Problem p = problems.exception().problems().get(0);
    assertThat(p.line()).isEqualTo(2);
    assertThat(p.column()).isEqualTo(3);
    assertThat(p.message()).contains("invalid byte sequence C0 at byte 7");
  }
}
