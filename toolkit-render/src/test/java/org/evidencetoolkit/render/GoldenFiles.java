package org.evidencetoolkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads expected output from {@code src/test/resources/golden}. Run the build with {@code
 * -Dgolden.update=true} to rewrite every golden file from the current output instead (then review
 * the diff before committing).
 */
final class GoldenFiles {
  static final Path DIRECTORY = Path.of("src", "test", "resources", "golden");
  static final boolean UPDATE = Boolean.getBoolean("golden.update");

  private GoldenFiles() {}

  /** Asserts that {@code actual} equals the golden file {@code name}, or rewrites it. */
  static void check(String name, String actual) {
    Path file = DIRECTORY.resolve(name);
    try {
      if (UPDATE) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      if (!Files.exists(file)) {
        throw new AssertionError(
            "No golden file " + file + "; run with -Dgolden.update=true to create it. Output was:\n" + actual);
      }
      assertEquals(read(name), actual, () -> "Output differs from golden file " + file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of a golden file. */
  static String read(String name) throws IOException {
    return Files.readString(DIRECTORY.resolve(name), StandardCharsets.UTF_8);
  }
}
