package org.evidencetoolkit.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.evidencetoolkit.io.DocumentFormat;
import org.evidencetoolkit.io.ToolkitWriter;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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
  @Parameters(
      arity = "0..1",
      paramLabel = "PATH",
      description = "An intervention file, a toolkit file or a toolkit folder (default: the sample).")
  private @Nullable Path path;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "FORMAT",
      description = "json or yaml.")
  private Target to = Target.YAML;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write here instead of standard output; the file is replaced only on success.")
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
    Inputs.Content content = inputs().read(Optional.ofNullable(path), profile.file());
    ToolkitWriter writer = ToolkitWriter.builder().format(to.format).build();
    String text =
        content instanceof Inputs.OneIntervention one
            ? writer.toString(one.intervention())
            : writer.toString(content.asToolkit());
    Path target = outFile;
    if (target == null) {
      out().print(text);
    } else {
      write(target, text);
    }
    return ExitCodes.OK;
  }

  /** Writes beside the target first and moves it into place, so a failure leaves no half file. */
  private static void write(Path target, String text) throws IOException {
    if (Files.isDirectory(target)) {
      throw CliException.usage("--out names a folder, not a file: " + target);
    }
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw CliException.usage("no such folder for --out: " + (folder == null ? target : folder));
    }
    Path temporary = Files.createTempFile(folder, ".toolkit-convert-", ".tmp");
    try {
      Files.writeString(temporary, text, StandardCharsets.UTF_8);
      try {
        Files.move(
            temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
