package org.evidencetoolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, the inputs a hostile user hands the command: endless devices, huge files under a small
 * heap, pipes, standard input, links that loop or leave the folder, dangling links. Each is read
 * once and within the size limit, or reported and skipped; never an out-of-memory error, a hang
 * or a stack trace.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HostileInputsTest {
  @TempDir Path dir;

  @Test
  void anEndlessDeviceStopsAtTheSizeLimit() {
    CommandRun validate = CommandRun.run("validate", "/dev/zero");
    assertThat(validate.exitCode()).as(validate.toString()).isEqualTo(1);
    assertThat(validate.out()).startsWith("/dev/zero:1:1: error: [format.limit] the document is larger than");
    CommandRun render = CommandRun.run("render", "/dev/urandom");
    assertThat(render.exitCode()).as(render.toString()).isEqualTo(1);
    assertThat(render.err()).contains("/dev/urandom").contains("larger than").doesNotContain("\tat ");
  }

  @Test
  void aSixtyMegabyteFileAndDevZeroFitInASmallHeap() throws Exception {
    Path big = dir.resolve("big.yaml");
    try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(60L * 1024 * 1024);
    }
    ChildJvm file = ChildJvm.run("128m", "", "validate", big.toString());
    assertThat(file.exitCode()).as(file.toString()).isEqualTo(1);
    assertThat(file.out()).contains("[format.limit]");
    assertThat(file.err()).doesNotContain("OutOfMemoryError");
    ChildJvm zero = ChildJvm.run("128m", "", "render", "/dev/zero");
    assertThat(zero.exitCode()).as(zero.toString()).isEqualTo(1);
    assertThat(zero.err()).contains("larger than").doesNotContain("OutOfMemoryError");
  }

  @Test
  void aLinkToDevZeroInAFolderIsNotFollowed() throws IOException {
    Documents.write(dir, "homework-club.yaml", Documents.VALID_YAML);
    Files.createSymbolicLink(dir.resolve("zero.yaml"), Path.of("/dev/zero"));
    CommandRun run = CommandRun.run("validate", dir.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.out()).contains(dir.resolve("zero.yaml") + ":1:1: error: [format.not-read]")
        .contains("leads out of");
    assertThat(run.err()).contains("in 1 document");
  }

  @Test
  void dashAndDevStdinReadStandardInput() throws Exception {
    CommandRun dash = CommandRun.withInput(Documents.TOOLKIT_YAML, "list", "-");
    assertThat(dash.exitCode()).as(dash.toString()).isZero();
    assertThat(dash.out()).contains("homework-club").contains("youth-club-nights");
    CommandRun validate = CommandRun.withInput(Documents.BREAKS_RULES_YAML, "validate", "-");
    assertThat(validate.exitCode()).as(validate.toString()).isEqualTo(1);
    assertThat(validate.out()).contains("<stdin>:1:5: error: [id.format]");
    ChildJvm devStdin = ChildJvm.run("256m", Documents.VALID_JSON, "render", "/dev/stdin");
    assertThat(devStdin.exitCode()).as(devStdin.toString()).isZero();
    assertThat(devStdin.out()).contains("Street football");
  }

  @Test
  void aNamedPipeTheUserNamesIsReadOnce() throws Exception {
    Path pipe = fifo(dir.resolve("piped.yaml"));
    CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
      try (OutputStream out = Files.newOutputStream(pipe)) {
        out.write(Documents.TOOLKIT_YAML.getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    CommandRun run = CommandRun.run("render", pipe.toString());
    writer.get(10, TimeUnit.SECONDS);
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("Test toolkit").contains("Youth club nights");
  }

  @Test
  void aNamedPipeInAFolderIsReportedNotOpened() throws Exception {
    fifo(dir.resolve("a.yaml"));
    Documents.write(dir, "b.yaml", Documents.BREAKS_RULES_YAML);
    CommandRun run = CommandRun.run("validate", dir.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.out()).contains(dir.resolve("a.yaml") + ":1:1: error: [format.not-read] a named pipe")
        .contains(dir.resolve("b.yaml") + ":1:5: error: [id.format]");
  }

  @Test
  void linksThatLoopAreReportedAndEachFileIsCheckedOnce() throws IOException {
    Documents.write(dir, "homework-club.yaml", Documents.VALID_YAML);
    Files.createSymbolicLink(dir.resolve("again"), Path.of("."));
    Files.createSymbolicLink(dir.resolve("more"), Path.of("."));
    CommandRun run = CommandRun.run("validate", dir.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.out().lines()).hasSize(2).allSatisfy(l -> assertThat(l).contains("(a loop)"));
    // The two loops are the two errors; the one file was checked once.
    assertThat(run.err()).contains("2 errors, no warnings in 1 document");
  }

  @Test
  void aDanglingLinkIsReportedAndTheFilesAfterItAreStillChecked() throws IOException {
    Files.createSymbolicLink(dir.resolve("a.yaml"), dir.resolve("gone.yaml"));
    Documents.write(dir, "b.yaml", Documents.BREAKS_RULES_YAML);
    CommandRun run = CommandRun.run("validate", dir.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.out()).contains(dir.resolve("a.yaml") + ":1:1: error: [format.not-read]")
        .contains(dir.resolve("b.yaml") + ":1:5: error: [id.format]");
    assertThat(run.err()).contains("in 1 document").doesNotContain("in no documents");
  }

  @Test
  void aLinkToAFileOutsideTheFolderIsNotFollowed() throws IOException {
    Path secret = Documents.write(dir, "private/notes.yaml", "id: x\ntitle: t\nimpact: top-secret-content\n");
    Path content = Files.createDirectories(dir.resolve("content"));
    Documents.write(content, "homework-club.yaml", Documents.VALID_YAML);
    Files.createSymbolicLink(content.resolve("notes.yaml"), secret);
    CommandRun run = CommandRun.run("validate", content.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.out()).contains("notes.yaml:1:1: error: [format.not-read]").contains("not followed")
        .doesNotContain("top-secret-content");
    assertThat(run.err()).doesNotContain("top-secret-content");
  }

  @Test
  void aToolkitFolderWithToolkitYmlIsCheckedAsOneToolkit() throws IOException {
    Path kit = dir.resolve("kit");
    Documents.write(kit, "toolkit.yml", "title: Test toolkit\n");
    Documents.write(kit, "interventions/homework-club.yaml", Documents.VALID_YAML);
    Documents.write(kit, "interventions/street-football.json", Documents.VALID_JSON);
    CommandRun run = CommandRun.run("validate", kit.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("no errors, no warnings in 1 document");
  }

  @Test
  void aToolkitFolderWithAnEntryThatCannotBeReadIsAnIoError() throws IOException {
    Path kit = dir.resolve("kit");
    Documents.write(kit, "toolkit.yaml", "title: Test toolkit\n");
    Documents.write(kit, "interventions/homework-club.yaml", Documents.VALID_YAML);
    Path secret = Documents.write(dir, "street-football.json", Documents.VALID_JSON);
    Files.createSymbolicLink(kit.resolve("interventions/street-football.json"), secret);
    CommandRun run = CommandRun.run("render", kit.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains("street-football.json:1:1: error: [format.not-read]")
        .doesNotContain("Street football");
  }

  static Path fifo(Path path) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("mkfifo", path.toString()).start();
    assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
    return path;
  }
}
