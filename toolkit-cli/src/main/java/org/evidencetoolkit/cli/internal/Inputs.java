package org.evidencetoolkit.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.evidencetoolkit.cli.SampleToolkit;
import org.evidencetoolkit.io.Document;
import org.evidencetoolkit.io.InterventionDocument;
import org.evidencetoolkit.io.Problem;
import org.evidencetoolkit.io.Source;
import org.evidencetoolkit.io.ToolkitDocument;
import org.evidencetoolkit.io.ToolkitFormatException;
import org.evidencetoolkit.io.ToolkitReader;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Profile;
import org.evidencetoolkit.model.Toolkit;

/**
 * Reads what a command was pointed at: a toolkit folder, a toolkit file, an intervention file,
 * {@code -} for standard input, or nothing at all, which means the bundled sample toolkit; and the
 * profile it is shown under. A file is read once and never past the reader's size limit, and what
 * it holds is told from what was read ({@link ToolkitReader#readDocument(Path)}).
 */
public final class Inputs {
  /** The path that means standard input. */
  public static final String STANDARD_INPUT = "-";

  /** The name standard input goes by in messages and diagnostics. */
  public static final String STANDARD_INPUT_NAME = "<stdin>";

  private final ToolkitReader reader;
  private final InputStream in;

  /** Inputs read with {@code reader}, standard input being {@code in}. */
  public Inputs(ToolkitReader reader, InputStream in) {
    this.reader = reader;
    this.in = in;
  }

  /** Whether a path names standard input. */
  public static boolean isStandardInput(Path path) {
    return path.toString().equals(STANDARD_INPUT);
  }

  /** What was read: a whole toolkit, or one intervention, each with the profile in force. */
  public sealed interface Content permits WholeToolkit, OneIntervention {
    /**
     * The content as a toolkit; one intervention becomes a toolkit of one, titled as the
     * intervention and under its profile.
     */
    Toolkit asToolkit();

    /** The profile the content is read and shown under. */
    Profile profile();
  }

  /**
   * A toolkit, under its own profile.
   *
   * @param toolkit the toolkit
   */
  public record WholeToolkit(Toolkit toolkit) implements Content {
    @Override
    public Toolkit asToolkit() {
      return toolkit;
    }

    @Override
    public Profile profile() {
      return toolkit.profile();
    }
  }

  /**
   * One intervention document, and the profile it is shown under: the one {@code --profile} named,
   * else {@link Profile#yef()}.
   *
   * @param intervention the intervention
   * @param profile the profile in force
   */
  public record OneIntervention(Intervention intervention, Profile profile) implements Content {
    @Override
    public Toolkit asToolkit() {
      return Toolkit.builder()
          .title(intervention.title())
          .profile(profile)
          .addIntervention(intervention)
          .build();
    }
  }

  /**
   * Reads {@code path}, standard input for {@code -}, or the bundled sample when there is none,
   * with no profile file.
   *
   * @throws IOException if the path cannot be read
   * @throws org.evidencetoolkit.io.ToolkitFormatException if the document is not valid format
   */
  public Content read(Optional<Path> path) throws IOException {
    return read(path, Optional.empty());
  }

  /**
   * Reads {@code path}, standard input for {@code -}, or the bundled sample when there is none; an
   * intervention document is put under the profile of {@code profileFile} (a toolkit document or
   * folder) when one is given. What the document is comes from the one read of it.
   *
   * @throws CliException (exit 2) if a profile file is given for a toolkit, which has its own
   * @throws IOException if the path or the profile file cannot be read
   * @throws org.evidencetoolkit.io.ToolkitFormatException if the document or the profile file is
   *     not valid format, with every problem located
   */
  public Content read(Optional<Path> path, Optional<Path> profileFile) throws IOException {
    if (path.isEmpty()) {
      refuseProfile(profileFile, "the bundled sample is a toolkit");
      return new WholeToolkit(SampleToolkit.load());
    }
    Path p = path.get();
    if (!isStandardInput(p) && Files.isDirectory(p)) {
      refuseProfile(profileFile, p + " is a toolkit");
    }
    // The document and the profile file are both read before either failure is thrown, so one
    // run reports every problem of both. What the document is comes from what was read, so a
    // document that does not read at all is reported with the profile file's problems.
    List<Problem> problems = new ArrayList<>();
    Document document = null;
    try {
      document = isStandardInput(p)
          ? reader.readDocument(Source.named(STANDARD_INPUT_NAME).stream(in))
          : reader.readDocument(p);
    } catch (ToolkitFormatException e) {
      problems.addAll(e.problems());
    }
    if (document instanceof ToolkitDocument toolkit) {
      refuseProfile(profileFile, name(p) + " is a toolkit");
      return new WholeToolkit(toolkit.toolkit());
    }
    Profile profile = Profile.yef();
    try {
      profile = profile(profileFile);
    } catch (ToolkitFormatException e) {
      problems.addAll(0, e.problems());
    }
    if (document == null || !problems.isEmpty()) {
      throw new ToolkitFormatException(problems);
    }
    return new OneIntervention(((InterventionDocument) document).intervention(), profile);
  }

  private static String name(Path p) {
    return isStandardInput(p) ? STANDARD_INPUT_NAME : p.toString();
  }

  /**
   * Reads the profile of a toolkit document or folder, or gives {@link Profile#yef()} when there
   * is no file.
   *
   * @throws IOException if the file cannot be read
   * @throws org.evidencetoolkit.io.ToolkitFormatException if the toolkit file is not valid format
   */
  public Profile profile(Optional<Path> profileFile) throws IOException {
    return profileFile.isPresent() ? reader.readProfile(profileFile.get()) : Profile.yef();
  }

  /**
   * A toolkit's profile is part of the toolkit; showing it under another would misrepresent what
   * the toolkit file says, so {@code --profile} is only for a single intervention.
   */
  private static void refuseProfile(Optional<Path> profileFile, String why) {
    if (profileFile.isPresent()) {
      throw CliException.usage(
          "--profile is for a single intervention file, but " + why
              + " with a profile of its own; leave --profile out, or edit the toolkit's profile");
    }
  }
}
