package org.evidencetoolkit.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.evidencetoolkit.site.DirectorySiteSink;
import org.evidencetoolkit.site.SiteBuilder;
import org.evidencetoolkit.site.SiteProgress;
import org.evidencetoolkit.site.SiteSink;
import org.evidencetoolkit.model.Toolkit;
import picocli.CommandLine.Model.OptionSpec;

/** {@code toolkit site}: a static web site of a toolkit. */
final class SiteCommand extends BaseCommand {
  /** Progress is shown only for sites bigger than this, and only on a terminal. */
  static final int PROGRESS_THRESHOLD = 100;

  private final ContentPath path = new ContentPath(spec);

  private final OptionSpec outDir = add(OptionSpec.builder("--out")
      .required(true)
      .paramLabel("DIR")
      .type(Path.class)
      .converters(new Converters.OutPath())
      .description(
          "The folder to write. Each file is written atomically, and only over a regular file;",
          "a link, device or pipe in the way is refused before anything is written.")
      .build());

  private final OptionSpec compare = add(wordList("--compare", "ID",
      "The interventions on the comparison page (default: the 4 with the highest impact)."));

  private final ProfileOption profile = new ProfileOption(spec);

  private final OptionSpec previous = add(OptionSpec.builder("--previous")
      .paramLabel("OLD")
      .type(Path.class)
      .description(
          "The previous edition (a toolkit file or folder): adds a What's changed page and marks",
          "interventions that changed as Updated.")
      .build());

  SiteCommand() {
    super(
        "site",
        "Build a static web site: index.html (the headline table, with filters and sorting),",
        "one page per intervention under interventions/, compare.html, site.css and site.js.",
        "It loads nothing from the network and works opened from file://. Files already in the",
        "folder that the site does not write are left alone.",
        "",
        "Examples:",
        "  toolkit site --out public",
        "  toolkit site content/ --out public --compare mentoring,focused-deterrence",
        "  toolkit site content/ --out public --previous last-year/");
  }

  @Override
  public Integer call() throws IOException {
    Inputs.Content content = path.read(inputs(), profile);
    Toolkit toolkit = content.asToolkit();
    Path outDir = this.outDir.getValue();
    List<String> compare = valuesOf(this.compare);
    if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
      throw CliException.usage("--out names a file, not a folder: " + outDir);
    }
    for (String id : compare) {
      if (toolkit.find(id).isEmpty()) {
        throw CliException.usage("--compare: no intervention with id '" + id + "'");
      }
    }
    int pages = toolkit.interventions().size() + 2;
    boolean showProgress = terminal().errIsTerminal() && pages > PROGRESS_THRESHOLD;
    SiteBuilder.Builder configured =
        SiteBuilder.builder()
            .compare(compare)
            // Pages render on every processor; the files are written in order on this thread,
            // the same bytes as on one thread, so progress and errors read as before.
            .parallelism(Runtime.getRuntime().availableProcessors())
            .progress(showProgress ? new TerminalProgress(err()) : SiteProgress.none());
    Optional<Path> old = valueOf(previous);
    if (old.isPresent()) {
      Inputs.Content before = inputs().read(old);
      if (before instanceof Inputs.OneIntervention one) {
        // An intervention document carries no profile: the previous edition of one is shown under
        // the same profile as the new, so the profile is not reported as changed.
        before = new Inputs.OneIntervention(one.intervention(), content.profile());
      }
      configured.previous(before.asToolkit());
    }
    SiteBuilder builder = configured.build();
    // Everything is checked before the first file is written: the ids (which become file names)
    // and every place the site will write to.
    DirectorySiteSink sink = SiteSink.directory(outDir);
    List<String> written;
    try {
      sink.checkWritable(builder.paths(toolkit));
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCodes.CONTENT, String.valueOf(e.getMessage()), e);
    } catch (FileSystemException e) {
      throw CliException.usage("--out: " + Cli.describe(e) + "; nothing was written");
    }
    try {
      written = builder.write(toolkit, sink);
    } catch (FileSystemException e) {
      // Only something put in the folder while the site was being written gets here.
      throw CliException.usage("--out: " + Cli.describe(e));
    }
    note("wrote " + written.size() + " files to " + outDir + "; open "
        + outDir.resolve(SiteBuilder.INDEX) + " in a browser");
    return ExitCodes.OK;
  }

  /** "written 120/10004 files" on one line, redrawn at most once per percent. */
  private static final class TerminalProgress implements SiteProgress {
    private final PrintWriter err;
    private int lastPercent = -1;

    TerminalProgress(PrintWriter err) {
      this.err = err;
    }

    @Override
    public void written(int written, int total) {
      int percent = (int) (100L * written / total);
      if (percent != lastPercent || written == total) {
        lastPercent = percent;
        err.print("\rwritten " + written + "/" + total + " files (" + percent + "%)");
        if (written == total) {
          err.println();
        }
        err.flush();
      }
    }
  }
}
