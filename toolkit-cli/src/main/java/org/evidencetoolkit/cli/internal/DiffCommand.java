package org.evidencetoolkit.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.evidencetoolkit.io.DiffJson;
import org.evidencetoolkit.io.ToolkitFormatException;
import org.evidencetoolkit.model.diff.Change;
import org.evidencetoolkit.model.diff.ToolkitDiff;
import org.evidencetoolkit.render.ChangelogRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code toolkit diff}: what changed between two editions, as a changelog or as JSON. The exit
 * status is {@code diff}'s: 0 no changes, 1 changes, 2 trouble (a usage error, an unreadable
 * input, or a document with format problems, which are printed on standard error).
 */
@Command(
    name = "diff",
    sortOptions = false,
    description = {
      "Show what changed between two editions of a toolkit (or of one intervention):",
      "interventions added and removed, matched by id, and every field that changed, with",
      "ratings that rose or fell. Each side is a toolkit file or folder, an intervention file,",
      "or - for standard input (one side only). An intervention file compared with a toolkit",
      "counts as a toolkit of one.",
      "",
      "Examples:",
      "  toolkit diff last-year/ content/",
      "  git show v1:content.yaml | toolkit diff - content.yaml",
      "  toolkit diff old.yaml new.yaml --format json"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:No changes.",
      "1:Changes.",
      "2:Trouble: a usage error, an input that cannot be read, or a document with format problems."
    })
final class DiffCommand extends BaseCommand {
  /** The name that stands for standard input. */
  static final String STANDARD_INPUT = Inputs.STANDARD_INPUT;

  /** How standard input is named in problems. */
  static final String STANDARD_INPUT_NAME = Inputs.STANDARD_INPUT_NAME;

  @Parameters(index = "0", paramLabel = "OLD", description = "The earlier edition, or - for standard input.")
  private String oldSide = "";

  @Parameters(index = "1", paramLabel = "NEW", description = "The later edition, or - for standard input.")
  private String newSide = "";

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, markdown, html or json (default: ${DEFAULT-VALUE}). json prints only the JSON.")
  private Format format = Format.TEXT;

  @Mixin private WidthOption width = new WidthOption();

  /** The output formats. */
  enum Format {
    TEXT,
    MARKDOWN,
    HTML,
    JSON
  }

  @Override
  public Integer call() throws IOException {
    int lineWidth = width.width();
    if (oldSide.equals(STANDARD_INPUT) && newSide.equals(STANDARD_INPUT)) {
      throw CliException.usage("only one side can be - (standard input)");
    }
    Inputs.Content before = read(oldSide, "OLD");
    Inputs.Content after = read(newSide, "NEW");
    ChangelogRenderer renderer = ChangelogRenderer.builder().width(lineWidth).build();
    List<Change> changes;
    if (before instanceof Inputs.OneIntervention b && after instanceof Inputs.OneIntervention a) {
      changes = ToolkitDiff.between(b.intervention(), a.intervention());
      if (format == Format.JSON) {
        DiffJson.write(changes, out());
      } else {
        out().print(renderer.render(changelog(), changes, b.intervention(), a.intervention()));
      }
    } else {
      changes = ToolkitDiff.between(before.asToolkit(), after.asToolkit());
      if (format == Format.JSON) {
        DiffJson.write(changes, out());
      } else {
        renderer.render(changelog(), changes, before.asToolkit(), after.asToolkit(), out());
      }
    }
    return changes.isEmpty() ? ExitCodes.OK : ExitCodes.CONTENT;
  }

  private ChangelogRenderer.Format changelog() {
    return switch (format) {
      case MARKDOWN -> ChangelogRenderer.Format.MARKDOWN;
      case HTML -> ChangelogRenderer.Format.HTML_PAGE;
      case TEXT, JSON -> ChangelogRenderer.Format.TEXT;
    };
  }

  /**
   * Reads one side. A document that does not read is trouble here (exit 2), not a finding: its
   * problems go to standard error, located, and nothing is compared.
   */
  private Inputs.Content read(String side, String which) throws IOException {
    try {
      return inputs().read(Optional.of(Path.of(side)));
    } catch (ToolkitFormatException e) {
      boolean colour = root().colourErr();
      for (Diagnostic d : Diagnostics.of(e)) {
        err().println(d.format(colour));
      }
      throw new CliException(ExitCodes.USAGE_OR_IO,
          Diagnostics.count(e.problems().size(), "problem") + " reading " + which + " ("
              + (side.equals(STANDARD_INPUT) ? STANDARD_INPUT_NAME : side) + "); nothing was compared",
          e);
    } catch (java.nio.file.InvalidPathException e) {
      throw CliException.usage("not a path: " + side);
    }
  }
}
