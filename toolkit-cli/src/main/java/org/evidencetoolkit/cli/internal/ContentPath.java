package org.evidencetoolkit.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The optional {@code PATH} of every command that reads one piece of content: an intervention
 * file, a toolkit file or folder, or {@code -} for standard input, and without it the bundled
 * sample. One home, so that {@code render}, {@code convert}, {@code list} and {@code site} take
 * and describe it alike.
 */
final class ContentPath {
  private final PositionalParamSpec path = PositionalParamSpec.builder()
      .index("0")
      .arity("0..1")
      .paramLabel("PATH")
      .type(Path.class)
      .description(
          "An intervention file, a toolkit file or folder, or - for standard input (default: the sample).")
      .build();

  /** Adds {@code PATH} to a command. */
  ContentPath(CommandSpec command) {
    command.addPositional(path);
  }

  /** The path given, if any. */
  Optional<Path> path() {
    return BaseCommand.valueOf(path);
  }

  /** The content at the path (or the sample), read under the {@code --profile} given, if any. */
  Inputs.Content read(Inputs inputs, ProfileOption profile) throws IOException {
    return inputs.read(path(), profile.file());
  }
}
