package org.evidencetoolkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evidencetoolkit.model.rules.ContentRules;
import org.evidencetoolkit.model.rules.Severity;
import org.evidencetoolkit.model.rules.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One reader, every source: a path, text, bytes, a stream and a reader give the same model, the
 * same located documents and the same problems under the name given; the format is configured
 * once or told from the first character; a failing stream of the caller's is an {@link
 * UncheckedIOException}, a path the reader opens an {@link IOException}.
 */
class ReadingFromAnySourceTest {
  private static final ToolkitReader READER = ToolkitReader.defaults();

  /** The kinds of in-memory source, each made from the same text. */
  enum Kind {
    TEXT, BYTES, STREAM, READER;

    Source of(String text) {
      Source.Named named = Source.named("doc");
      byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
      return switch (this) {
        case TEXT -> named.text(text);
        case BYTES -> named.bytes(utf8);
        case STREAM -> named.stream(new ByteArrayInputStream(utf8));
        case READER -> named.reader(new StringReader(text));
      };
    }
  }

  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(DocumentFormat.class)
  void everySourceGivesTheModelAndLocatedDocumentsAPathGives(DocumentFormat format)
      throws IOException {
    ToolkitWriter writer = ToolkitWriter.builder().format(format).build();
    String one = writer.writeAsString(Samples.full());
    String whole = writer.writeAsString(Samples.toolkit());
    Path oneFile = dir.resolve("one." + format.extension());
    Path wholeFile = dir.resolve("whole." + format.extension());
    Files.writeString(oneFile, one, StandardCharsets.UTF_8);
    Files.writeString(wholeFile, whole, StandardCharsets.UTF_8);
    InterventionDocument fromPath = READER.readInterventionDocument(oneFile);
    ToolkitDocument toolkitFromPath = READER.readToolkitDocument(wholeFile);
    Violation summary = violation("/summary", null);
    Violation mentoring = violation("/impact/band", "mentoring");
    for (Kind kind : Kind.values()) {
      for (ToolkitReader reader : List.of(READER, READER.with(format))) {
        InterventionDocument doc = reader.readInterventionDocument(kind.of(one));
        assertThat(doc.intervention()).as(kind.name()).isEqualTo(Samples.full());
        assertThat(doc.source()).isEqualTo("doc");
        assertThat(doc.locate(summary)).isEqualTo(
            new SourceLocation("doc", fromPath.locate(summary).line(),
                fromPath.locate(summary).column()));
        ToolkitDocument t = reader.readToolkitDocument(kind.of(whole));
        assertThat(t.toolkit()).as(kind.name()).isEqualTo(Samples.toolkit());
        assertThat(t.locate(mentoring).line()).isEqualTo(toolkitFromPath.locate(mentoring).line());
        assertThat(reader.readDocument(kind.of(one))).isInstanceOf(InterventionDocument.class);
        assertThat(reader.readDocument(kind.of(whole))).isInstanceOf(ToolkitDocument.class);
        assertThat(reader.readProfile(kind.of(whole))).isEqualTo(Samples.toolkit().profile());
        assertThat(reader.check(kind.of(one), ContentRules.defaults()).document())
            .containsInstanceOf(InterventionDocument.class);
      }
    }
  }

  @Test
  void problemsNameTheSourceAsGivenWhateverItIs() {
    String broken = "{\"id\": \"x\", \"title\": 3, \"impact\": {\"band\": \"low\"}}";
    for (Kind kind : Kind.values()) {
      ToolkitFormatException e = catchThrowableOfType(ToolkitFormatException.class,
          () -> READER.readIntervention(kind.of(broken)));
      assertThat(e).as(kind.name()).isNotNull();
      assertThat(e.getMessage()).as(kind.name())
          .isEqualTo("doc:1:22: expected text, found the number 3 (/title)");
    }
  }

  @Test
  void theConfiguredFormatWinsOverTheFirstCharacter() {
    // A YAML flow mapping starts with a brace: told from its first character it is JSON, and
    // unquoted words are not JSON; configured as YAML, it reads.
    String flow = "{id: x, title: T, impact: {band: low}}";
    assertThat(catchThrowableOfType(ToolkitFormatException.class,
        () -> READER.readIntervention(Source.named("flow").text(flow))).problems().get(0).kind())
        .isEqualTo(Problem.Kind.SYNTAX);
    ToolkitReader yaml = READER.with(DocumentFormat.YAML);
    assertThat(yaml.readIntervention(Source.named("flow").text(flow)).id()).isEqualTo("x");
    assertThat(yaml.format()).contains(DocumentFormat.YAML);
    assertThat(READER.format()).isEmpty();
    assertThat(yaml.limits()).isSameAs(READER.limits());
    // and the other way: JSON configured, YAML text is a syntax problem
    assertThat(catchThrowableOfType(ToolkitFormatException.class,
        () -> READER.with(DocumentFormat.JSON)
            .readIntervention(Source.named("y").text("id: x\ntitle: T\nimpact: {band: low}\n")))
        .problems().get(0).kind()).isEqualTo(Problem.Kind.SYNTAX);
  }

  @Test
  void limitsHoldForEverySource() {
    ToolkitReader small = ToolkitReader.builder()
        .limits(ReadLimits.builder().maxDocumentBytes(16).build()).build();
    String big = "id: x\ntitle: " + "T".repeat(100) + "\nimpact: {band: low}\n";
    for (Kind kind : Kind.values()) {
      ToolkitFormatException e = catchThrowableOfType(ToolkitFormatException.class,
          () -> small.readIntervention(kind.of(big)));
      assertThat(e.problems()).as(kind.name()).singleElement()
          .extracting(Problem::kind).isEqualTo(Problem.Kind.LIMIT);
    }
  }

  @Test
  void aFailingStreamOrReaderOfTheCallersIsAnUncheckedIoException() {
    IOException broken = new IOException("the pipe broke");
    InputStream stream = new InputStream() {
      @Override
      public int read() throws IOException {
        throw broken;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        throw broken;
      }
    };
    Reader reader = new Reader() {
      @Override
      public int read(char[] cbuf, int off, int len) throws IOException {
        throw broken;
      }

      @Override
      public void close() {}
    };
    assertThatThrownBy(() -> READER.readDocument(Source.named("pipe").stream(stream)))
        .isInstanceOf(UncheckedIOException.class).hasCause(broken);
    assertThatThrownBy(() -> READER.readToolkit(Source.named("pipe").reader(reader)))
        .isInstanceOf(UncheckedIOException.class).hasCause(broken);
    assertThatThrownBy(() -> READER.check(Source.named("pipe").stream(stream),
        ContentRules.defaults())).isInstanceOf(UncheckedIOException.class).hasCause(broken);
  }

  @Test
  void aSourceNamesItselfAndRefusesNothingMissing() {
    Source s = Source.named("request body").text("id: x");
    assertThat(s.name()).isEqualTo("request body");
    assertThat(s).hasToString("request body");
    assertThatThrownBy(() -> Source.named("x").text(nullString()))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("text");
  }

  @Test
  void bothLocateMethodsGiveALocationNeverEmpty() {
    InterventionDocument doc = READER.with(DocumentFormat.YAML).readInterventionDocument(
        Source.named("x.yaml").text("id: x\ntitle: T\nimpact: {band: low}\n"));
    // A field left at its default is placed at the document, by pointer and by violation alike.
    assertThat(doc.locate(violation("/costDetails", null)))
        .isEqualTo(doc.locate("/costDetails"))
        .isEqualTo(new SourceLocation("x.yaml", 1, 1));
    assertThat(doc.locate(violation("/impact/band", null)))
        .isEqualTo(doc.locate("/impact/band"))
        .isEqualTo(new SourceLocation("x.yaml", 3, 16));
  }

  private static Violation violation(String path, @org.jspecify.annotations.Nullable String id) {
    Violation.Builder b = Violation.builder().ruleId("test.rule").severity(Severity.ERROR)
        .path(path).message("m");
    if (id != null) {
      b.interventionId(id);
    }
    return b.build();
  }

  @SuppressWarnings("NullAway") // deliberately null, to see the refusal
  private static String nullString() {
    return null;
  }
}
