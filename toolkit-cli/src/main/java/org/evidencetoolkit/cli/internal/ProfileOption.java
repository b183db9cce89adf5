package org.evidencetoolkit.cli.internal;

import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The {@code --profile FILE} option of every command that can read a single intervention (SPEC
 * §11): the toolkit document or folder whose profile the intervention is read and shown under.
 * An intervention document carries no profile of its own, so without this option it is shown
 * under the built-in {@code yef} profile; a toolkit carries its own, so the option is refused
 * for one.
 */
final class ProfileOption {
  @Option(
      names = "--profile",
      paramLabel = "FILE",
      description = {
        "For an intervention file: the toolkit file or folder whose profile (measures, scale,",
        "sections, words, rule settings) applies. A toolkit uses its own profile."
      })
  private @Nullable Path file;

  /** The file given, if any. */
  Optional<Path> file() {
    return Optional.ofNullable(file);
  }
}
