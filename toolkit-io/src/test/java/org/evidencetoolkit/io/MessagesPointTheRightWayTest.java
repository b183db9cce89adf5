package org.evidencetoolkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each message points at the real place and names the real problem: a character YAML forbids is
 * reported where it is, an encoding other than UTF-8 is named as what it is, and a JSON word like
 * {@code NaN} is reported as a number JSON does not allow, at the word.
 */
class MessagesPointTheRightWayTest {
  private static final ToolkitReader READER = ToolkitReader.defaults();

  /** The only problem of reading these bytes, through both byte entry points. */
  private static Problem only(byte[] bytes, DocumentFormat format) {
    String name = "doc." + format.extension();
    ToolkitFormatException fromBytes = catchThrowableOfType(ToolkitFormatException.class,
        () -> READER.with(format).readIntervention(Source.named(name).bytes(bytes)));
    ToolkitFormatException fromStream = catchThrowableOfType(ToolkitFormatException.class,
        () -> READER.with(format)
            .readIntervention(Source.named(name).stream(new ByteArrayInputStream(bytes))));
    assertThat(fromBytes).isNotNull();
    assertThat(fromStream).isNotNull();
    assertThat(fromStream.problems()).isEqualTo(fromBytes.problems());
    List<Problem> problems = fromBytes.problems();
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).source()).isEqualTo(name);
    return problems.get(0);
  }

  private static Problem only(String text, DocumentFormat format) {
    return only(text.getBytes(StandardCharsets.UTF_8), format);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "summary: abc\u0000def",
    "summary: 'abc\u0000def'",
    "summary: \"abc\u0000def\"",
    "summary: abc\u0007def",
    "summary: abc\u007Fdef",
    "summary: abc\u0080def",
    "summary: abc\uFFFEdef",
    "# a comment\u0000",
  })
  void aCharacterYamlForbidsIsReportedWhereItIs(String line3) {
    String yaml = "id: x\ntitle: T\n" + line3 + "\nimpact: {band: low}\n";
    Problem p = only(yaml, DocumentFormat.YAML);
    int column = line3.indexOf("abc") >= 0 ? line3.indexOf("abc") + 4 : line3.length();
    String code = String.format("U+%04X", (int) line3.charAt(column - 1));
    assertThat(p.kind()).isEqualTo(Problem.Kind.SYNTAX);
    assertThat(p.line()).isEqualTo(3);
    assertThat(p.column()).isEqualTo(column);
    assertThat(p.message()).contains(code).contains("not allowed anywhere in YAML");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u0000", "\u0007", "\u007F"})
  void aControlCharacterInABlockScalarIsLocatedToo(String control) {
    String yaml = "id: x\ntitle: T\nwhatIsIt: |\n  one\n  tw" + control + "o\nimpact: {band: low}\n";
    Problem p = only(yaml, DocumentFormat.YAML);
    assertThat(p.line()).isEqualTo(5);
    assertThat(p.column()).isEqualTo(5);
  }

  @ParameterizedTest
  @EnumSource(DocumentFormat.class)
  void utf32WithAByteOrderMarkIsNamedUtf32(DocumentFormat format) {
    for (String name : List.of("UTF-32BE", "UTF-32LE")) {
      byte[] bytes = ("\uFEFF" + document(format)).getBytes(Charset.forName(name));
      Problem p = only(bytes, format);
      assertThat(p.kind()).as(name).isEqualTo(Problem.Kind.ENCODING);
      assertThat(p.message()).as(name).contains("UTF-32").doesNotContain("UTF-16")
          .contains(name.endsWith("LE") ? "little-endian" : "big-endian")
          .contains("byte order mark").contains("save it as UTF-8");
    }
  }

  @ParameterizedTest
  @EnumSource(DocumentFormat.class)
  void utf16AndUtf32WithoutAByteOrderMarkAreNamed(DocumentFormat format) {
    for (String name : List.of("UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE")) {
      Problem p = only(document(format).getBytes(Charset.forName(name)), format);
      assertThat(p.kind()).as(name).isEqualTo(Problem.Kind.ENCODING);
      assertThat(p.message()).as(name).contains(name.substring(0, 6))
          .contains(name.endsWith("LE") ? "little-endian" : "big-endian")
          .doesNotContain("byte order mark").contains("save it as UTF-8");
      assertThat(p.line()).isEqualTo(1);
      assertThat(p.column()).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @EnumSource(DocumentFormat.class)
  void utf16WithAByteOrderMarkIsStillNamedUtf16(DocumentFormat format) {
    Problem p = only(document(format).getBytes(StandardCharsets.UTF_16), format);
    assertThat(p.kind()).isEqualTo(Problem.Kind.ENCODING);
    assertThat(p.message()).contains("UTF-16 (big-endian, with a byte order mark)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"NaN", "-Infinity", "Infinity", "+Infinity"})
  void aJsonWordThatIsNoNumberIsReportedAtTheWord(String word) {
    String json = "{\"id\": \"x\", \"title\": \"T\",\n"
        + "  \"impact\": {\"band\": \"low\", \"estimate\": " + word + "\n}}";
    Problem p = only(json, DocumentFormat.JSON);
    assertThat(p.kind()).isEqualTo(Problem.Kind.SYNTAX);
    assertThat(p.line()).isEqualTo(2);
    assertThat(p.column()).isEqualTo("  \"impact\": {\"band\": \"low\", \"estimate\": ".length() + 1);
    assertThat(p.message()).startsWith(word + " is not a number JSON allows");
    assertThat(p.pointer()).isEqualTo("/impact/estimate");
  }

  private static String document(DocumentFormat format) {
    return format == DocumentFormat.JSON
        ? "{\"id\": \"x\", \"title\": \"T\", \"impact\": {\"band\": \"low\"}}\n"
        : "id: x\ntitle: T\nimpact: {band: low}\n";
  }
}
