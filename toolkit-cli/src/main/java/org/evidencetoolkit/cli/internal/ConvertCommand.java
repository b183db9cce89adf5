package org.evidencetoolkit.cli.internal;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.evidencetoolkit.io.AtomicFile;
import org.evidencetoolkit.io.DocumentFormat;
import org.evidencetoolkit.io.ToolkitWriter;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code toolkit convert}: a canonical rewrite in JSON or YAML. */
@Command(
    name = "convert",
    sortOptions = false,
    description = {
      "Rewrite a document canonically as JSON or YAML: fixed field order, empty fields left out,",
      "so that converting twice changes nothing. A toolkit folder becomes a single-file toolkit.",
      "",
      "Examples:",
      "  toolkit convert mentoring.json --to yaml --out mentoring.yaml",
      "  toolkit convert --to yaml --out sample-toolkit.yaml     (the bundled sample)"
    })
final class ConvertCommand extends BaseCommand {
  @Mixin private ContentPath path = new ContentPath();

  @Option(
      names = "--to",
      required = true,
      paramLabel = "FORMAT",
      description = "json or yaml.")
  private Target to = Target.YAML;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      converter = Converters.OutPath.class,
      description = {
        "Write here instead of standard output: atomically, only on success, keeping the",
        "file's permissions. Never a link, a device or anything but a regular file."
      })
  private @Nullable Path outFile;

  @Mixin private ProfileOption profile = new ProfileOption();

  /** The formats {@code --to} accepts. */
  enum Target {
    JSON(DocumentFormat.JSON),
    YAML(DocumentFormat.YAML);

    final DocumentFormat format;

    Target(DocumentFormat format) {
      this.format = format;
    }
  }

  @Override
  public Integer call() throws IOException {
    // An intervention document carries no profile, so --profile does not change what is written;
    // the profile file is still read, so a bad one fails here as it would in render or validate.
    Inputs.Content content = path.read(inputs(), profile);
    ToolkitWriter writer = ToolkitWriter.builder().format(to.format).build();
    String text =
        content instanceof Inputs.OneIntervention one
            ? writer.writeAsString(one.intervention())
            : writer.writeAsString(content.asToolkit());
    Path target = outFile;
    if (target == null) {
      out().print(text);
    } else {
      write(target, text);
    }
    return ExitCodes.OK;
  }

  /** Replaces the file atomically; anything that is not a regular file is refused (exit 2). */
  private static void write(Path target, String text) throws IOException {
    if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      throw CliException.usage("--out names a folder, not a file: " + target);
    }
    try {
      AtomicFile.write(target, text);
    } catch (FileSystemException e) {
      throw CliException.usage("--out: " + Cli.describe(e));
    }
  }
}
