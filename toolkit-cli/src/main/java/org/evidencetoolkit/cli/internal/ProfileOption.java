package org.evidencetoolkit.cli.internal;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The {@code --profile FILE} option of every command that can read a single intervention (SPEC
 * §11): the toolkit document or folder whose profile the intervention is read and shown under.
 * An intervention document carries no profile of its own, so without this option it is shown
 * under the built-in {@code yef} profile; a toolkit carries its own, so the option is refused
 * for one.
 */
final class ProfileOption {
  private final OptionSpec file = OptionSpec.builder("--profile")
      .paramLabel("FILE")
      .type(Path.class)
      .description(
          "For an intervention file: the toolkit file or folder whose profile (measures, scale,",
          "sections, words, rule settings) applies. A toolkit uses its own profile.")
      .build();

  /** Adds {@code --profile} to a command. */
  ProfileOption(CommandSpec command) {
    command.addOption(file);
  }

  /** The file given, if any. */
  Optional<Path> file() {
    return BaseCommand.valueOf(file);
  }
}
