package org.evidencetoolkit.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.render.Glyphs;
import org.evidencetoolkit.render.HtmlRenderer;
import org.evidencetoolkit.render.MarkdownRenderer;
import org.evidencetoolkit.render.TextRenderer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
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
      "  toolkit render content/mentoring.yaml --format html > mentoring.html"
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
    Inputs.Content content = inputs().read(Optional.ofNullable(path));
    String chosenId = id;
    if (chosenId != null) {
      render(find(content.asToolkit(), chosenId));
    } else if (content instanceof Inputs.OneIntervention one) {
      render(one.intervention());
    } else {
      renderIndex(content.asToolkit());
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

  private void render(Intervention intervention) {
    switch (format) {
      case TEXT -> text().render(intervention, out());
      case HTML -> HtmlRenderer.builder().build().renderPage(intervention, out());
      case MARKDOWN -> MarkdownRenderer.defaults().render(intervention, out());
    }
  }

  private void renderIndex(Toolkit toolkit) {
    switch (format) {
      case TEXT -> text().renderIndex(toolkit, out());
      case HTML -> HtmlRenderer.builder().build().renderIndexPage(toolkit, out());
      case MARKDOWN -> markdownOfEvery(toolkit);
    }
  }

  /**
   * Markdown has no table in the document format's subset, so a toolkit in Markdown is every
   * intervention in turn, separated by a thematic break.
   */
  private void markdownOfEvery(Toolkit toolkit) {
    MarkdownRenderer markdown = MarkdownRenderer.defaults();
    boolean first = true;
    for (Intervention intervention : toolkit.interventions()) {
      if (!first) {
        out().print("\n---\n\n");
      }
      first = false;
      markdown.render(intervention, out());
    }
  }

  private TextRenderer text() {
    return TextRenderer.builder().width(width).glyphs(ascii ? Glyphs.ASCII : Glyphs.UNICODE).build();
  }
}
