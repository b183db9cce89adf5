package org.evidencetoolkit.render.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The UTF-8 encoder against the JDK's: whatever is appended, in whatever pieces and by whichever
 * of the three methods, the bytes are {@code getBytes(UTF_8)} of the whole, lone surrogates and
 * pairs split between appends included, across the buffer's edges.
 */
class Utf8OutputTest {
  /** Characters on every edge of UTF-8: each length of sequence, both surrogate halves, alone and paired. */
  private static final List<String> EDGES =
      List.of("a", "\u007F", "\u0080", "é", "\u07FF", "\u0800", "’", "\uFFFF", "\uD800", "\uDBFF",
          "\uDC00", "\uDFFF", "\uD83D\uDE00", "\uDBFF\uDFFF", "\uD800\uDC00", "<p>", "plain words ");

  /** Strings of edge characters, any UTF-16 unit and any code point; some long, to cross the buffer. */
  static Gen<String> pieces() {
    Gen<String> unit =
        Generate.pick(EDGES)
            .mix(integers().between(0, 0xFFFF).map(c -> String.valueOf((char) c.intValue())), 30)
            .mix(integers().between(0x10000, 0x10FFFF).map(cp -> new String(Character.toChars(cp))), 15);
    Gen<String> shortPiece = lists().of(unit).ofSizeBetween(0, 12).map(parts -> String.join("", parts));
    return shortPiece.mix(
        shortPiece.zip(integers().between(1, 3_000), (s, n) -> s.repeat(n)), 20);
  }

  /** Each piece appended whole, as a slice of a longer string, or a character at a time. */
  static byte[] encode(List<String> pieces, int how) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Utf8Output out = new Utf8Output(bytes);
    int k = how;
    for (String piece : pieces) {
      switch (Math.floorMod(k++, 3)) {
        case 0 -> out.append(piece);
        case 1 -> out.append("«" + piece + "»", 1, piece.length() + 1);
        default -> {
          for (int i = 0; i < piece.length(); i++) {
            out.append(piece.charAt(i));
          }
        }
      }
    }
    out.finish();
    return bytes.toByteArray();
  }

  @Test
  void bytesAreTheJdksEncodingOfEverythingAppended() {
    qt().withExamples(1_000)
        .forAll(lists().of(pieces()).ofSizeBetween(0, 8), integers().between(0, 2))
        .checkAssert(
            (pieces, how) -> {
              String whole = String.join("", pieces);
              try {
                assertThat(encode(pieces, how))
                    .as("%d pieces, %d chars", pieces.size(), whole.length())
                    .isEqualTo(whole.getBytes(StandardCharsets.UTF_8));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  /**
   * The pre-encoded constant (the renderer's inline stylesheet) appended between other pieces, as
   * that very instance, gives the same bytes as encoding it with them: whatever it holds (lone
   * surrogates, pairs) and whatever stands either side (a high surrogate just before it is encoded
   * with it as text). A constant ending in a high surrogate is not pre-encoded at all.
   */
  @Test
  void aPreEncodedConstantGivesTheBytesOfEncodingItInPlace() {
    qt().withExamples(1_000)
        .forAll(pieces(), lists().of(pieces()).ofSizeBetween(0, 6), integers().between(0, 2))
        .checkAssert(
            (constant, pieces, how) -> {
              Utf8Output.Encoded encoded = Utf8Output.Encoded.of(constant);
              boolean endsHigh =
                  !constant.isEmpty() && Character.isHighSurrogate(constant.charAt(constant.length() - 1));
              assertThat(encoded == null).as("pre-encoded unless it ends in a high surrogate").isEqualTo(endsHigh);
              StringBuilder whole = new StringBuilder();
              ByteArrayOutputStream bytes = new ByteArrayOutputStream();
              Utf8Output out = new Utf8Output(bytes, encoded);
              try {
                int k = how;
                for (String piece : pieces) {
                  out.append(constant);
                  whole.append(constant);
                  if (Math.floorMod(k++, 2) == 0) {
                    out.append(piece);
                  } else {
                    for (int i = 0; i < piece.length(); i++) {
                      out.append(piece.charAt(i));
                    }
                  }
                  whole.append(piece);
                }
                out.append(constant);
                whole.append(constant);
                out.finish();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              assertThat(bytes.toByteArray())
                  .as("%d pieces around a constant of %d chars", pieces.size(), constant.length())
                  .isEqualTo(whole.toString().getBytes(StandardCharsets.UTF_8));
            });
  }

  @Test
  void aPairSplitBetweenAppendsIsOneCodePointAndALoneHalfIsAQuestionMark() throws IOException {
    assertThat(encode(List.of("x\uD83D", "\uDE00y"), 0)).isEqualTo("x\uD83D\uDE00y".getBytes(StandardCharsets.UTF_8));
    assertThat(encode(List.of("\uD83D", "\uD83D", "z"), 2)).isEqualTo(ascii("??z"));
    assertThat(encode(List.of("a\uD800"), 1)).isEqualTo(ascii("a?"));
    assertThat(encode(List.of("\uDC00"), 0)).isEqualTo(ascii("?"));
    String longWithHighAtEnd = "a".repeat(100) + "\uD83D";
    assertThat(encode(List.of(longWithHighAtEnd, "\uDE00"), 0))
        .isEqualTo((longWithHighAtEnd + "\uDE00").getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  @Test
  void theStreamIsFlushedAndNotClosed() throws IOException {
    boolean[] state = new boolean[2];
    ByteArrayOutputStream bytes =
        new ByteArrayOutputStream() {
          @Override
          public void flush() {
            state[0] = true;
          }

          @Override
          public void close() {
            state[1] = true;
          }
        };
    Utf8Output out = new Utf8Output(bytes);
    out.append("héllo");
    assertThat(bytes.size()).as("buffered until the end").isZero();
    out.finish();
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("héllo");
    assertThat(state).containsExactly(true, false);
  }
}
