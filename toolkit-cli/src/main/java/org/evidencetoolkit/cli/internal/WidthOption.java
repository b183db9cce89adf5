package org.evidencetoolkit.cli.internal;

import org.evidencetoolkit.render.TextRenderer;
import picocli.CommandLine.Option;

/**
 * The {@code --width N} option of every command that writes wrapped text, checked in one place
 * so that a width the renderers refuse is a usage error naming the option, not a stack trace.
 */
final class WidthOption {
  @Option(
      names = "--width",
      paramLabel = "N",
      defaultValue = "80",
      description = "Line width of text output, at least 20 (default: ${DEFAULT-VALUE}).")
  private int width = 80;

  /**
   * The width given.
   *
   * @throws CliException a usage error if below {@link TextRenderer#MIN_WIDTH}
   */
  int width() {
    if (width < TextRenderer.MIN_WIDTH) {
      throw CliException.usage("--width must be at least " + TextRenderer.MIN_WIDTH + ", was " + width);
    }
    return width;
  }
}
