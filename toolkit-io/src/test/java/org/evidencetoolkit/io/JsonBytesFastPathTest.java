package org.evidencetoolkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.evidencetoolkit.model.Intervention;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * JSON bytes that read as they are go to Jackson's byte parser undecoded ({@code
 * Loader#readJsonBytesHappily}). Differential property: reading a document from {@code
 * Source.bytes} gives what reading the same bytes from {@code Source.stream} gives (the plain
 * path: decoded, checked, then parsed as text), the same intervention or the same problems, and
 * its map locates the same; on generated interventions, on hostile edits of their bytes (invalid
 * UTF-8, byte order marks, surrogate escapes, naughty strings, broken syntax) and under a small
 * size limit.
 */
class JsonBytesFastPathTest {
  private static final ToolkitWriter JSON =
      ToolkitWriter.builder().format(DocumentFormat.JSON).build();

  /** What one read gives: the model, or the problems. */
  private record Outcome(@Nullable Intervention intervention, List<Problem> problems) {}

  private static List<byte[]> naughtyBytes = List.of();
  private static List<String> naughty = List.of();

  @BeforeAll
  static void readTheCorpora() throws Exception {
    naughtyBytes = NaughtyStringsTest.invalidUtf8();
    naughty = NaughtyStringsTest.naughtyStrings();
  }

  private static Outcome read(ToolkitReader reader, Source source) {
    try {
      return new Outcome(reader.readIntervention(source), List.of());
    } catch (ToolkitFormatException e) {
      return new Outcome(null, e.problems());
    }
  }

  private static void assertSameReading(ToolkitReader reader, byte[] bytes) {
    Outcome plain = read(reader, Source.named("doc").stream(new ByteArrayInputStream(bytes)));
    Outcome fast = read(reader, Source.named("doc").bytes(bytes));
    assertThat(fast).as(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(plain);
  }

  @Test
  void generatedDocumentsReadAsFromAStream() {
    AtomicInteger read = new AtomicInteger();
    ToolkitReader configured = ToolkitReader.defaults().with(DocumentFormat.JSON);
    ToolkitReader sniffing = ToolkitReader.defaults();
    qt().withExamples(1_500).forAll(ModelGenerators.interventions()).checkAssert(x -> {
      byte[] bytes = JSON.writeAsString(x).getBytes(StandardCharsets.UTF_8);
      for (ToolkitReader reader : List.of(configured, sniffing)) {
        assertSameReading(reader, bytes);
        InterventionDocument plain = reader.readInterventionDocument(
            Source.named("doc").stream(new ByteArrayInputStream(bytes)));
        byte[] reused = bytes.clone();
        InterventionDocument fast = reader.readInterventionDocument(Source.named("doc").bytes(reused));
        assertThat(fast.intervention()).isEqualTo(x);
        Arrays.fill(reused, (byte) '?'); // the caller reuses its array; the map must not mind
        for (String pointer : List.of("", "/id", "/title", "/impact/band", "/whatIsIt",
            "/implementation/0/title", "/resources/1/url", "/sections", "/nowhere/9")) {
          assertThat(fast.locate(pointer)).as(pointer).isEqualTo(plain.locate(pointer));
        }
        read.incrementAndGet();
      }
    });
    assertThat(read.get()).isEqualTo(3_000);
  }

  private static final String[] SNIPPETS = {
    "null", "\"x\"", "1", "-0", "true", "[]", "{}", ",", ":", "\\ud800", "\\uDC00", "\\uD83D\\uDE00",
    "\\\\ud800", "\\u00e9", "\\u0000", "\\", "\n", "\r", "\t", "\uFEFF", "\u0085", "\u2028", "é",
    "😀", "\"id\": \"x\"", "\"title\": 2024", "\"unknownField\": 1", "\"evidence\": 9", "NaN",
    "\"sections\": {\"a\": null}", "| x |\n|---|", "<b>", "[a](b c)", "[a](http://[x)",
  };

  /**
   * Byte sequences at the edges of well-formed UTF-8: encoded surrogates (CESU-8), overlong
   * forms, code points past U+10FFFF, cut sequences, stray continuations; and their well-formed
   * neighbours.
   */
  private static final byte[][] EDGES = {
    bytes(0xed, 0xa0, 0x80), bytes(0xed, 0xbf, 0xbf), bytes(0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80),
    bytes(0xc0, 0xaf), bytes(0xc1, 0xbf), bytes(0xe0, 0x80, 0xaf), bytes(0xe0, 0x9f, 0xbf),
    bytes(0xf0, 0x80, 0x80, 0xaf), bytes(0xf0, 0x8f, 0xbf, 0xbf), bytes(0xf4, 0x90, 0x80, 0x80),
    bytes(0xf5, 0x80, 0x80, 0x80), bytes(0xe2, 0x82), bytes(0xf0, 0x9f, 0x98), bytes(0x80),
    bytes(0xbf), bytes(0xff), bytes(0xed, 0x9f, 0xbf), bytes(0xee, 0x80, 0x80),
    bytes(0xe0, 0xa0, 0x80), bytes(0xf0, 0x90, 0x80, 0x80), bytes(0xf4, 0x8f, 0xbf, 0xbf),
    bytes(0xc2, 0x80), bytes(0xef, 0xbf, 0xbd),
  };

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  /** One to three edits of the bytes: hostile bytes, snippets, naughty strings, deletions. */
  private static byte[] mutate(byte[] bytes, Random random) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int edits = 1 + random.nextInt(3);
    byte[] s = bytes;
    for (int e = 0; e < edits && s.length > 0; e++) {
      int at = random.nextInt(s.length);
      byte[] insert = switch (random.nextInt(7)) {
        case 0 -> SNIPPETS[random.nextInt(SNIPPETS.length)].getBytes(StandardCharsets.UTF_8);
        case 1 -> naughtyBytes.get(random.nextInt(naughtyBytes.size()));
        case 2 -> {
          String q = org.evidencetoolkit.io.JsonStrings.quote(naughty.get(random.nextInt(naughty.size())));
          yield q.substring(1, q.length() - 1).getBytes(StandardCharsets.UTF_8);
        }
        case 3 -> new byte[] {(byte) random.nextInt(256)};
        case 4 -> EDGES[random.nextInt(EDGES.length)];
        default -> new byte[0];
      };
      int cut = insert.length == 0 ? Math.min(s.length - at, 1 + random.nextInt(8)) : 0;
      out.reset();
      out.write(s, 0, at);
      out.writeBytes(insert);
      out.write(s, at + cut, s.length - at - cut);
      s = out.toByteArray();
    }
    if (random.nextInt(10) == 0) {
      byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
      byte[] with = new byte[s.length + 3];
      System.arraycopy(bom, 0, with, 0, 3);
      System.arraycopy(s, 0, with, 3, s.length);
      s = with;
    }
    return s;
  }

  @Test
  void hostileBytesReadAsFromAStream() {
    Gen<Long> seeds = Generate.longRange(0, Long.MAX_VALUE);
    ToolkitReader configured = ToolkitReader.defaults().with(DocumentFormat.JSON);
    ToolkitReader sniffing = ToolkitReader.defaults();
    ToolkitReader small = ToolkitReader.builder()
        .limits(ReadLimits.builder().maxDocumentBytes(2_000).build()).build()
        .with(DocumentFormat.JSON);
    AtomicInteger refused = new AtomicInteger();
    qt().withExamples(3_000).forAll(ModelGenerators.interventions(), seeds)
        .checkAssert((x, seed) -> {
          byte[] bytes = mutate(JSON.writeAsString(x).getBytes(StandardCharsets.UTF_8),
              new Random(seed));
          for (ToolkitReader reader : List.of(configured, sniffing, small)) {
            assertSameReading(reader, bytes);
          }
          if (!read(configured, Source.named("doc").bytes(bytes)).problems().isEmpty()) {
            refused.incrementAndGet();
          }
        });
    assertThat(refused.get()).as("hostile documents refused").isGreaterThan(1_000);
  }

  @Test
  void otherEncodingsAndBadBytesAreRefusedAsFromAStream() {
    ToolkitReader reader = ToolkitReader.defaults();
    String doc = "{\"id\": \"a\", \"title\": \"b\", \"impact\": {\"band\": \"low\"}}";
    for (java.nio.charset.Charset charset : List.of(StandardCharsets.UTF_16BE,
        StandardCharsets.UTF_16LE, StandardCharsets.UTF_16,
        java.nio.charset.Charset.forName("UTF-32BE"), java.nio.charset.Charset.forName("UTF-32LE"))) {
      assertSameReading(reader, doc.getBytes(charset));
    }
    List<byte[]> bad = new java.util.ArrayList<>(naughtyBytes);
    bad.addAll(List.of(EDGES).subList(0, 16)); // the ill-formed ones
    for (byte[] bytesOfIt : bad) {
      byte[] bytes = (doc.substring(0, doc.length() - 1) + ", \"summary\": \"")
          .getBytes(StandardCharsets.UTF_8);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.writeBytes(bytes);
      out.writeBytes(bytesOfIt);
      out.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
      assertSameReading(reader, out.toByteArray());
      assertThat(read(reader, Source.named("doc").bytes(out.toByteArray())).problems())
          .extracting(Problem::kind).first().isEqualTo(Problem.Kind.ENCODING);
    }
  }
}
