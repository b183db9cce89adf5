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
import picocli.CommandLine.Model.OptionSpec;

/** {@code toolkit render}: one intervention, or a toolkit's index, as text, HTML or Markdown. */
final class RenderCommand extends BaseCommand {
  private final ContentPath path = new ContentPath(spec);

  private final OptionSpec format = add(OptionSpec.builder("--format")
      .paramLabel("FORMAT")
      .type(Format.class)
      .defaultValue("text")
      .description("text, html or markdown (default: ${DEFAULT-VALUE}).")
      .build());

  private final WidthOption width = new WidthOption(spec);

  private final OptionSpec id = add(OptionSpec.builder("--id")
      .paramLabel("ID")
      .type(String.class)
      .description("The intervention to render.")
      .build());

  private final OptionSpec ascii = add(flag("--ascii",
      "Draw rating gauges and bullets in ASCII (#, -) instead of \u25cf \u25cb \u2022."));

  private final ProfileOption profile = new ProfileOption(spec);

  RenderCommand() {
    super(
        "render",
        "Render an intervention, or a toolkit's index, as text, HTML or Markdown.",
        "A toolkit renders as its index unless --id picks one intervention.",
        "",
        "Examples:",
        "  toolkit render",
        "  toolkit render --id trauma-informed-training --width 60",
        "  toolkit render content/mentoring.yaml --format html > mentoring.html",
        "  toolkit render content/interventions/reading-circles.yaml --profile content/");
  }

  /** The output formats. */
  enum Format {
    TEXT,
    HTML,
    MARKDOWN
  }

  @Override
  public Integer call() throws IOException {
    int lineWidth = width.width();
    Inputs.Content content = path.read(inputs(), profile);
    // Every view is drawn under the toolkit it comes from: its profile's measures, scale,
    // sections and words, and its source in each intervention's footer. A single intervention is
    // a toolkit of one under the --profile given (or yef), with no source.
    Toolkit toolkit = content.asToolkit();
    Renderer renderer = renderer(toolkit, lineWidth);
    Optional<String> chosenId = valueOf(id);
    if (chosenId.isPresent()) {
      renderer.render(find(toolkit, chosenId.get()), out());
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
    return path.path().map(Path::toString).orElse("the sample toolkit");
  }

  /**
   * The renderer for the chosen format, worked out once: every view is drawn under the toolkit it
   * comes from. HTML is whole pages, so the output opens in a browser.
   */
  private Renderer renderer(Toolkit toolkit, int lineWidth) {
    Format chosen = format.getValue();
    return switch (chosen) {
      case TEXT ->
          TextRenderer.builder()
              .width(lineWidth)
              .glyphs(isSet(ascii) ? Glyphs.ASCII : Glyphs.UNICODE)
              .toolkit(toolkit)
              .build();
      case HTML -> HtmlRenderer.builder().toolkit(toolkit).build().pages();
      case MARKDOWN -> MarkdownRenderer.builder().toolkit(toolkit).build();
    };
  }
}
