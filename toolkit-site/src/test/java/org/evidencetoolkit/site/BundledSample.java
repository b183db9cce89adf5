package org.evidencetoolkit.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.evidencetoolkit.io.ToolkitReader;
import org.evidencetoolkit.model.Toolkit;

/**
 * The sample toolkit the command line bundles, read from its source file in {@code toolkit-cli}.
 * The command line depends on this module, so this module's tests cannot depend on the command
 * line's jar; the sample stays where it is shipped, and the tests read the same file from the
 * source tree (as they read {@code examples/learning-toolkit/}).
 */
final class BundledSample {
  /** The sample's one file, relative to this module's folder (the tests' working directory). */
  static final Path FILE = Path.of("..", "toolkit-cli", "src", "main", "resources", "org",
      "evidencetoolkit", "cli", "sample", "sample-toolkit.yaml");

  private static final Toolkit TOOLKIT = read();

  private BundledSample() {}

  /** The sample as a toolkit; read once. */
  static Toolkit load() {
    return TOOLKIT;
  }

  private static Toolkit read() {
    try {
      return ToolkitReader.defaults().readToolkit(FILE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the bundled sample " + FILE.toAbsolutePath(), e);
    }
  }
}
