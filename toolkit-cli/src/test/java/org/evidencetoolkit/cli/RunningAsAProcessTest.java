package org.evidencetoolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command as a user runs it: a separate JVM through {@link ToolkitCommand#main}, so that the
 * real exit status, the real streams and their encoding are what is checked.
 */
class RunningAsAProcessTest {
  private record Result(int exitCode, String out, String err) {}

  private static Result run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"),
        // A platform default that is not UTF-8: the output must be UTF-8 all the same.
        "-Dfile.encoding=ISO-8859-1",
        ToolkitCommand.class.getName()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).start();
    process.getOutputStream().close();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(process.exitValue(),
        new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
  }

  @Test
  void rendersTheSampleAndExitsZero() throws Exception {
    Result result = run("render", "--id", "mentoring");
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("Mentoring").contains("\u25cf");
  }

  @Test
  void badInputExitsTwoWithoutAStackTrace(@TempDir Path dir) throws Exception {
    Result missing = run("validate", dir.resolve("missing.yaml").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("no such file or folder").doesNotContain("\tat ");
    Result unknown = run("list", "--no-such-option");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("Unknown option").doesNotContain("\tat ");
  }

  @Test
  void anInvalidDocumentExitsOne(@TempDir Path dir) throws Exception {
    Path bad = Documents.write(dir, "boxing-club.yaml", Documents.UNREADABLE_YAML);
    Result result = run("validate", bad.toString());
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).contains("boxing-club.yaml:3:");
  }
}
