package org.evidencetoolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Expected command output in {@code src/test/resources/golden}. Run the build with {@code
 * -Dgolden.update=true} to rewrite the golden files from the current output instead, then read the
 * diff before committing.
 */
final class GoldenFiles {
  private static final Path DIRECTORY = Path.of("src", "test", "resources", "golden");

  private GoldenFiles() {}

  /** Asserts that {@code actual} equals the golden file {@code name}, or rewrites it. */
  static void check(String name, String actual) {
    Path file = DIRECTORY.resolve(name);
    try {
      if (Boolean.getBoolean("golden.update")) {
        Files.createDirectories(DIRECTORY);
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      if (!Files.exists(file)) {
        throw new AssertionError(
            "No golden file " + file + "; run with -Dgolden.update=true to create it. Output was:\n"
                + actual);
      }
      assertEquals(
          Files.readString(file, StandardCharsets.UTF_8), actual,
          () -> "Output differs from golden file " + file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
