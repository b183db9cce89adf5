package org.evidencetoolkit.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evidencetoolkit.io.DiffJson;
import org.evidencetoolkit.io.ToolkitFormatException;
import org.evidencetoolkit.model.diff.Change;
import org.evidencetoolkit.model.diff.ToolkitDiff;
import org.evidencetoolkit.render.ChangelogRenderer;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code toolkit diff}: what changed between two editions, as a changelog or as JSON. The exit
 * status is {@code diff}'s: 0 no changes, 1 changes, 2 trouble (a usage error, an unreadable
 * input, or a document with format problems, which are printed on standard error).
 */
final class DiffCommand extends BaseCommand {
  /** The name that stands for standard input. */
  static final String STANDARD_INPUT = Inputs.STANDARD_INPUT;

  /** How standard input is named in problems. */
  static final String STANDARD_INPUT_NAME = Inputs.STANDARD_INPUT_NAME;

  private final PositionalParamSpec oldSide =
      add(side("0", "OLD", "The earlier edition, or - for standard input."));

  private final PositionalParamSpec newSide =
      add(side("1", "NEW", "The later edition, or - for standard input."));

  private final OptionSpec format = add(OptionSpec.builder("--format")
      .paramLabel("FORMAT")
      .type(Format.class)
      .defaultValue("text")
      .description(
          "text, markdown, html or json (default: ${DEFAULT-VALUE}). json prints only the JSON.")
      .build());

  private final WidthOption width = new WidthOption(spec);

  DiffCommand() {
    super(
        "diff",
        "Show what changed between two editions of a toolkit (or of one intervention):",
        "interventions added and removed, matched by id, and every field that changed, with",
        "ratings that rose or fell. Each side is a toolkit file or folder, an intervention file,",
        "or - for standard input (one side only). An intervention file compared with a toolkit",
        "counts as a toolkit of one.",
        "",
        "Examples:",
        "  toolkit diff last-year/ content/",
        "  git show v1:content.yaml | toolkit diff - content.yaml",
        "  toolkit diff old.yaml new.yaml --format json");
    Map<String, String> exitCodes = new LinkedHashMap<>();
    exitCodes.put("0", "No changes.");
    exitCodes.put("1", "Changes.");
    exitCodes.put(
        "2", "Trouble: a usage error, an input that cannot be read, or a document with format problems.");
    spec.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(exitCodes);
  }

  private static PositionalParamSpec side(String index, String label, String description) {
    return PositionalParamSpec.builder()
        .index(index)
        .arity("1")
        .required(true)
        .paramLabel(label)
        .type(String.class)
        .description(description)
        .build();
  }

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
    String oldSide = this.oldSide.getValue();
    String newSide = this.newSide.getValue();
    if (oldSide.equals(STANDARD_INPUT) && newSide.equals(STANDARD_INPUT)) {
      throw CliException.usage("only one side can be - (standard input)");
    }
    Inputs.Content before = read(oldSide, "OLD");
    Inputs.Content after = read(newSide, "NEW");
    ChangelogRenderer renderer = ChangelogRenderer.builder().width(lineWidth).build();
    List<Change> changes;
    if (before instanceof Inputs.OneIntervention b && after instanceof Inputs.OneIntervention a) {
      changes = ToolkitDiff.between(b.intervention(), a.intervention());
      if (format.<Format>getValue() == Format.JSON) {
        DiffJson.write(changes, out());
      } else {
        out().print(renderer.render(changelog(), changes, b.intervention(), a.intervention()));
      }
    } else {
      changes = ToolkitDiff.between(before.asToolkit(), after.asToolkit());
      if (format.<Format>getValue() == Format.JSON) {
        DiffJson.write(changes, out());
      } else {
        renderer.render(changelog(), changes, before.asToolkit(), after.asToolkit(), out());
      }
    }
    return changes.isEmpty() ? ExitCodes.OK : ExitCodes.CONTENT;
  }

  private ChangelogRenderer.Format changelog() {
    Format chosen = format.getValue();
    return switch (chosen) {
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
