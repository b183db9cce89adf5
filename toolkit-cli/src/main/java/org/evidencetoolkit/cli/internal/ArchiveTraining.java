package org.evidencetoolkit.cli.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.evidencetoolkit.cli.ToolkitCommand;

/**
 * The training run behind the distribution's class-data-sharing archive: the build runs this class
 * once under {@code -XX:DumpLoadedClassList}, then archives the classes it loaded with {@code
 * -Xshare:dump}, and every one of them starts faster in {@code bin/toolkit} afterwards (see the
 * module's README). It runs the commands people run most on the bundled sample, in one JVM and
 * with their output thrown away: {@code validate} of the sample as YAML, and as JSON from a file
 * and on standard input, {@code render} in each format, {@code list}, {@code convert},
 * {@code schema}, {@code --help} and a usage error, so that the archive holds the classes of each
 * (a class the training did not load simply loads from its jar).
 *
 * <p>Each command must end with the exit code it ends with for a user, so the training doubles as
 * a smoke test of the distribution: a command that fails stops the build.
 */
public final class ArchiveTraining {
  private ArchiveTraining() {}

  private record Step(int exitCode, List<String> args) {
    static Step of(int exitCode, String... args) {
      return new Step(exitCode, List.of(args));
    }
  }

  private static final List<Step> STEPS = List.of(
      Step.of(ExitCodes.OK, "validate"),
      Step.of(ExitCodes.OK, "render"),
      Step.of(ExitCodes.OK, "render", "--id", "trauma-informed-training"),
      Step.of(ExitCodes.OK, "render", "--id", "trauma-informed-training", "--format", "html"),
      Step.of(ExitCodes.OK, "render", "--format", "markdown"),
      Step.of(ExitCodes.OK, "list", "--sort", "impact"),
      Step.of(ExitCodes.OK, "list", "--csv"),
      Step.of(ExitCodes.OK, "convert", "--to", "yaml"),
      Step.of(ExitCodes.OK, "schema"),
      Step.of(ExitCodes.OK, "--help"),
      Step.of(ExitCodes.USAGE_OR_IO, "validate", "--no-such-option"));

  /**
   * Runs the training.
   *
   * @param args none
   * @throws ClassNotFoundException never: the entry point is in this jar
   * @throws IOException if the temporary JSON file cannot be written or deleted
   */
  public static void main(String[] args) throws ClassNotFoundException, IOException {
    // bin/toolkit's entry point, which the steps below do not go through.
    Class.forName(ToolkitCommand.class.getName());
    for (Step step : STEPS) {
      run(step, InputStream.nullInputStream());
    }
    // The sample as JSON, read back from standard input: the JSON reading path.
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    run(Step.of(ExitCodes.OK, "convert", "--to", "json"), InputStream.nullInputStream(), json);
    run(Step.of(ExitCodes.OK, "validate", Inputs.STANDARD_INPUT),
        new ByteArrayInputStream(json.toByteArray()));
    // And from a file, as `toolkit validate FILE.json` reads it (file channels, the JSON parser).
    Path file = Files.createTempFile("toolkit-training", ".json");
    try {
      Files.write(file, json.toByteArray());
      run(Step.of(ExitCodes.OK, "validate", file.toString()), InputStream.nullInputStream());
    } finally {
      Files.delete(file);
    }
  }

  private static void run(Step step, InputStream in) {
    run(step, in, OutputStream.nullOutputStream());
  }

  private static void run(Step step, InputStream in, OutputStream out) {
    Terminal terminal = new Terminal(
        writer(out), writer(OutputStream.nullOutputStream()), false, false, Map.of(), in);
    int exitCode = Cli.run(terminal, step.args().toArray(String[]::new));
    if (exitCode != step.exitCode()) {
      throw new IllegalStateException("toolkit " + String.join(" ", step.args()) + " ended with "
          + exitCode + ", not " + step.exitCode());
    }
  }

  private static PrintWriter writer(OutputStream out) {
    return new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }
}
