package org.evidencetoolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution's launcher, {@code target/toolkit/bin/toolkit}, run as a user runs it: a real
 * process, from another working directory and through a symbolic link, with arguments that hold
 * spaces and quotes. Runs after {@code package}, which builds the distribution (the module's
 * {@code launcher} Surefire execution, for classes named {@code *IT}).
 */
class LauncherIT {
  private static final Path DISTRIBUTION =
      Path.of(System.getProperty("toolkit.test.output", "target"), "toolkit").toAbsolutePath();

  private static final boolean WINDOWS =
      System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");

  private static final Path LAUNCHER =
      DISTRIBUTION.resolve("bin").resolve(WINDOWS ? "toolkit.bat" : "toolkit");

  /** A diagnostic line: nothing else may reach standard output during validate. */
  private static final String DIAGNOSTIC = "^\\S.*:\\d+:\\d+: (error|warning): \\[[a-z.-]+\\] .*";

  private static ChildJvm run(Path launcher, Path workingDirectory, Map<String, String> environment,
      String stdin, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    if (WINDOWS) {
      command.addAll(List.of("cmd.exe", "/c"));
    }
    command.add(launcher.toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
    // The launcher runs the Java that runs the tests, as the build that made its archive did.
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().remove("JAVA_OPTS");
    builder.environment().remove("TOOLKIT_OPTS");
    builder.environment().putAll(environment);
    return ChildJvm.start(builder, stdin);
  }

  private static ChildJvm run(Path workingDirectory, String... args)
      throws IOException, InterruptedException {
    return run(LAUNCHER, workingDirectory, Map.of(), "", args);
  }

  @Test
  void validatesTheSampleWithExitZeroAndOnlyDiagnosticsOnStandardOutput(@TempDir Path elsewhere)
      throws Exception {
    ChildJvm run = run(elsewhere, "validate");
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out().lines()).as("%s", run).isNotEmpty().allMatch(l -> l.matches(DIAGNOSTIC));
    assertThat(run.err()).as("%s", run)
        .isEqualTo("toolkit validate: checking the bundled sample" + System.lineSeparator()
            + "toolkit validate: no errors, " + warnings(run.out()) + " in 1 document"
            + System.lineSeparator());
  }

  private static String warnings(String out) {
    long n = out.lines().count();
    return n == 1 ? "1 warning" : n + " warnings";
  }

  @Test
  void aUsageErrorExitsTwo(@TempDir Path elsewhere) throws Exception {
    ChildJvm run = run(elsewhere, "validate", "--no-such-option");
    assertThat(run.exitCode()).as("%s", run).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("Unknown option: '--no-such-option'").doesNotContain("\tat ");
  }

  @Test
  void passesArgumentsWithSpacesQuotesAndDashesVerbatim(@TempDir Path dir) throws Exception {
    String name = WINDOWS ? "a file with spaces.yaml" : "a \"quoted\" file with  spaces $HOME *.yaml";
    Path file = Documents.write(dir, name, Documents.UNREADABLE_YAML);
    // A relative path: the launcher must leave the working directory alone.
    ChildJvm run = run(dir, "validate", name, "--warn", "setting.present");
    assertThat(run.exitCode()).as("%s", run).isEqualTo(1);
    assertThat(run.out().lines()).as("%s", run).isNotEmpty()
        .allMatch(l -> l.startsWith(name + ":"));
    assertThat(file).exists();

    ChildJvm stdin = run(LAUNCHER, dir, Map.of(), Documents.UNREADABLE_YAML, "validate", "-");
    assertThat(stdin.exitCode()).as("%s", stdin).isEqualTo(1);
    assertThat(stdin.out().lines()).isNotEmpty().allMatch(l -> l.startsWith("<stdin>:"));
  }

  @Test
  void worksThroughASymbolicLinkFromAnotherFolder(@TempDir Path dir) throws Exception {
    if (WINDOWS) {
      return; // Symbolic links need a privilege on Windows; the .bat finds its folder by %~dp0.
    }
    Path bin = Files.createDirectories(dir.resolve("somewhere/bin"));
    Path link = Files.createSymbolicLink(bin.resolve("toolkit"), LAUNCHER);
    // A link to the link, relative: each is followed in turn.
    Path relative = Files.createSymbolicLink(dir.resolve("tk"), dir.relativize(link));
    ChildJvm run = run(relative, dir, Map.of(), "", "render", "--id", "mentoring");
    // Removed here, so that the temporary folder's clean-up meets no link leaving it.
    Files.delete(relative);
    Files.delete(link);
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out()).contains("Mentoring");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void startsFromTheArchiveTheBuildMade(@TempDir Path elsewhere) throws Exception {
    assertThat(DISTRIBUTION.resolve("lib/toolkit.jsa")).isRegularFile();
    // -Xshare:on (after the launcher's own -Xshare:auto, so it wins) stops the JVM if the
    // archive cannot be used: so exit 0 proves the launcher starts from it.
    ChildJvm run = run(LAUNCHER, elsewhere, Map.of("JAVA_OPTS", "-Xshare:on"), "", "--version");
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.out()).startsWith("toolkit ");
  }

  /**
   * What {@code toolkit validate FILE.json} (the sample as JSON) loads, from the JVM's class-loading log: its classes
   * come from the archive (picocli's old class files included, which only a static archive
   * holds), and picocli builds no model by reflection: no annotation proxies, no field bindings,
   * no standard-help mixin read from annotations (issue 15 §5).
   */
  @Test
  void validateLoadsItsClassesFromTheArchiveAndReflectsOnNothing(@TempDir Path dir)
      throws Exception {
    ChildJvm convert = run(dir, "convert", "--to", "json", "--out", "sample.json");
    assertThat(convert.exitCode()).as("%s", convert).isZero();
    Path file = dir.resolve("sample.json");
    Path log = dir.resolve("classes.log");
    ChildJvm run = run(LAUNCHER, dir,
        Map.of("JAVA_OPTS", "-Xlog:class+load=info:file=" + log), "", "validate", file.toString());
    assertThat(run.exitCode()).as("%s", run).isZero();
    List<String> loaded = Files.readAllLines(log);
    assertThat(loaded).as("the log").hasSizeGreaterThan(500);
    assertThat(loaded).as("reflection on annotated commands")
        .noneMatch(l -> l.contains("$Proxy"))
        .noneMatch(l -> l.contains("picocli.CommandLine$AutoHelpMixin"))
        .noneMatch(l -> l.contains("picocli.CommandLine$Model$FieldBinding"));
    List<String> fromJars = loaded.stream()
        .filter(l -> l.contains(" source: file:"))
        .toList();
    // A handful that the archive cannot keep (picocli classes linked while it is written).
    assertThat(fromJars).as("classes read from jars, not the archive").hasSizeLessThan(25);
    assertThat(loaded.stream().filter(l -> l.contains("source: shared objects file")).count())
        .as("classes from the archive").isGreaterThan(1000);
  }

  @Test
  void aMovedOrMissingArchiveChangesNothingButSpeed(@TempDir Path dir) throws Exception {
    ChildJvm expected = run(dir, "--version");
    // A copy in another folder: the archive names its jars by absolute path, so it no longer
    // matches. Attributes are copied so that the launcher stays executable.
    Path copy = dir.resolve("copy");
    try (Stream<Path> files = Files.walk(DISTRIBUTION)) {
      for (Path from : files.toList()) {
        Path to = copy.resolve(DISTRIBUTION.relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else {
          Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
    Path launcher = copy.resolve(DISTRIBUTION.relativize(LAUNCHER).toString());
    ChildJvm mismatched = run(launcher, dir, Map.of(), "", "--version");
    assertThat(mismatched).as("with an archive that does not match").isEqualTo(expected);
    ChildJvm refused = run(launcher, dir, Map.of("JAVA_OPTS", "-Xshare:on"), "", "--version");
    assertThat(refused.exitCode()).as("the control: the copy's archive really is unusable")
        .isNotZero();

    Files.delete(copy.resolve("lib/toolkit.jsa"));
    ChildJvm missing = run(launcher, dir, Map.of(), "", "--version");
    assertThat(missing).as("with no archive").isEqualTo(expected);
    assertThat(expected.exitCode()).isZero();
    assertThat(expected.err()).isEmpty();
  }

  @Test
  void keepsTheCommandsExitCodes(@TempDir Path dir) throws Exception {
    Map<String, Integer> codes = new HashMap<>();
    codes.put("schema", run(dir, "schema").exitCode());
    codes.put("missing file", run(dir, "validate", "no-such-file.yaml").exitCode());
    codes.put("no command", run(dir).exitCode());
    assertThat(codes).containsExactlyInAnyOrderEntriesOf(
        Map.of("schema", 0, "missing file", 2, "no command", 2));
  }
}
