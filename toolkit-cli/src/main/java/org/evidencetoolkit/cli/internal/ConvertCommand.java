package org.evidencetoolkit.cli.internal;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import org.evidencetoolkit.io.AtomicFile;
import org.evidencetoolkit.io.DocumentFormat;
import org.evidencetoolkit.io.ToolkitWriter;
import picocli.CommandLine.Model.OptionSpec;

/** {@code toolkit convert}: a canonical rewrite in JSON or YAML. */
final class ConvertCommand extends BaseCommand {
  private final ContentPath path = new ContentPath(spec);

  private final OptionSpec to = add(OptionSpec.builder("--to")
      .required(true)
      .paramLabel("FORMAT")
      .type(Target.class)
      .description("json or yaml.")
      .build());

  private final OptionSpec outFile = add(OptionSpec.builder("--out")
      .paramLabel("FILE")
      .type(Path.class)
      .converters(new Converters.OutPath())
      .description(
          "Write here instead of standard output: atomically, only on success, keeping the",
          "file's permissions. Never a link, a device or anything but a regular file.")
      .build());

  private final ProfileOption profile = new ProfileOption(spec);

  ConvertCommand() {
    super(
        "convert",
        "Rewrite a document canonically as JSON or YAML: fixed field order, empty fields left out,",
        "so that converting twice changes nothing. A toolkit folder becomes a single-file toolkit.",
        "",
        "Examples:",
        "  toolkit convert mentoring.json --to yaml --out mentoring.yaml",
        "  toolkit convert --to yaml --out sample-toolkit.yaml     (the bundled sample)");
  }

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
    ToolkitWriter writer = ToolkitWriter.builder().format(to.<Target>getValue().format).build();
    String text =
        content instanceof Inputs.OneIntervention one
            ? writer.writeAsString(one.intervention())
            : writer.writeAsString(content.asToolkit());
    Optional<Path> target = valueOf(outFile);
    if (target.isPresent()) {
      write(target.get(), text);
    } else {
      out().print(text);
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
