package org.evidencetoolkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What is around a document rather than in it: devices, pipes, links, loops and folders under a
 * document's name. Every input is read once and never past the size limit, and a folder is walked
 * without following a link out of it or round in a loop.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostilePathsTest {
  private static final String INTERVENTION =
      "id: homework-club\ntitle: Homework club\nimpact: { band: low, estimate: 4 }\n";
  private static final String TOOLKIT =
      """
      title: T
      interventions:
        - id: homework-club
          title: Homework club
          impact: { band: low }
      """;

  @TempDir Path dir;

  private static ReadLimits small() {
    return ReadLimits.builder().maxDocumentBytes(64 * 1024).build();
  }

  @Test
  void anEndlessDeviceStopsAtTheSizeLimit() throws IOException {
    for (String device : List.of("/dev/zero", "/dev/urandom")) {
      ToolkitFormatException e = catchThrowableOfType(ToolkitFormatException.class,
          () -> ToolkitReader.builder().limits(small()).build().readDocument(Path.of(device)));
      assertThat(e).as(device).isNotNull();
      assertThat(e.problems()).singleElement().satisfies(p -> {
        assertThat(p.kind()).isEqualTo(Problem.Kind.LIMIT);
        assertThat(p.source()).isEqualTo(device);
      });
    }
  }

  @Test
  void theKindIsSniffedFromTheOneRead() throws IOException {
    Path toolkit = Files.writeString(dir.resolve("t.yaml"), TOOLKIT);
    Path one = Files.writeString(dir.resolve("one.yaml"), INTERVENTION);
    Path noExtension = Files.writeString(dir.resolve("piped"), "{\"title\": \"T\", \"interventions\": []}");
    assertThat(ToolkitReader.defaults().readDocument(toolkit)).isInstanceOf(ToolkitDocument.class);
    assertThat(ToolkitReader.defaults().readDocument(one)).isInstanceOfSatisfying(
        InterventionDocument.class, d -> assertThat(d.intervention().id()).isEqualTo("homework-club"));
    assertThat(ToolkitReader.defaults().readDocument(noExtension)).isInstanceOfSatisfying(
        ToolkitDocument.class, d -> assertThat(d.toolkit().title()).isEqualTo("T"));
    assertThat(ToolkitReader.defaults().readDocument(
        Source.named("<stdin>")
            .stream(new ByteArrayInputStream(INTERVENTION.getBytes(StandardCharsets.UTF_8)))))
        .isInstanceOf(InterventionDocument.class);
  }

  @Test
  void aNamedPipeIsReadOnce() throws Exception {
    Path pipe = fifo(dir.resolve("pipe.yaml"));
    // The writer writes once and closes: a second read would wait for ever.
    CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
      try (OutputStream out = Files.newOutputStream(pipe)) {
        out.write(TOOLKIT.getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    Document read = ToolkitReader.defaults().readDocument(pipe);
    writer.get(10, TimeUnit.SECONDS);
    assertThat(read).isInstanceOfSatisfying(
        ToolkitDocument.class, d -> assertThat(d.toolkit().interventions()).hasSize(1));
  }

  @Test
  void aToolkitFolderFollowsNoLinkOutAndOpensNoPipe() throws Exception {
    Path outside = Files.writeString(dir.resolve("secret.yaml"),
        INTERVENTION.replace("homework-club", "secret-content"));
    Path folder = Files.createDirectories(dir.resolve("content"));
    Files.writeString(folder.resolve("toolkit.yml"), "title: T\n");
    Path interventions = Files.createDirectories(folder.resolve("interventions"));
    Files.writeString(interventions.resolve("homework-club.yaml"), INTERVENTION);
    Files.createSymbolicLink(interventions.resolve("secret-content.yaml"), outside);
    Files.createSymbolicLink(interventions.resolve("zero.yaml"), Path.of("/dev/zero"));
    Files.createSymbolicLink(interventions.resolve("dangling.yaml"), dir.resolve("nothing"));
    fifo(interventions.resolve("pipe.yaml"));
    Files.createDirectories(interventions.resolve("folder.yaml"));

    ToolkitFormatException e = catchThrowableOfType(ToolkitFormatException.class,
        () -> ToolkitReader.defaults().readToolkit(folder));
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).doesNotContain("secret-content\"");
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.kind()).isEqualTo(Problem.Kind.NOT_READ))
        .extracting(p -> Path.of(p.source()).getFileName().toString() + ": " + p.message())
        .containsExactlyInAnyOrder(
            "dangling.yaml: a symbolic link to something that does not exist; skipped",
            "folder.yaml: a folder, not a file; not read",
            "pipe.yaml: a named pipe, not a regular file; not read",
            "secret-content.yaml: a symbolic link that leads out of " + folder + "; not followed",
            "zero.yaml: a symbolic link that leads out of " + folder + "; not followed");
  }

  @Test
  void aWalkReportsLoopsAndReadsEachFileOnce() throws IOException {
    Path content = Files.createDirectories(dir.resolve("content"));
    Files.writeString(content.resolve("a.yaml"), INTERVENTION);
    Files.createSymbolicLink(content.resolve("again"), Path.of("."));
    Files.createSymbolicLink(content.resolve("loop"), Path.of("."));
    Files.createSymbolicLink(content.resolve("same.yaml"), Path.of("a.yaml"));
    Path toolkit = Files.createDirectories(content.resolve("kit"));
    Files.writeString(toolkit.resolve("toolkit.yml"), "title: T\n");

    FolderWalk walk = FolderWalk.documents(content);
    assertThat(walk.found()).containsExactly(
        new FolderWalk.DocumentFile(content.resolve("a.yaml")),
        new FolderWalk.ToolkitFolder(toolkit));
    assertThat(walk.skipped()).extracting(Problem::source)
        .containsExactly(content.resolve("again").toString(), content.resolve("loop").toString());
    assertThat(walk.skipped()).allSatisfy(p -> assertThat(p.message()).contains("(a loop)"));
  }

  @Test
  void checkShowsFormatProblemsAndRuleViolationsInOneRun() throws IOException {
    Path file = Files.writeString(dir.resolve("three.yaml"), """
        id: homework-club
        title: Homework club
        summry: An after-school club.
        impact: { band: high, estimate: 4 }
        evidence: 3
        preventionTypes: [primary]
        settings: [schools]
        whatIsIt: Children stay after school.
        effectiveness: Made up.
        evidenceSecurity: Made up.
        """);
    DocumentCheck check = ToolkitReader.defaults().check(file,
        org.evidencetoolkit.model.rules.ContentRules.defaults());
    assertThat(check.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(Problem.Kind.UNKNOWN_FIELD);
      assertThat(p.line()).isEqualTo(3);
      assertThat(p.message()).contains("summary");
    });
    assertThat(check.violations()).extracting(v -> v.violation().ruleId() + " " + v.location().line())
        .contains("impact.estimate-matches-band 4", "setting.known 7");
    assertThat(check.hasErrors()).isTrue();
    assertThat(check.document()).isEmpty();
  }

  @Test
  void checkOfAFolderKeepsGoingPastABadFileAndSaysWhichEntriesWereNotRead() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("kit"));
    Files.writeString(folder.resolve("toolkit.yaml"), "title: T\n");
    Path interventions = Files.createDirectories(folder.resolve("interventions"));
    Files.writeString(interventions.resolve("a.yaml"),
        INTERVENTION.replace("homework-club", "a") + "related: [b]\n");
    Files.writeString(interventions.resolve("b.yaml"), "id: b\ntitle: [not text\n");
    Files.writeString(interventions.resolve("c.yaml"),
        INTERVENTION.replace("homework-club", "c").replace("estimate: 4", "estimate: 40"));
    Files.createSymbolicLink(interventions.resolve("d.yaml"), dir.resolve("gone.yaml"));
    DocumentCheck check = ToolkitReader.defaults().check(folder,
        org.evidencetoolkit.model.rules.ContentRules.defaults());
    assertThat(check.hasUnreadEntries()).isTrue();
    assertThat(check.problems()).extracting(p -> Path.of(p.source()).getFileName().toString())
        .contains("b.yaml", "d.yaml");
    assertThat(check.violations())
        .anySatisfy(v -> {
          assertThat(v.location().source()).endsWith("c.yaml");
          assertThat(v.violation().ruleId()).isEqualTo("impact.estimate-matches-band");
          assertThat(v.pointer()).isEqualTo("/impact/estimate");
        })
        // b could not be read, so "b names no intervention" would be a false report
        .noneSatisfy(v -> assertThat(v.violation().ruleId()).isEqualTo("toolkit.related-resolves"));
  }

  @Test
  void checkJudgesEachKindOfDocumentByItsOwnRulesFromTheOneRead() throws IOException {
    org.evidencetoolkit.model.rules.ContentRules none =
        org.evidencetoolkit.model.rules.ContentRules.of();
    org.evidencetoolkit.model.rules.ContentRules all =
        org.evidencetoolkit.model.rules.ContentRules.defaults();
    String outOfBand = INTERVENTION.replace("estimate: 4", "estimate: 40");
    Path intervention = Files.writeString(dir.resolve("one.yaml"), outOfBand);
    Path toolkit = Files.writeString(dir.resolve("kit.yaml"),
        TOOLKIT.replace("{ band: low }", "{ band: low, estimate: 40 }"));
    ToolkitReader reader = ToolkitReader.defaults();

    assertThat(reader.check(intervention, none, all).violations())
        .extracting(v -> v.violation().ruleId()).contains("impact.estimate-matches-band");
    assertThat(reader.check(intervention, all, none).violations()).isEmpty();
    assertThat(reader.check(toolkit, all, none).violations())
        .extracting(v -> v.violation().ruleId()).contains("impact.estimate-matches-band");
    assertThat(reader.check(toolkit, none, all).violations()).isEmpty();

    DocumentCheck piped = reader.check(Source.named("<stdin>")
        .stream(new ByteArrayInputStream(outOfBand.getBytes(StandardCharsets.UTF_8))), none, all);
    assertThat(piped.document()).containsInstanceOf(InterventionDocument.class);
    assertThat(piped.violations())
        .extracting(v -> v.violation().ruleId()).contains("impact.estimate-matches-band");
  }

  private static Path fifo(Path path) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("mkfifo", path.toString()).start();
    assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
    return path;
  }
}
