package org.evidencetoolkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every kind of problem is reported with its kind, file, line, column (in code points) and JSON
 * Pointer, all problems of a document in one exception, in our words.
 */
// Documents are spelled out line by line with \n so that expected line numbers are easy to check.
@SuppressWarnings("StringConcatToTextBlock")
class ProblemReportingTest {
  private static final ToolkitReader READER = ToolkitReader.defaults();

  static List<Problem> problems(String text, DocumentFormat format) {
    ToolkitFormatException e = catchThrowableOfType(ToolkitFormatException.class,
        () -> READER.with(format)
            .readIntervention(Source.named("doc." + format.extension()).text(text)));
    assertThat(e).as("expected problems in:\n" + text).isNotNull();
    for (Problem p : e.problems()) {
      assertThat(p.message()).doesNotContainIgnoringCase("jackson")
          .doesNotContain("JsonToken").doesNotContain("(code ").doesNotContain("Exception");
      assertThat(p.source()).isEqualTo("doc." + format.extension());
    }
    return e.problems();
  }

  static Problem only(String text, DocumentFormat format) {
    List<Problem> problems = problems(text, format);
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }

  @Test
  void everyProblemOfADocumentIsReportedInOnePass() {
    String yaml = """
        id: mentoring
        titel: Mentoring
        impact:
          band: modrate
          estimate: lots
        evidence: 7
        cost: cheap
        preventionTypes: secondary
        settings: [community, 3]
        whatIsIt: "# Heading"
        studyCount: -1
        lastUpdated: 2024-13-01
        resources:
          - url: "http://a b"
        """;
    List<Problem> problems = problems(yaml, DocumentFormat.YAML);
    assertThat(problems).extracting(Problem::kind, Problem::pointer, Problem::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Problem.Kind.MISSING_FIELD, "/title", 1),
            org.assertj.core.groups.Tuple.tuple(Problem.Kind.UNKNOWN_FIELD, "/titel", 2),
            org.assertj.core.groups.Tuple.tuple(Problem.Kind.BAD_VALUE, "/impact/band", 4),
            org.assertj.core.groups.Tuple.tuple(Problem.Kind.WRONG_TYPE, "/impact/estimate", 5),
            org.assertj.core.groups.Tuple.tuple(Problem.Kind.BAD_VALUE, "/evidence", 6),
            org.assertj.core.groups.Tuple.tuple(Problem.Kind.BAD_VALUE, "/cost", 7),
            org.assertj.core.groups.Tuple.tuple(Problem.Kind.WRONG_TYPE, "/preventionTypes", 8),
            org.assertj.core.groups.Tuple.tuple(Problem.Kind.BAD_MARKDOWN, "/whatIsIt", 10),
            org.assertj.core.groups.Tuple.tuple(Problem.Kind.BAD_VALUE, "/studyCount", 11),
            org.assertj.core.groups.Tuple.tuple(Problem.Kind.BAD_VALUE, "/lastUpdated", 12),
            org.assertj.core.groups.Tuple.tuple(Problem.Kind.MISSING_FIELD, "/resources/0/title", 14),
            org.assertj.core.groups.Tuple.tuple(Problem.Kind.BAD_VALUE, "/resources/0/url", 14));
    // settings: [community, 3] is fine in YAML: an unquoted 3 is the code "3"
    assertThat(problems.get(1).message()).contains("unknown field \"titel\"")
        .contains("did you mean \"title\"?");
    assertThat(problems.get(2).message()).contains("\"modrate\" is not an impact band")
        .contains("did you mean \"moderate\"?")
        .contains("\"harmful\", \"no-effect\", \"insufficient-evidence\", \"low\", \"moderate\" or \"high\"");
    assertThat(problems.get(4).message()).contains("1, 2, 3, 4, 5 or \"not-rated\"").contains("7");
    assertThat(problems.get(5).message()).contains("(or \"?\")");
    assertThat(problems.get(7).message()).contains("a heading (\"# Heading\")");
  }

  @Test
  void theMessageListsProblemsAsFileLineColumnMessagePointer() {
    ToolkitFormatException e = catchThrowableOfType(ToolkitFormatException.class,
        () -> READER.with(DocumentFormat.JSON)
            .readIntervention(
                Source.named("content/x.json").text("{\"id\": \"x\", \"title\": 3}")));
    assertThat(e.getMessage()).isEqualTo(
        "content/x.json:1:1: missing required field \"impact\" (e.g. impact: { band:"
            + " insufficient-evidence }) (/impact)\n"
            + "content/x.json:1:22: expected text, found the number 3 (/title)");
    assertThat(e).isInstanceOf(RuntimeException.class);
  }

  @Test
  void columnsCountCharactersNotBytesOrUtf16UnitsInJson() {
    // "🙂" is 4 bytes and 2 UTF-16 units but one character
    String json = "{\"id\": \"x\", \"title\": \"Café 🙂\", \"impact\": {\"band\": \"x\"}}";
    Problem p = only(json, DocumentFormat.JSON);
    assertThat(p.pointer()).isEqualTo("/impact/band");
    assertThat(p.column()).isEqualTo(json.codePointCount(0, json.indexOf("\"x\"}")) + 1);
    assertThat(p.line()).isEqualTo(1);
    // the same through bytes, where Jackson itself would count bytes
    ToolkitFormatException e = catchThrowableOfType(ToolkitFormatException.class,
        () -> READER.with(DocumentFormat.JSON)
            .readIntervention(
                Source.named("doc.json").bytes(json.getBytes(StandardCharsets.UTF_8))));
    assertThat(e.problems().get(0).column()).isEqualTo(p.column());
  }

  @Test
  void columnsCountCharactersInYaml() {
    String yaml = "id: x\ntitle: Café 🙂 naïve\nsummary: 数据 🙂\nimpact: {band: insufficient-evidence}\n"
        + "evidence: \"🙂\"\n";
    Problem band = problems("title: é🙂\nid: x\nimpact: {band: \"🙂🙂x\", estimate: 1}\n",
        DocumentFormat.YAML).get(0);
    assertThat(band.line()).isEqualTo(3);
    assertThat(band.column()).isEqualTo(16);
    Problem evidence = only(yaml, DocumentFormat.YAML);
    assertThat(evidence.line()).isEqualTo(5);
    assertThat(evidence.column()).isEqualTo(11);
  }

  @Test
  void jsonSyntaxErrorsAreLocatedAndDescribedInOurWords() {
    Problem p = only("{\n  \"id\": \"x\",\n  \"title\": \"é\" \"impact\": {}\n}", DocumentFormat.JSON);
    assertThat(p.kind()).isEqualTo(Problem.Kind.SYNTAX);
    assertThat(p.line()).isEqualTo(3);
    assertThat(p.column()).isEqualTo(16);
    assertThat(p.message()).isEqualTo("unexpected '\"'; expected ',' or a closing bracket");

    Problem truncated = only("{\"id\": \"x\", \"title\": [1,", DocumentFormat.JSON);
    assertThat(truncated.message()).contains("ends inside the list opened at line 1, column 22");

    Problem bare = only("{\"id\": mentoring}", DocumentFormat.JSON);
    assertThat(bare.message()).contains("unrecognized word").contains("true, false and null");
    assertThat(bare.column()).isEqualTo(8);
  }

  @Test
  void yamlSyntaxErrorsAreLocated() {
    Problem p = only("id: x\ntitle: [unclosed\nimpact: {band: low}\n", DocumentFormat.YAML);
    assertThat(p.kind()).isEqualTo(Problem.Kind.SYNTAX);
    assertThat(p.message()).startsWith("invalid YAML: ");
    assertThat(p.line()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void duplicateKeysAreRefusedInJsonAndYaml() {
    Problem json = only("{\"id\": \"x\", \"title\": \"a\", \"impact\": {\"band\": \"low\"},"
        + " \"title\": \"b\"}", DocumentFormat.JSON);
    assertThat(json.kind()).isEqualTo(Problem.Kind.DUPLICATE_KEY);
    assertThat(json.pointer()).isEqualTo("/title");
    assertThat(json.column()).isEqualTo(54);
    Problem yaml = only("id: x\ntitle: a\nimpact: {band: low, band: high}\n", DocumentFormat.YAML);
    assertThat(yaml.kind()).as(yaml.toString()).isEqualTo(Problem.Kind.DUPLICATE_KEY);
    assertThat(yaml.pointer()).isEqualTo("/impact/band");
    assertThat(yaml.line()).isEqualTo(3);
    assertThat(yaml.column()).isEqualTo(21);
  }

  @Test
  void yamlAnchorsAliasesAndTagsAreRefused() {
    List<Problem> problems = problems(
        "id: &a x\ntitle: *a\nsummary: !!str 3\nimpact: {band: low}\n", DocumentFormat.YAML);
    assertThat(problems).extracting(Problem::kind).containsOnly(Problem.Kind.YAML_FEATURE);
    assertThat(problems).extracting(Problem::message).anySatisfy(m -> assertThat(m).contains("anchor (&a)"))
        .anySatisfy(m -> assertThat(m).contains("alias (*a)"))
        .anySatisfy(m -> assertThat(m).contains("explicit tag"));
    assertThat(problems).extracting(Problem::line).containsExactly(1, 2, 3);
  }

  @Test
  void billionLaughsStopsAtTheFirstAnchor() {
    StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      char p = (char) (c - 1);
      yaml.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p)
          .append(",*").append(p).append(",*").append(p).append("]\n");
    }
    List<Problem> problems = problems(yaml.toString(), DocumentFormat.YAML);
    assertThat(problems).extracting(Problem::kind).contains(Problem.Kind.YAML_FEATURE);
  }

  @Test
  void aNewerFormatVersionIsRefusedNamingBothVersions() {
    Problem p = only("formatVersion: 2\nid: x\ntitle: t\nimpact: {band: low}\n", DocumentFormat.YAML);
    assertThat(p.kind()).isEqualTo(Problem.Kind.VERSION);
    assertThat(p.message()).contains("format version 2").contains("version 1");
    assertThat(p.pointer()).isEqualTo("/formatVersion");
    assertThat(only("formatVersion: one\nid: x\ntitle: t\nimpact: {band: low}\n",
        DocumentFormat.YAML).kind()).isEqualTo(Problem.Kind.VERSION);
    // absent and 1 are both fine
    READER.with(DocumentFormat.YAML)
        .readIntervention(
            Source.named("v1").text("formatVersion: 1\nid: x\ntitle: t\nimpact: {band: low}\n"));
    READER.with(DocumentFormat.YAML)
        .readIntervention(Source.named("v1").text("id: x\ntitle: t\nimpact: {band: low}\n"));
  }

  @Test
  void markdownOutsideTheSubsetIsNamed() {
    String[][] cases = {
        {"<div>x</div>", "HTML (\"<div>x</div>\")"},
        {"a <b>bold", "HTML (\"<b>\")"},
        {"## Heading", "a heading (\"## Heading\")"},
        {"![alt](https://example.org/a.png)", "an image"},
        {"use `code`", "inline code (\"`code`\")"},
        {"```\ncode\n```", "a code block"},
        {"    indented", "a code block"},
        {"> quoted", "a block quote"},
        {"---", "a thematic break"},
        {"- a\n  - nested", "a list inside a list item"},
        {"| a | b |\n|---|---|\n| 1 | 2 |", "a table (\"| a | b |\")"},
        {"[x](https://example.org \"title\")", "a link title (\"title\")"},
        {"3. three", "an ordered list starting at 3"},
    };
    for (String[] c : cases) {
      String json = "{\"id\": \"x\", \"title\": \"t\", \"impact\": {\"band\": \"low\"}, \"whatIsIt\": "
          + JsonStrings.quote(c[0]) + "}";
      Problem p = only(json, DocumentFormat.JSON);
      assertThat(p.kind()).as(c[0]).isEqualTo(Problem.Kind.BAD_MARKDOWN);
      assertThat(p.pointer()).isEqualTo("/whatIsIt");
      assertThat(p.message()).as(c[0]).contains(c[1]);
    }
  }

  @Test
  void markdownProblemsNameTheLineOfTheText() {
    Problem p = only("id: x\ntitle: t\nimpact: {band: low}\nwhatIsIt: |\n  Fine.\n\n  # Not fine\n",
        DocumentFormat.YAML);
    assertThat(p.message()).contains("a heading (\"# Not fine\") on line 3 of the text");
    assertThat(p.line()).isEqualTo(4);
  }

  @Test
  void invalidUtf8IsRefusedAtItsPlace() {
    byte[] bytes = "{\"id\": \"x\",\n \"title\": \"caf\u00e9 X\"}".getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 3] = (byte) 0xff; // the X
    ToolkitFormatException e = catchThrowableOfType(ToolkitFormatException.class,
        () -> READER.with(DocumentFormat.JSON)
            .readIntervention(Source.named("bad.json").bytes(bytes)));
    Problem p = e.problems().get(0);
    assertThat(p.kind()).isEqualTo(Problem.Kind.ENCODING);
    assertThat(p.line()).isEqualTo(2);
    assertThat(p.column()).isEqualTo(17);
    assertThat(p.message()).contains("FF");
  }

  @Test
  void utf16IsRefused() {
    byte[] bytes = "\uFEFF{}".getBytes(StandardCharsets.UTF_16LE);
    assertThatThrownBy(() -> READER.with(DocumentFormat.JSON)
        .readIntervention(Source.named("utf16.json").bytes(bytes)))
        .isInstanceOfSatisfying(ToolkitFormatException.class, e -> assertThat(e.problems().get(0)
            .message()).contains("UTF-16"));
  }

  @Test
  void unpairedSurrogatesAreRefusedInTextInputAndEscapes() {
    Problem raw = only("id: x\ntitle: a\uD800b\nimpact: {band: low}\n", DocumentFormat.YAML);
    assertThat(raw.kind()).isEqualTo(Problem.Kind.ENCODING);
    assertThat(raw.line()).isEqualTo(2);
    Problem escaped = only("{\"id\": \"x\", \"title\": \"a\\uDC00\", \"impact\": {\"band\": \"low\"}}",
        DocumentFormat.JSON);
    assertThat(escaped.kind()).isEqualTo(Problem.Kind.ENCODING);
    assertThat(escaped.pointer()).isEqualTo("/title");
  }

  @Test
  void yamlPlainScalarsStandForTheTextTheySpell() {
    var i = READER.with(DocumentFormat.YAML)
        .readIntervention(
            Source.named("plain.yaml")
                .text("id: 2024\ntitle: yes\nsummary: 1.50\nimpact: {band: low}\n"
        + "settings: [true, 3]\n"));
    assertThat(i.id()).isEqualTo("2024");
    assertThat(i.title()).isEqualTo("yes");
    assertThat(i.summary()).isEqualTo("1.50");
    assertThat(i.settings()).extracting(s -> s.code()).containsExactly("true", "3");
    // JSON is strict about types
    assertThat(only("{\"id\": 2024, \"title\": \"t\", \"impact\": {\"band\": \"low\"}}",
        DocumentFormat.JSON).kind()).isEqualTo(Problem.Kind.WRONG_TYPE);
  }

  @Test
  void nullMeansAbsentAndOnlyIdTitleAndImpactAreRequired() {
    var i = READER.with(DocumentFormat.YAML)
        .readIntervention(
            Source.named("draft.yaml")
                .text("id: x\ntitle: t\nsummary:\nimpact: {band: insufficient-evidence}\n"));
    assertThat(i.summary()).isEmpty();
    List<Problem> problems = problems("summary: s\n", DocumentFormat.YAML);
    assertThat(problems).extracting(Problem::pointer).containsExactly("/id", "/title", "/impact");
  }

  @Test
  void ratingsAcceptLevelsAndNotRatedAndCostAcceptsQuestionMark() {
    var i = READER.with(DocumentFormat.YAML)
        .readIntervention(
            Source.named("r.yaml").text("id: x\ntitle: t\nimpact: {band: low, estimate: 2.50}\n"
        + "evidence: not-rated\ncost: \"?\"\n"));
    assertThat(i.cost().isRated()).isFalse();
    assertThat(i.impact().estimate()).hasValue(new java.math.BigDecimal("2.5"));
    assertThat(only("id: x\ntitle: t\nimpact: {band: low}\nevidence: \"?\"\n", DocumentFormat.YAML)
        .kind()).isEqualTo(Problem.Kind.BAD_VALUE);
    assertThat(only("{\"id\": \"x\", \"title\": \"t\", \"impact\": {\"band\": \"low\"},"
        + " \"evidence\": 3.0}", DocumentFormat.JSON).kind()).isEqualTo(Problem.Kind.WRONG_TYPE);
    assertThat(only("id: x\ntitle: t\nimpact: {band: low}\nevidence: 3.0\n", DocumentFormat.YAML)
        .kind()).isEqualTo(Problem.Kind.BAD_VALUE);
  }

  @Test
  void hostileEstimatesAreRefusedBeforeTheyCanBeExpanded() {
    Problem p = only("id: x\ntitle: t\nimpact: {band: low, estimate: 1e999999}\n", DocumentFormat.YAML);
    assertThat(p.kind()).isEqualTo(Problem.Kind.BAD_VALUE);
    assertThat(p.pointer()).isEqualTo("/impact/estimate");
  }

  @Test
  void unknownSettingCodesStillLoadLabelledWithTheirCode() {
    var i = READER.with(DocumentFormat.YAML)
        .readIntervention(
            Source.named("s.yaml")
                .text("id: x\ntitle: t\nimpact: {band: low}\nsettings: [custody, moon]\n"));
    assertThat(i.settings()).extracting(s -> s.label()).containsExactly("Custody", "moon");
  }

  @Test
  void wrongRootTypesAreReported() {
    Problem p = only("[1, 2]", DocumentFormat.JSON);
    assertThat(p.kind()).isEqualTo(Problem.Kind.WRONG_TYPE);
    assertThat(p.message()).contains("found a list");
    assertThat(only("", DocumentFormat.JSON).message()).contains("empty");
    assertThat(only("", DocumentFormat.YAML).message()).contains("empty");
    assertThat(only("{} {}", DocumentFormat.JSON).message()).contains("more than one value");
    assertThat(only("id: x\n---\nid: y\n", DocumentFormat.YAML).message())
        .contains("more than one YAML document");
  }
}
