package org.evidencetoolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code toolkit render}. */
class RenderCommandTest {
  @TempDir Path dir;

  @Test
  void withNoPathRendersTheSampleIndex() {
    CommandRun run = CommandRun.run("render");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("Trauma-informed training and service redesign")
        .contains("Focused deterrence")
        .contains("Boot camps")
        .contains("High impact");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void rendersOneInterventionOfAToolkitAtTheGivenWidth() {
    CommandRun run = CommandRun.run("render", "--id", "trauma-informed-training", "--width", "60");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("What is it?")
        .contains("How secure is the evidence?")
        .contains("Ensure children can get specialist support")
        .contains("Further reading");
    assertThat(run.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(60));
  }

  /** Focused deterrence's published estimate is less crime; every view says so. */
  @Test
  void focusedDeterrenceSaysLessCrimeInEveryFormat() {
    for (String format : List.of("text", "html", "markdown")) {
      CommandRun page = CommandRun.run("render", "--id", "focused-deterrence", "--format", format);
      assertThat(page.exitCode()).as(page.toString()).isZero();
      assertThat(page.out()).as(format)
          .contains("High impact (33% less crime)")
          .doesNotContain("33% less violence")
          // Every page of the sample says where the authority is.
          .contains("Youth Endowment Fund Toolkit");
      CommandRun index = CommandRun.run("render", "--format", format);
      assertThat(index.out()).as(format)
          .contains("High impact (33% less crime)", "Moderate impact (21% less violence)")
          .doesNotContain("33% less violence");
    }
    assertThat(CommandRun.run("render").out())
        .contains("The live YEF Toolkit is the authority for current ratings");
  }

  @Test
  void asciiGlyphsLeaveOutTheUnicodeGauge() {
    String unicode = CommandRun.run("render", "--id", "mentoring").out();
    String ascii = CommandRun.run("render", "--id", "mentoring", "--ascii").out();
    assertThat(unicode).contains("\u25cb");
    assertThat(ascii).doesNotContain("\u25cf").doesNotContain("\u25cb").doesNotContain("\u2022");
  }

  @Test
  void rendersAnInterventionFileAsHtmlAndMarkdown() {
    Path file = Documents.write(dir, "homework-club.yaml", Documents.VALID_YAML);
    CommandRun html = CommandRun.run("render", file.toString(), "--format", "html");
    assertThat(html.exitCode()).as(html.toString()).isZero();
    assertThat(html.out()).startsWithIgnoringCase("<!doctype html>");
    assertThat(html.out()).contains("Homework club").contains("<em>adult</em>");

    CommandRun markdown = CommandRun.run("render", file.toString(), "--format", "markdown");
    assertThat(markdown.exitCode()).as(markdown.toString()).isZero();
    assertThat(markdown.out()).contains("# Homework club").contains("*adult*");
  }

  @Test
  void rendersAToolkitFileAsItsIndex() {
    Path file = Documents.write(dir, "toolkit.yaml", Documents.TOOLKIT_YAML);
    CommandRun run = CommandRun.run("render", file.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("Homework club").contains("Youth club nights");
  }

  @Test
  void anUnknownIdIsAUsageErrorListingTheIds() {
    CommandRun run = CommandRun.run("render", "--id", "nothing-here");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("nothing-here").contains("trauma-informed-training");
  }

  @Test
  void aTooNarrowWidthIsAUsageError() {
    CommandRun run = CommandRun.run("render", "--width", "10");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--width must be at least 20");
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    CommandRun run = CommandRun.run("render", "--format", "pdf");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("pdf");
  }

  @Test
  void anUnreadableDocumentIsReportedWithItsPlaceAndExitsOne() {
    Path file = Documents.write(dir, "boxing-club.yaml", Documents.UNREADABLE_YAML);
    CommandRun run = CommandRun.run("render", file.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).containsPattern("boxing-club\\.yaml:3:\\d+: error: \\[format\\.[a-z-]+\\] ");
    assertThat(run.err()).doesNotContain("\tat ");
  }
}
