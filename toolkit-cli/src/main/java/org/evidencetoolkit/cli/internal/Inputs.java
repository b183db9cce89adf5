package org.evidencetoolkit.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.evidencetoolkit.cli.SampleToolkit;
import org.evidencetoolkit.io.Problem;
import org.evidencetoolkit.io.ToolkitFormatException;
import org.evidencetoolkit.io.ToolkitReader;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Profile;
import org.evidencetoolkit.model.Toolkit;

/**
 * Reads what a command was pointed at: a toolkit folder, a toolkit file, an intervention file, or
 * nothing at all, which means the bundled sample toolkit; and the profile it is shown under.
 */
public final class Inputs {
  private final ToolkitReader reader;

  /** Inputs read with {@code reader}. */
  public Inputs(ToolkitReader reader) {
    this.reader = reader;
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
   * Reads {@code path}, or the bundled sample when there is none, with no profile file.
   *
   * @throws IOException if the path cannot be read
   * @throws org.evidencetoolkit.io.ToolkitFormatException if the document is not valid format
   */
  public Content read(Optional<Path> path) throws IOException {
    return read(path, Optional.empty());
  }

  /**
   * Reads {@code path}, or the bundled sample when there is none; an intervention document is put
   * under the profile of {@code profileFile} (a toolkit document or folder) when one is given.
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
    DocumentKind kind = DocumentKind.of(p);
    if (kind != DocumentKind.INTERVENTION_FILE) {
      refuseProfile(profileFile, p + " is a toolkit");
      return new WholeToolkit(reader.readToolkit(p));
    }
    // Both are read before either failure is thrown, so one run reports every problem of both.
    List<Problem> problems = new ArrayList<>();
    Profile profile = Profile.yef();
    try {
      profile = profile(profileFile);
    } catch (ToolkitFormatException e) {
      problems.addAll(e.problems());
    }
    Intervention intervention = null;
    try {
      intervention = reader.readIntervention(p);
    } catch (ToolkitFormatException e) {
      problems.addAll(e.problems());
    }
    if (intervention == null || !problems.isEmpty()) {
      throw new ToolkitFormatException(problems);
    }
    return new OneIntervention(intervention, profile);
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
