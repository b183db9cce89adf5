package org.evidencetoolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two modules built after {@code toolkit-testing}'s module-path consumers, {@code toolkit-site}
 * and {@code toolkit-cli}, on the module path: the distribution's jars ({@code target/toolkit/lib})
 * run as named modules, with no class path, and their descriptors export no internal package.
 * Runs after {@code package}, with {@link LauncherIT}.
 */
class ModulePathIT {
  private static final Path LIB =
      Path.of(System.getProperty("toolkit.test.output", "target"), "toolkit", "lib")
          .toAbsolutePath();

  /** {@code java --module-path <every jar of lib/> ARGS}, as a real process. */
  private static ChildJvm java(String... args) throws IOException, InterruptedException {
    String modulePath;
    try (Stream<Path> jars = Files.list(LIB)) {
      modulePath = jars.filter(p -> p.toString().endsWith(".jar"))
          .map(Path::toString)
          .sorted()
          .collect(Collectors.joining(File.pathSeparator));
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("--module-path");
    command.add(modulePath);
    command.addAll(List.of(args));
    return ChildJvm.start(new ProcessBuilder(command), "");
  }

  private static ChildJvm toolkit(String... args) throws IOException, InterruptedException {
    List<String> all = new ArrayList<>(List.of(
        "--module", "org.evidencetoolkit.cli/org.evidencetoolkit.cli.ToolkitCommand"));
    all.addAll(List.of(args));
    return java(all.toArray(String[]::new));
  }

  @Test
  void theCommandValidatesTheSampleAsANamedModule() throws Exception {
    ChildJvm run = toolkit("validate");
    assertThat(run.exitCode()).as(run.toString()).isZero();
  }

  @Test
  void theSiteModuleWritesTheSiteOnTheModulePath(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("site");
    ChildJvm run = toolkit("site", "--out", out.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(out.resolve("index.html")).isRegularFile();
    assertThat(out.resolve("interventions").resolve("focused-deterrence.html")).isRegularFile();
    assertThat(Files.readString(out.resolve("site.css"))).isNotBlank();
  }

  @Test
  void theSiteAndTheCommandExportNoInternalPackage() throws Exception {
    ChildJvm site = java("--describe-module", "org.evidencetoolkit.site");
    assertThat(site.exitCode()).as(site.toString()).isZero();
    assertThat(site.out())
        .contains("exports org.evidencetoolkit.site\n")
        .contains("contains org.evidencetoolkit.site.internal")
        .doesNotContain("exports org.evidencetoolkit.site.internal")
        .doesNotContain("automatic");
    ChildJvm cli = java("--describe-module", "org.evidencetoolkit.cli");
    assertThat(cli.exitCode()).as(cli.toString()).isZero();
    assertThat(cli.out())
        .contains("exports org.evidencetoolkit.cli\n")
        .contains("requires org.evidencetoolkit.site")
        .doesNotContain("exports org.evidencetoolkit.cli.internal")
        .doesNotContain("automatic");
  }
}
