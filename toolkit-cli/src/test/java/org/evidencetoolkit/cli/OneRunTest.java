package org.evidencetoolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: one run of {@code validate} shows everything. A file with a misspelt field, an
 * undeclared setting and an estimate outside its band needed three runs; format problems and
 * content rules now come together. And a declared setting code that the site's filter could never
 * match (it has a space) is an error where it is declared.
 */
class OneRunTest {
  @TempDir Path dir;

  @Test
  void threeMistakesAreReportedInOneRun() {
    Path file = Documents.write(dir, "homework-club.yaml", """
        id: homework-club
        title: Homework club
        summry: An after-school club where children do homework with adult help.
        impact: { band: high, estimate: 4 }
        evidence: 3
        cost: 1
        preventionTypes: [primary]
        settings: [schools]
        whatIsIt: Children stay after school to do homework.
        effectiveness: A made-up test document.
        evidenceSecurity: A made-up test document.
        """);
    CommandRun run = CommandRun.run("validate", file.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.out())
        .contains(file + ":3:1: error: [format.unknown-field]")
        .contains(file + ":4:").contains("[impact.estimate-matches-band]")
        .contains(file + ":8:").contains("[setting.known]");
  }

  @Test
  void aDeclaredSettingCodeWithASpaceIsAnErrorAtItsDeclaration() {
    Path toolkit = Documents.write(dir, "toolkit.yaml", """
        title: Test toolkit
        settings:
          - code: youth club
            label: Youth club
        interventions:
          - id: youth-club-nights
            title: Youth club nights
            summary: Open evenings at a youth club.
            impact: { band: moderate, estimate: 15 }
            evidence: 4
            cost: 3
            preventionTypes: [secondary]
            settings: [youth club]
            whatIsIt: A youth club opens on weekday evenings.
            effectiveness: A made-up test document.
            evidenceSecurity: A made-up test document.
        """);
    CommandRun run = CommandRun.run("validate", toolkit.toString(), "--strict");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.out()).contains(toolkit + ":3:").contains("[setting.known]")
        .contains("not a slug").contains("(/settings/0/code)");
  }
}
