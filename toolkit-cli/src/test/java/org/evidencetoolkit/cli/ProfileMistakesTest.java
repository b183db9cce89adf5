package org.evidencetoolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each read-time mistake of SPEC §11, made in the example toolkit's {@code toolkit.yaml} as a
 * content editor might make it: every command that reads the toolkit exits 1 with one located
 * diagnostic ({@code file:line:col}, rule id, message, JSON Pointer) whose place is the mistake
 * itself and whose message names it.
 */
class ProfileMistakesTest {
  @TempDir Path dir;

  private static final Pattern DIAGNOSTIC =
      Pattern.compile("(?m)^(.*toolkit\\.yaml):(\\d+):(\\d+): error: \\[(format\\.[a-z-]+)\\] (.*) \\((/[^)]*)\\)$");

  /**
   * The mistake: the text replaced in {@code toolkit.yaml} and its replacement, the rule id and
   * pointer expected, the text found at the reported place, and words the message must hold.
   */
  static Stream<Arguments> mistakes() {
    return Stream.of(
        Arguments.of("an unknown label key, with the closest known key",
            "rating.evidence: Evidence strength", "rating.evidense: Evidence strength",
            "format.bad-value", "/profile/labels/rating.evidense", "rating.evidense",
            List.of("rating.evidense", "did you mean \"rating.evidence\"")),
        Arguments.of("a wording without {0}",
            "better: \"+{0} months\"", "better: \"+ months\"",
            "format.bad-value", "/profile/measures/0/better", "\"+ months\"",
            List.of("{0}", "better")),
        Arguments.of("an unknown rule id, with the closest known id",
            "off: [prevention.present]", "off: [prevention.presence]",
            "format.bad-value", "/profile/rules/off/0", "prevention.presence",
            List.of("prevention.presence", "did you mean \"prevention.present\"")),
        Arguments.of("a section listed twice",
            "    - cost\n", "    - cost\n    - effectiveness\n",
            "format.duplicate-key", "/profile/sections/6", "effectiveness",
            List.of("effectiveness", "twice")),
        Arguments.of("an extends that names no built-in profile",
            "  name: learning-months\n", "  name: learning-months\n  extends: eef\n",
            "format.bad-value", "/profile/extends", "eef",
            List.of("eef", "yef")),
        Arguments.of("a scale whose thresholds do not rise",
            "highFrom: 4, moderateFrom: 2", "highFrom: 2, moderateFrom: 2",
            "format.bad-value", "/profile/impactScale/highFrom", "2, moderateFrom",
            List.of("rise", "highFrom", "moderateFrom")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  void isReportedWhereItIsByEveryCommand(
      String mistake, String original, String replacement, String ruleId, String pointer,
      String foundThere, List<String> words) throws IOException {
    Path folder = LearningToolkit.folder(dir);
    Path toolkitFile = folder.resolve("toolkit.yaml");
    String text = Files.readString(toolkitFile);
    assertThat(text).contains(original);
    Files.writeString(toolkitFile, text.replace(original, replacement));
    List<String> lines = Files.readAllLines(toolkitFile);

    CommandRun validate = CommandRun.run("validate", "--strict", folder.toString());
    assertThat(validate.exitCode()).as(validate.toString()).isEqualTo(1);
    assertLocated(validate.out(), lines, ruleId, pointer, foundThere, words);

    for (List<String> args : List.of(
        List.of("render", folder.toString()),
        List.of("render", folder.toString(), "--id", "reading-buddies", "--format", "html"),
        List.of("list", folder.toString()),
        List.of("convert", folder.toString(), "--to", "json"),
        List.of("site", folder.toString(), "--out", dir.resolve("site").toString()),
        List.of("render", folder.resolve("interventions/reading-buddies.yaml").toString(),
            "--profile", folder.toString()))) {
      CommandRun run = CommandRun.run(args.toArray(String[]::new));
      assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
      assertThat(run.out()).as(run.toString()).isEmpty();
      assertLocated(run.err(), lines, ruleId, pointer, foundThere, words);
      assertThat(run.err()).doesNotContain("\tat ", "Exception");
    }
    assertThat(dir.resolve("site")).doesNotExist();
  }

  /** Exactly one diagnostic, of this rule and pointer, placed at {@code foundThere}. */
  private static void assertLocated(
      String output, List<String> lines, String ruleId, String pointer, String foundThere,
      List<String> words) {
    Matcher m = DIAGNOSTIC.matcher(output);
    assertThat(m.find()).as(output).isTrue();
    assertThat(m.group(4)).as(output).isEqualTo(ruleId);
    assertThat(m.group(6)).as(output).isEqualTo(pointer);
    assertThat(m.group(5)).as(output).contains(words);
    int line = Integer.parseInt(m.group(2));
    int column = Integer.parseInt(m.group(3));
    String there = lines.get(line - 1).substring(column - 1);
    assertThat(there).as("the place %d:%d in %s", line, column, output).startsWith(foundThere);
    assertThat(m.find()).as("only one diagnostic in " + output).isFalse();
  }
}
