package org.evidencetoolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: {@code convert --out} and {@code site --out} replace only what the user named, and
 * only a regular file: atomically, keeping its permissions, never through a link, never over a
 * device or a pipe, and not at all until every input and every place to write has been checked.
 */
class SafeOutputTest {
  @TempDir Path dir;

  @Test
  void convertRefusesToReplaceADeviceOrAPipe() throws Exception {
    Path input = Documents.write(dir, "homework-club.yaml", Documents.VALID_YAML);
    Path pipe = HostileInputsTest.fifo(dir.resolve("pipe.json"));
    Path device = dir.resolve("null");
    Process mknod = new ProcessBuilder("mknod", device.toString(), "c", "1", "3").start();
    boolean haveDevice = mknod.waitFor(10, TimeUnit.SECONDS) && mknod.exitValue() == 0;
    for (Path target : haveDevice ? List.of(pipe, device) : List.of(pipe)) {
      CommandRun run = CommandRun.run("convert", input.toString(), "--to", "json", "--out", target.toString());
      assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
      assertThat(run.err()).contains("not a regular file");
      assertThat(Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)).as(target.toString()).isFalse();
      assertThat(Files.exists(target, LinkOption.NOFOLLOW_LINKS)).isTrue();
    }
  }

  @Test
  void convertRefusesALinkSuchAsProcSelfFdOne() throws IOException {
    Path input = Documents.write(dir, "homework-club.yaml", Documents.VALID_YAML);
    Path victim = Documents.write(dir, "victim.txt", "keep me\n");
    Path link = Files.createSymbolicLink(dir.resolve("out.json"), victim);
    Path stdout = Files.createSymbolicLink(dir.resolve("stdout.json"), Path.of("/proc/self/fd/1"));
    for (Path target : List.of(link, stdout)) {
      CommandRun run = CommandRun.run("convert", input.toString(), "--to", "json", "--out", target.toString());
      assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
      assertThat(run.err()).contains("symbolic link");
      assertThat(Files.isSymbolicLink(target)).isTrue();
    }
    assertThat(Files.readString(victim)).isEqualTo("keep me\n");
  }

  @Test
  void convertKeepsAnExistingFilesPermissionsAndNewFilesFollowTheUmask() throws IOException {
    Path input = Documents.write(dir, "homework-club.yaml", Documents.VALID_YAML);
    Path existing = Documents.write(dir, "existing.json", "old\n");
    Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rw-rw-r--"));
    CommandRun replace = CommandRun.run("convert", input.toString(), "--to", "json", "--out", existing.toString());
    assertThat(replace.exitCode()).as(replace.toString()).isZero();
    assertThat(Files.readString(existing)).contains("\"id\": \"homework-club\"");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(existing))).isEqualTo("rw-rw-r--");

    Set<PosixFilePermission> umasked =
        Files.getPosixFilePermissions(Files.createFile(dir.resolve("made-by-the-test")));
    Path fresh = dir.resolve("fresh.json");
    CommandRun create = CommandRun.run("convert", input.toString(), "--to", "json", "--out", fresh.toString());
    assertThat(create.exitCode()).as(create.toString()).isZero();
    assertThat(Files.getPosixFilePermissions(fresh)).isEqualTo(umasked);
    try (var left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void siteNeverWritesThroughALinkPlantedInsideOut() throws IOException {
    Path victim = Documents.write(dir, "victim.html", "keep me\n");
    Path out = Files.createDirectories(dir.resolve("public"));
    Files.createSymbolicLink(out.resolve("index.html"), victim);
    CommandRun run = CommandRun.run("site", "--out", out.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains("index.html").contains("symbolic link").contains("nothing was written");
    assertThat(Files.readString(victim)).isEqualTo("keep me\n");
    assertThat(out.resolve("site.css")).doesNotExist();
  }

  @Test
  void siteChecksEveryPlaceBeforeWritingAnything() throws IOException {
    Path out = Files.createDirectories(dir.resolve("public"));
    Documents.write(out, "interventions", "a file where the site needs a folder\n");
    CommandRun run = CommandRun.run("site", "--out", out.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(out.resolve("site.css")).doesNotExist();
    assertThat(out.resolve("site.js")).doesNotExist();

    Path outside = Files.createDirectories(dir.resolve("elsewhere"));
    Path other = Files.createDirectories(dir.resolve("other"));
    Files.createSymbolicLink(other.resolve("interventions"), outside);
    CommandRun linked = CommandRun.run("site", "--out", other.toString());
    assertThat(linked.exitCode()).as(linked.toString()).isEqualTo(2);
    try (var written = Files.list(outside)) {
      assertThat(written).isEmpty();
    }
    assertThat(other.resolve("site.css")).doesNotExist();
  }

  /** With --previous the site also writes changes.html, and that place is checked first too. */
  @Test
  void siteWithAPreviousEditionChecksTheChangesPageBeforeWritingAnything() throws IOException {
    Path previous = dir.resolve("previous.yaml");
    CommandRun convert = CommandRun.run("convert", "--to", "yaml", "--out", previous.toString());
    assertThat(convert.exitCode()).as(convert.toString()).isZero();
    Path victim = Documents.write(dir, "victim.html", "keep me\n");
    Path out = Files.createDirectories(dir.resolve("public"));
    Files.createSymbolicLink(out.resolve("changes.html"), victim);
    CommandRun run = CommandRun.run("site", "--out", out.toString(), "--previous", previous.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains("changes.html").contains("symbolic link").contains("nothing was written");
    assertThat(Files.readString(victim)).isEqualTo("keep me\n");
    assertThat(out.resolve("site.css")).doesNotExist();
    assertThat(out.resolve("interventions")).doesNotExist();
  }

  @Test
  void anEmptyOutIsAUsageError() {
    Path input = Documents.write(dir, "homework-club.yaml", Documents.VALID_YAML);
    CommandRun site = CommandRun.run("site", "--out", "");
    assertThat(site.exitCode()).as(site.toString()).isEqualTo(2);
    assertThat(site.err()).contains("--out").doesNotContain("internal");
    CommandRun convert = CommandRun.run("convert", input.toString(), "--to", "json", "--out", "");
    assertThat(convert.exitCode()).as(convert.toString()).isEqualTo(2);
  }

  @Test
  void theSiteStillReplacesItsOwnEarlierFiles() throws IOException {
    Path out = dir.resolve("public");
    assertThat(CommandRun.run("site", "--out", out.toString()).exitCode()).isZero();
    Files.setPosixFilePermissions(out.resolve("index.html"), PosixFilePermissions.fromString("rw-rw-r--"));
    CommandRun again = CommandRun.run("site", "--out", out.toString());
    assertThat(again.exitCode()).as(again.toString()).isZero();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("index.html"))))
        .isEqualTo("rw-rw-r--");
  }
}
