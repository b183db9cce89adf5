package org.evidencetoolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The example non-YEF toolkit shipped in the repository ({@code examples/learning-toolkit/}), put
 * on disk as a new user would have it: a folder, or the single file {@code toolkit convert}
 * makes of it.
 */
final class LearningToolkit {
  /** The example as shipped (tests run in the module's folder). */
  static final Path EXAMPLE = Path.of("..", "examples", "learning-toolkit");

  /** Its interventions in the order {@code toolkit.yaml} lists them. */
  static final List<String> IDS =
      List.of("reading-buddies", "maths-games-club", "homework-diaries", "weekly-spelling-tests");

  /** The headings of an intervention page with every section, in the profile's order. */
  static final List<String> SECTION_HEADINGS =
      List.of(
          "What is it?",
          "Is it effective?",
          "Behind the average",
          "How strong is the evidence?",
          "How can you implement it well?",
          "How much does it cost?");

  private LearningToolkit() {}

  /** A copy of the example folder under {@code dir}. */
  static Path folder(Path dir) {
    Path target = dir.resolve("learning-toolkit");
    try (Stream<Path> files = Files.walk(EXAMPLE)) {
      for (Path source : files.toList()) {
        Path copy = target.resolve(EXAMPLE.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(source, copy);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return target;
  }

  /** The example as one YAML file under {@code dir}, made by {@code toolkit convert}. */
  static Path singleFile(Path dir) {
    Path file = dir.resolve("learning-toolkit.yaml");
    CommandRun run =
        CommandRun.run("convert", folder(dir.resolve("for-file")).toString(), "--to", "yaml",
            "--out", file.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    return file;
  }

  /** The text of a file. */
  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Asserts that {@code text} holds {@code headings} in this order. */
  static void assertInOrder(String text, List<String> headings) {
    int from = 0;
    for (String heading : headings) {
      int at = text.indexOf(heading, from);
      assertThat(at).as("\"%s\" after position %d in:%n%s", heading, from, text).isNotNegative();
      from = at + heading.length();
    }
  }

  /** Asserts that the built-in profile's outcome is nowhere in {@code text}. */
  static void assertNoViolence(String what, String text) {
    int at = text.toLowerCase(Locale.ROOT).indexOf("violence");
    if (at >= 0) {
      String around = text.substring(Math.max(0, at - 60), Math.min(text.length(), at + 60));
      throw new AssertionError("\"violence\" in " + what + ", at: ..." + around + "...");
    }
  }
}
