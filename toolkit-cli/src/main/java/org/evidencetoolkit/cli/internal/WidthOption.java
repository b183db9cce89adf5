package org.evidencetoolkit.cli.internal;

import org.evidencetoolkit.render.TextRenderer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The {@code --width N} option of every command that writes wrapped text, checked in one place
 * so that a width the renderers refuse is a usage error naming the option, not a stack trace.
 */
final class WidthOption {
  private final OptionSpec width = OptionSpec.builder("--width")
      .paramLabel("N")
      .type(int.class)
      .defaultValue("80")
      .description("Line width of text output, at least 20 (default: ${DEFAULT-VALUE}).")
      .build();

  /** Adds {@code --width} to a command. */
  WidthOption(CommandSpec command) {
    command.addOption(width);
  }

  /**
   * The width given.
   *
   * @throws CliException a usage error if below {@link TextRenderer#MIN_WIDTH}
   */
  int width() {
    int given = width.getValue();
    if (given < TextRenderer.MIN_WIDTH) {
      throw CliException.usage("--width must be at least " + TextRenderer.MIN_WIDTH + ", was " + given);
    }
    return given;
  }
}
