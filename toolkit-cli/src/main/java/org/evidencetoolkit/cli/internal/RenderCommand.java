package org.evidencetoolkit.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.render.Glyphs;
import org.evidencetoolkit.render.HtmlRenderer;
import org.evidencetoolkit.render.MarkdownRenderer;
import org.evidencetoolkit.render.Renderer;
import org.evidencetoolkit.render.TextRenderer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code toolkit render}: one intervention, or a toolkit's index, as text, HTML or Markdown. */
@Command(
    name = "render",
    sortOptions = false,
    description = {
      "Render an intervention, or a toolkit's index, as text, HTML or Markdown.",
      "A toolkit renders as its index unless --id picks one intervention.",
      "",
      "Examples:",
      "  toolkit render",
      "  toolkit render --id trauma-informed-training --width 60",
      "  toolkit render content/mentoring.yaml --format html > mentoring.html",
      "  toolkit render content/interventions/reading-circles.yaml --profile content/"
    })
final class RenderCommand extends BaseCommand {
  @Parameters(
      arity = "0..1",
      paramLabel = "PATH",
      description = "An intervention file, a toolkit file or folder, or - for standard input (default: the sample).")
  private @Nullable Path path;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, html or markdown (default: ${DEFAULT-VALUE}).")
  private Format format = Format.TEXT;

  @Option(
      names = "--width",
      paramLabel = "N",
      defaultValue = "80",
      description = "Line width of text output, at least 20 (default: ${DEFAULT-VALUE}).")
  private int width = 80;

  @Option(names = "--id", paramLabel = "ID", description = "The intervention to render.")
  private @Nullable String id;

  @Option(
      names = "--ascii",
      description = "Draw rating gauges and bullets in ASCII (#, -) instead of \u25cf \u25cb \u2022.")
  private boolean ascii;

  @Mixin private ProfileOption profile = new ProfileOption();

  /** The output formats. */
  enum Format {
    TEXT,
    HTML,
    MARKDOWN
  }

  @Override
  public Integer call() throws IOException {
    if (width < TextRenderer.MIN_WIDTH) {
      throw CliException.usage(
          "--width must be at least " + TextRenderer.MIN_WIDTH + ", was " + width);
    }
    Inputs.Content content = inputs().read(Optional.ofNullable(path), profile.file());
    // Every view is drawn under the toolkit it comes from: its profile's measures, scale,
    // sections and words, and its source in each intervention's footer. A single intervention is
    // a toolkit of one under the --profile given (or yef), with no source.
    Toolkit toolkit = content.asToolkit();
    Renderer renderer = renderer(toolkit);
    String chosenId = id;
    if (chosenId != null) {
      renderer.render(find(toolkit, chosenId), out());
    } else if (content instanceof Inputs.OneIntervention one) {
      renderer.render(one.intervention(), out());
    } else {
      renderer.renderIndex(toolkit, out());
    }
    return ExitCodes.OK;
  }

  private Intervention find(Toolkit toolkit, String wanted) {
    return toolkit
        .find(wanted)
        .orElseThrow(
            () ->
                CliException.usage(
                    "no intervention with id '" + wanted + "' in " + where() + "; its ids are: "
                        + String.join(
                            ", ", toolkit.interventions().stream().map(Intervention::id).toList())));
  }

  private String where() {
    Path p = path;
    return p == null ? "the sample toolkit" : p.toString();
  }

  /**
   * The renderer for the chosen format, worked out once: every view is drawn under the toolkit it
   * comes from. HTML is whole pages, so the output opens in a browser.
   */
  private Renderer renderer(Toolkit toolkit) {
    return switch (format) {
      case TEXT ->
          TextRenderer.builder()
              .width(width)
              .glyphs(ascii ? Glyphs.ASCII : Glyphs.UNICODE)
              .toolkit(toolkit)
              .build();
      case HTML -> HtmlRenderer.builder().toolkit(toolkit).build().pages();
      case MARKDOWN -> MarkdownRenderer.builder().toolkit(toolkit).build();
    };
  }
}
