package org.evidencetoolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code toolkit list}: filters, sorting and the aligned table. */
class ListCommandTest {
  /** The first column of every row after the heading. */
  private static List<String> ids(CommandRun run) {
    return run.out().lines().skip(1).map(line -> line.substring(0, line.indexOf(' '))).toList();
  }

  @Test
  void listsTheWholeSampleInItsOwnOrder() {
    CommandRun run = CommandRun.run("list");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    List<String> ids = ids(run);
    assertThat(ids).hasSize(16);
    assertThat(ids.get(0)).isEqualTo("trauma-informed-training");
    assertThat(ids.get(15)).isEqualTo("boot-camps");
    assertThat(run.out().lines().findFirst().orElseThrow())
        .startsWith("ID")
        .contains("IMPACT", "EVIDENCE QUALITY", "COST");
  }

  @Test
  void columnsLineUpAndNoLineHasTrailingSpaces() {
    List<String> lines = CommandRun.run("list").out().lines().toList();
    int impact = lines.get(0).indexOf("IMPACT");
    int evidence = lines.get(0).indexOf("EVIDENCE");
    for (String line : lines.subList(1, lines.size())) {
      assertThat(line.charAt(impact - 1)).as(line).isEqualTo(' ');
      assertThat(line.charAt(impact)).as(line).isNotEqualTo(' ');
      assertThat(line.charAt(evidence)).as(line).isNotEqualTo(' ');
      assertThat(line).doesNotEndWith(" ");
    }
    assertThat(lines).anySatisfy(line -> assertThat(line).contains("High impact (33% less crime)"));
    assertThat(lines).anySatisfy(line -> assertThat(line).contains("Moderate impact (21% less violence)"));
  }

  @Test
  void filtersByBandAndPreventionTypeAndSetting() {
    assertThat(ids(CommandRun.run("list", "--band", "high")))
        .containsExactly("a-and-e-navigators", "trauma-specific-therapies",
            "cognitive-behavioural-therapy", "social-skills-training", "focused-deterrence");
    assertThat(ids(CommandRun.run("list", "--prevention-type", "secondary")))
        .containsExactly("trauma-informed-training", "a-and-e-navigators");
    assertThat(ids(CommandRun.run("list", "--setting", "accident-and-emergency")))
        .containsExactly("a-and-e-navigators");
    assertThat(ids(CommandRun.run("list", "--band", "harmful", "--text", "2008")))
        .containsExactly("boot-camps");
  }

  @Test
  void sortsByImpactWithEstimatesFirstAndInsufficientEvidenceLast() {
    List<String> ids = ids(CommandRun.run("list", "--sort", "impact"));
    assertThat(ids.get(0)).isEqualTo("focused-deterrence");
    assertThat(ids.subList(1, 5))
        .containsExactly("a-and-e-navigators", "trauma-specific-therapies",
            "cognitive-behavioural-therapy", "social-skills-training");
    assertThat(ids.get(5)).isEqualTo("mentoring");
    assertThat(ids.subList(13, 16))
        .containsExactly("trauma-informed-training", "knife-crime-education-programmes",
            "arts-programmes");
  }

  @Test
  void sortsByTitle() {
    List<String> ids = ids(CommandRun.run("list", "--sort", "title"));
    assertThat(ids.get(0)).isEqualTo("a-and-e-navigators");
    assertThat(ids.get(1)).isEqualTo("adventure-and-wilderness-therapy");
  }

  @Test
  void unratedEvidenceOrCostNeverPassesABar() {
    CommandRun run = CommandRun.run("list", "--min-evidence", "very-low");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("no intervention matches");
    assertThat(CommandRun.run("list", "--max-cost", "5").out()).isEmpty();
  }

  @Test
  void filtersByEvidenceAndCostOnRatedContent(@TempDir Path dir) {
    Path file = Documents.write(dir, "toolkit.yaml", Documents.TOOLKIT_YAML);
    assertThat(ids(CommandRun.run("list", file.toString(), "--min-evidence", "moderate")))
        .containsExactly("youth-club-nights");
    assertThat(ids(CommandRun.run("list", file.toString(), "--max-cost", "2")))
        .containsExactly("homework-club");
    assertThat(ids(CommandRun.run("list", file.toString(), "--sort", "evidence")))
        .containsExactly("youth-club-nights", "homework-club");
    assertThat(ids(CommandRun.run("list", file.toString(), "--setting", "youth-club")))
        .containsExactly("youth-club-nights");
  }

  @Test
  void anUnknownSettingOrBandIsAUsageError() {
    CommandRun setting = CommandRun.run("list", "--setting", "moon-base");
    assertThat(setting.exitCode()).isEqualTo(2);
    assertThat(setting.err()).contains("moon-base").contains("accident-and-emergency");
    CommandRun band = CommandRun.run("list", "--band", "enormous");
    assertThat(band.exitCode()).isEqualTo(2);
    assertThat(band.err()).contains("enormous").contains("insufficient-evidence");
    CommandRun level = CommandRun.run("list", "--min-evidence", "7");
    assertThat(level.exitCode()).isEqualTo(2);
    assertThat(level.err()).contains("1-5");
  }

  @Test
  void wideAddsTitlesAndCsvPrintsTheHeadlineTable() {
    assertThat(CommandRun.run("list", "--wide").out().lines().findFirst().orElseThrow())
        .contains("APPROACH", "PREVENTION TYPE", "SETTING", "SECTOR");
    assertThat(CommandRun.run("list", "--wide", "--setting", "accident-and-emergency").out())
        .contains("Accident and Emergency departments");
    CommandRun csv = CommandRun.run("list", "--csv", "--band", "moderate");
    assertThat(csv.exitCode()).isZero();
    assertThat(csv.out().lines()).hasSize(6);
    assertThat(csv.out()).contains("mentoring");
  }

  @Test
  void aMissingToolkitIsAnIoError(@TempDir Path dir) {
    CommandRun run = CommandRun.run("list", dir.resolve("nope").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no such file or folder");
  }
}
