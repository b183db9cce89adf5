package org.evidencetoolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidencetoolkit.cli.LearningToolkit.SECTION_HEADINGS;
import static org.evidencetoolkit.cli.LearningToolkit.assertInOrder;
import static org.evidencetoolkit.cli.LearningToolkit.assertNoViolence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --profile FILE}: a single intervention file read and shown under the profile of a toolkit
 * document or folder (SPEC §11), by every command that reads one.
 */
class ProfileOptionTest {
  @TempDir Path dir;

  /** One of the example's interventions, on its own, using only built-in settings. */
  private Path intervention() throws IOException {
    Path file = LearningToolkit.folder(dir).resolve("interventions/reading-buddies.yaml");
    String text = Files.readString(file).replace("settings: [classroom]", "settings: [school-and-college]");
    return Files.writeString(dir.resolve("reading-buddies.yaml"), text);
  }

  private Path profile() {
    return dir.resolve("learning-toolkit");
  }

  @Test
  void rendersASingleInterventionInTheProfilesWordsAndOrder() throws IOException {
    Path file = intervention();
    for (String format : List.of("text", "html", "markdown")) {
      CommandRun run = CommandRun.run("render", file.toString(), "--format", format,
          "--profile", profile().toString());
      assertThat(run.exitCode()).as(run.toString()).isZero();
      assertThat(run.out()).as(format)
          .contains("Evidence strength", "Moderate impact (+3 months)")
          .doesNotContain("Evidence quality");
      assertInOrder(run.out(), SECTION_HEADINGS);
      assertNoViolence(format, run.out());
    }
    // The profile can be the toolkit file as well as the folder; a single-file toolkit too.
    Path single = LearningToolkit.singleFile(dir);
    for (Path profile : List.of(profile().resolve("toolkit.yaml"), single)) {
      CommandRun run = CommandRun.run("render", file.toString(), "--profile", profile.toString());
      assertThat(run.out()).as(run.toString()).contains("+3 months", "Behind the average");
    }
  }

  @Test
  void withoutAProfileTheInterventionIsShownUnderTheBuiltInOne() throws IOException {
    CommandRun run = CommandRun.run("render", intervention().toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("3% less violence", "Evidence quality");
  }

  @Test
  void validatesUnderTheProfilesScaleSectionsAndRuleSettings() throws IOException {
    Path file = intervention();
    CommandRun under = CommandRun.run("validate", "--strict", file.toString(),
        "--profile", profile().toString());
    assertThat(under.exitCode()).as(under.toString()).isZero();
    assertThat(under.out()).isEmpty();

    // Under yef the same file breaks its scale, its order of sections and prevention.present.
    CommandRun yef = CommandRun.run("validate", file.toString());
    assertThat(yef.exitCode()).as(yef.toString()).isEqualTo(1);
    assertThat(yef.out())
        .contains("[impact.estimate-matches-band]", "[section.known]", "[prevention.present]")
        .containsPattern("reading-buddies\\.yaml:\\d+:\\d+: error: \\[section\\.known\\] .*\\(/sections/behind-the-average\\)");
  }

  @Test
  void listsSitesAndConvertsASingleInterventionUnderTheProfile() throws IOException {
    Path file = intervention();
    CommandRun list = CommandRun.run("list", file.toString(), "--profile", profile().toString());
    assertThat(list.exitCode()).as(list.toString()).isZero();
    assertThat(list.out()).contains("EVIDENCE STRENGTH", "Moderate impact (+3 months)");

    Path out = dir.resolve("site");
    CommandRun site = CommandRun.run("site", file.toString(), "--profile", profile().toString(),
        "--out", out.toString());
    assertThat(site.exitCode()).as(site.toString()).isZero();
    assertThat(LearningToolkit.read(out.resolve("index.html"))).contains("Moderate impact (+3 months)");

    // An intervention document carries no profile: converting under one writes the same bytes.
    CommandRun plain = CommandRun.run("convert", file.toString(), "--to", "json");
    CommandRun profiled = CommandRun.run("convert", file.toString(), "--to", "json",
        "--profile", profile().toString());
    assertThat(profiled.exitCode()).as(profiled.toString()).isZero();
    assertThat(profiled.out()).isEqualTo(plain.out()).contains("behind-the-average");
  }

  /**
   * Standard input is read once, and what it holds is told from what was read: an intervention
   * on it goes under {@code --profile}, a toolkit on it is refused like any other.
   */
  @Test
  void standardInputIsReadUnderTheProfileOrRefusedWhenItHoldsAToolkit() throws IOException {
    String text = Files.readString(intervention());
    CommandRun render = CommandRun.withInput(text, "render", "-", "--profile", profile().toString());
    assertThat(render.exitCode()).as(render.toString()).isZero();
    assertThat(render.out()).contains("Evidence strength", "Moderate impact (+3 months)");
    assertInOrder(render.out(), SECTION_HEADINGS);

    CommandRun validate = CommandRun.withInput(text, "validate", "--strict", "-",
        "--profile", profile().toString());
    assertThat(validate.exitCode()).as(validate.toString()).isZero();
    assertThat(validate.out()).isEmpty();
    CommandRun underYef = CommandRun.withInput(text, "validate", "-");
    assertThat(underYef.exitCode()).as(underYef.toString()).isEqualTo(1);
    assertThat(underYef.out()).contains("<stdin>:", "[section.known]");

    String toolkit = Files.readString(LearningToolkit.singleFile(dir));
    CommandRun refused = CommandRun.withInput(toolkit, "render", "-", "--profile", profile().toString());
    assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(2);
    assertThat(refused.err()).contains("--profile is for a single intervention file", "<stdin> is a toolkit");
  }

  /**
   * {@code validate} reads each document once: an intervention file among the paths is judged
   * under {@code --profile}, a toolkit folder beside it under its own.
   */
  @Test
  void validateJudgesTheInterventionUnderTheProfileAndTheToolkitUnderItsOwn() throws IOException {
    Path file = intervention();
    CommandRun run = CommandRun.run("validate", "--strict", file.toString(), profile().toString(),
        "--profile", profile().toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).contains("in 2 documents");
  }

  /**
   * The site of one intervention with a previous edition of it: both sides are under the same
   * profile, so the profile is not reported as changed.
   */
  @Test
  void aSiteOfOneInterventionComparesItsPreviousEditionUnderTheSameProfile() throws IOException {
    Path file = intervention();
    Path out = dir.resolve("site");
    CommandRun site = CommandRun.run("site", file.toString(), "--profile", profile().toString(),
        "--previous", file.toString(), "--out", out.toString());
    assertThat(site.exitCode()).as(site.toString()).isZero();
    assertThat(LearningToolkit.read(out.resolve("changes.html"))).contains("No changes.");
  }

  @Test
  void aProfileFileThatDoesNotReadExitsOneWithItsProblemsAndTheInterventions() throws IOException {
    Path file = intervention();
    Files.writeString(file, Files.readString(file).replace("evidence: 4", "evidence: 9"));
    Path bad = Files.writeString(dir.resolve("bad-toolkit.yaml"),
        "title: Bad\nprofile:\n  name: bad\n  extends: eef\ninterventions: []\n");
    for (String command : List.of("render", "convert", "validate")) {
      List<String> args = command.equals("convert")
          ? List.of(command, file.toString(), "--to", "yaml", "--profile", bad.toString())
          : List.of(command, file.toString(), "--profile", bad.toString());
      CommandRun run = CommandRun.run(args.toArray(String[]::new));
      assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
      String report = command.equals("validate") ? run.out() : run.err();
      assertThat(report).as(run.toString())
          .containsPattern("bad-toolkit\\.yaml:4:12: error: \\[format\\.bad-value\\] .*eef.*\\(/profile/extends\\)");
      if (!command.equals("validate")) {
        // Both files are read before either is reported, so one run shows every problem.
        assertThat(report).containsPattern("reading-buddies\\.yaml:\\d+:\\d+: error: .*\\(/evidence\\)");
      }
    }
  }

  @Test
  void aMissingProfileFileIsAnIoError() throws IOException {
    Path file = intervention();
    for (String command : List.of("render", "validate", "list")) {
      CommandRun run = CommandRun.run(command, file.toString(), "--profile", dir.resolve("nope.yaml").toString());
      assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
      assertThat(run.err()).contains("no such file or folder", "nope.yaml");
    }
  }

  @Test
  void aToolkitKeepsItsOwnProfile() {
    Path folder = LearningToolkit.folder(dir);
    CommandRun render = CommandRun.run("render", folder.toString(), "--profile", folder.toString());
    assertThat(render.exitCode()).as(render.toString()).isEqualTo(2);
    assertThat(render.err()).contains("--profile is for a single intervention file");
    CommandRun sample = CommandRun.run("render", "--profile", folder.toString());
    assertThat(sample.exitCode()).as(sample.toString()).isEqualTo(2);
    assertThat(sample.err()).contains("the bundled sample is a toolkit");
  }

  /**
   * What the command line says about a rule wins over the profile's setting, as an application's
   * code does: {@code --warn} makes a rule the profile raised to an error a warning again.
   */
  @Test
  void warnOnTheCommandLineWinsOverTheProfilesRuleSettings() {
    String longTitle = "A".repeat(101);
    Path toolkit = Documents.write(dir, "strict.yaml", """
        title: Strict toolkit
        profile:
          name: strict
          rules: { error: [text.length] }
        interventions:
          - id: homework-club
            title: %s
            summary: An after-school club where children do homework with adult help.
            impact: { band: low, estimate: 4 }
            evidence: 2
            cost: 1
            preventionTypes: [primary]
            settings: [school-and-college]
            whatIsIt: Children stay after school to do homework.
            effectiveness: A made-up test document.
            evidenceSecurity: A made-up test document.
        """.formatted(longTitle));
    CommandRun asSet = CommandRun.run("validate", toolkit.toString());
    assertThat(asSet.exitCode()).as(asSet.toString()).isEqualTo(1);
    assertThat(asSet.out()).contains("error: [text.length]");
    CommandRun warned = CommandRun.run("validate", toolkit.toString(), "--warn", "text.length");
    assertThat(warned.exitCode()).as(warned.toString()).isZero();
    assertThat(warned.out()).contains("warning: [text.length]").doesNotContain("error:");
  }
}
