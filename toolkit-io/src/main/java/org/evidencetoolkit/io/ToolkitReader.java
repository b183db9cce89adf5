package org.evidencetoolkit.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.evidencetoolkit.io.internal.InputDecoder;
import org.evidencetoolkit.io.internal.Loader;
import org.evidencetoolkit.io.internal.ProblemCollector;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Profile;
import org.evidencetoolkit.model.Toolkit;
import org.jspecify.annotations.Nullable;

/**
 * Reads format v1 documents — JSON or YAML, one file or a toolkit folder — into the model.
 *
 * <p>Everything wrong with the input is reported in one {@link ToolkitFormatException}: syntax,
 * encoding, unknown fields (with the closest known name), wrong types, missing required fields,
 * bad values (listing the allowed ones), Markdown outside the subset, file names that differ from
 * ids, exceeded {@linkplain ReadLimits limits}, YAML anchors, aliases and tags, duplicate keys, a
 * newer {@code formatVersion}; and, in a toolkit's {@code profile} (SPEC §11), unknown label keys
 * and rule ids (with the closest known one), a measure wording without {@code {0}}, a section or
 * measure id listed twice, a rule given two settings, an {@code extends} other than {@code yef},
 * thresholds that do not rise, names and ids that are not kebab-case. Each problem has file, line,
 * column (in characters) and JSON Pointer. A file that cannot be read at all is an {@link
 * IOException}.
 *
 * <p>A toolkit's {@code profile} is attached to the {@link Toolkit}; without one it is {@link
 * Profile#yef()}. {@link #readProfile(Path)} takes just the profile of a toolkit document or folder,
 * for single interventions.
 *
 * <p>Settings and sectors are codes in the format; their labels come from the toolkit's declared
 * vocabulary, then the built-ins ({@link org.evidencetoolkit.model.Setting#builtIns()}); an
 * unknown code still loads, labelled with its code, so that the {@code setting.known} content rule
 * can report it.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * ToolkitReader reader = ToolkitReader.defaults();
 * Toolkit toolkit = reader.readToolkit(Path.of("content"));          // toolkit.yaml + interventions/
 * Intervention one = reader.readIntervention(Path.of("mentoring.yaml"));
 * Intervention fromText = reader.readIntervention(json, DocumentFormat.JSON, "request body");
 * }</pre>
 */
public final class ToolkitReader {
  private static final ToolkitReader DEFAULTS = builder().build();

  private final ReadLimits limits;
  private final Loader loader;

  private ToolkitReader(Builder builder) {
    this.limits = builder.limits;
    this.loader = new Loader(limits);
  }

  /** A reader with the default {@link ReadLimits}. */
  public static ToolkitReader defaults() {
    return DEFAULTS;
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The limits this reader enforces. */
  public ReadLimits limits() {
    return limits;
  }

  // ------------------------------------------------------------------ paths

  /**
   * Reads a toolkit from one file ({@code .yaml}, {@code .yml} or {@code .json}) or from a folder
   * holding {@code toolkit.yaml} (or {@code .yml}, {@code .json}) and {@code interventions/<id>.*}.
   *
   * <p>In a folder, the toolkit file's {@code interventions} may list the ids in the order wanted;
   * then every listed id needs a file and every file must be listed. Without the list the
   * interventions are in file-name order. Files whose names start with a dot, and files with
   * other extensions, are ignored.
   *
   * @throws ToolkitFormatException with every problem in every file
   * @throws IOException if a file cannot be read; {@link java.nio.file.NoSuchFileException} if the
   *     path or the folder's toolkit file does not exist
   */
  public Toolkit readToolkit(Path fileOrFolder) throws IOException {
    return readToolkitDocument(fileOrFolder).toolkit();
  }

  /** Reads a toolkit as {@link #readToolkit(Path)} does, keeping a map back to its sources. */
  public ToolkitDocument readToolkitDocument(Path fileOrFolder) throws IOException {
    requireExists(fileOrFolder);
    ProblemCollector problems = loader.problems();
    try {
      Loader.LoadedToolkit loaded = loader.toolkitPath(fileOrFolder, problems);
      return toolkitDocument(loaded, problems, Files.isDirectory(fileOrFolder));
    } catch (ProblemCollector.Full full) {
      throw problems.exception();
    }
  }

  /**
   * Reads one intervention file ({@code .yaml}, {@code .yml} or {@code .json}).
   *
   * @throws ToolkitFormatException with every problem found
   * @throws IOException if the file cannot be read
   */
  public Intervention readIntervention(Path file) throws IOException {
    return readInterventionDocument(file).intervention();
  }

  /** Reads one intervention file, keeping a map back to its source. */
  public InterventionDocument readInterventionDocument(Path file) throws IOException {
    requireExists(file);
    ProblemCollector problems = loader.problems();
    try {
      return interventionDocument(
          loader.intervention(loader.parseFile(file, problems), problems), problems);
    } catch (ProblemCollector.Full full) {
      throw problems.exception();
    }
  }

  /**
   * Reads the {@linkplain Toolkit#profile() profile} of a toolkit document or folder (its {@code
   * toolkit.yaml}, {@code .yml} or {@code .json}), for reading or rendering single interventions
   * under it (the command line's {@code --profile FILE}). A document without a {@code profile}
   * gives {@link Profile#yef()}.
   *
   * <p>The toolkit's own fields ({@code title}, {@code about}, {@code source}, {@code profile},
   * {@code settings}, {@code sectors}) are checked as in {@link #readToolkit(Path)}; its
   * interventions are not read, so a large toolkit is cheap to take a profile from and an
   * unfinished intervention does not stand in the way.
   *
   * @throws ToolkitFormatException with every problem of the toolkit file, located
   * @throws IOException if the file cannot be read; {@link java.nio.file.NoSuchFileException} if the
   *     path or the folder's toolkit file does not exist
   */
  public Profile readProfile(Path fileOrFolder) throws IOException {
    requireExists(fileOrFolder);
    ProblemCollector problems = loader.problems();
    try {
      return profile(loader.profilePath(fileOrFolder, problems), problems);
    } catch (ProblemCollector.Full full) {
      throw problems.exception();
    }
  }

  /**
   * Reads the profile of a toolkit document given as text, as {@link #readProfile(Path)} does.
   *
   * @param sourceName names the input in problems
   * @throws ToolkitFormatException with every problem found
   */
  public Profile readProfile(String text, DocumentFormat format, String sourceName) {
    ProblemCollector problems = loader.problems();
    try {
      @Nullable String checked = InputDecoder.fromString(text, sourceName, limits, problems);
      return profile(loader.profile(loader.parse(checked, format, sourceName, problems), problems),
          problems);
    } catch (ProblemCollector.Full full) {
      throw problems.exception();
    }
  }

  // ------------------------------------------------------------------ interventions from input

  /**
   * Reads an intervention from text.
   *
   * @param sourceName names the input in problems, e.g. a file name or "request body"
   * @throws ToolkitFormatException with every problem found
   */
  public Intervention readIntervention(String text, DocumentFormat format, String sourceName) {
    return readInterventionDocument(text, format, sourceName).intervention();
  }

  /** Reads an intervention from text, keeping a map back to it. */
  public InterventionDocument readInterventionDocument(
      String text, DocumentFormat format, String sourceName) {
    return intervention(
        problems -> InputDecoder.fromString(text, sourceName, limits, problems),
        format, sourceName);
  }

  /** Reads an intervention from UTF-8 bytes. */
  public Intervention readIntervention(byte[] utf8, DocumentFormat format, String sourceName) {
    return intervention(
        problems -> InputDecoder.fromBytes(utf8, sourceName, limits, problems),
        format, sourceName).intervention();
  }

  /**
   * Reads an intervention from a UTF-8 stream, reading no further than the size limit. The
   * stream is not closed.
   */
  public Intervention readIntervention(InputStream utf8, DocumentFormat format, String sourceName)
      throws IOException {
    return intervention(
        problems -> InputDecoder.fromStream(utf8, sourceName, limits, problems),
        format, sourceName).intervention();
  }

  /** Reads an intervention from characters, reading no further than the size limit. */
  public Intervention readIntervention(Reader text, DocumentFormat format, String sourceName)
      throws IOException {
    return intervention(
        problems -> InputDecoder.fromReader(text, sourceName, limits, problems),
        format, sourceName).intervention();
  }

  // ------------------------------------------------------------------ toolkits from input

  /** Reads a single-document toolkit from text. */
  public Toolkit readToolkit(String text, DocumentFormat format, String sourceName) {
    return readToolkitDocument(text, format, sourceName).toolkit();
  }

  /** Reads a single-document toolkit from text, keeping a map back to it. */
  public ToolkitDocument readToolkitDocument(
      String text, DocumentFormat format, String sourceName) {
    return toolkit(
        problems -> InputDecoder.fromString(text, sourceName, limits, problems),
        format, sourceName);
  }

  /** Reads a single-document toolkit from UTF-8 bytes. */
  public Toolkit readToolkit(byte[] utf8, DocumentFormat format, String sourceName) {
    return toolkit(
        problems -> InputDecoder.fromBytes(utf8, sourceName, limits, problems),
        format, sourceName).toolkit();
  }

  /** Reads a single-document toolkit from a UTF-8 stream; the stream is not closed. */
  public Toolkit readToolkit(InputStream utf8, DocumentFormat format, String sourceName)
      throws IOException {
    return toolkit(
        problems -> InputDecoder.fromStream(utf8, sourceName, limits, problems),
        format, sourceName).toolkit();
  }

  /** Reads a single-document toolkit from characters. */
  public Toolkit readToolkit(Reader text, DocumentFormat format, String sourceName)
      throws IOException {
    return toolkit(
        problems -> InputDecoder.fromReader(text, sourceName, limits, problems),
        format, sourceName).toolkit();
  }

  // ------------------------------------------------------------------ helpers

  /** Turns one kind of input into checked text, reporting encoding and size problems. */
  @FunctionalInterface
  private interface Decoder<E extends Exception> {
    @Nullable String decode(ProblemCollector problems) throws E;
  }

  /** Reads one intervention document from any input, all problems in one exception. */
  private <E extends Exception> InterventionDocument intervention(
      Decoder<E> input, DocumentFormat format, String sourceName) throws E {
    ProblemCollector problems = loader.problems();
    try {
      @Nullable String checked = input.decode(problems);
      return interventionDocument(
          loader.intervention(loader.parse(checked, format, sourceName, problems), problems),
          problems);
    } catch (ProblemCollector.Full full) {
      throw problems.exception();
    }
  }

  /** Reads one single-document toolkit from any input, all problems in one exception. */
  private <E extends Exception> ToolkitDocument toolkit(
      Decoder<E> input, DocumentFormat format, String sourceName) throws E {
    ProblemCollector problems = loader.problems();
    try {
      @Nullable String checked = input.decode(problems);
      return toolkitDocument(
          loader.toolkit(loader.parse(checked, format, sourceName, problems), problems),
          problems, false);
    } catch (ProblemCollector.Full full) {
      throw problems.exception();
    }
  }

  private static void requireExists(Path path) throws IOException {
    if (!Files.exists(path)) {
      throw new java.nio.file.NoSuchFileException(path.toString());
    }
  }

  private static Profile profile(@Nullable Profile profile, ProblemCollector problems) {
    problems.throwIfAny();
    return Objects.requireNonNull(profile, "a read without problems has a result");
  }

  private static InterventionDocument interventionDocument(
      Loader.@Nullable LoadedIntervention loaded, ProblemCollector problems) {
    problems.throwIfAny();
    Objects.requireNonNull(loaded, "a read without problems has a result");
    return new InterventionDocument(loaded.intervention(), loaded.map());
  }

  private static ToolkitDocument toolkitDocument(
      Loader.@Nullable LoadedToolkit loaded, ProblemCollector problems, boolean folder) {
    problems.throwIfAny();
    Objects.requireNonNull(loaded, "a read without problems has a result");
    return new ToolkitDocument(loaded.toolkit(), loaded.map(), loaded.interventionMaps(), folder);
  }

  /** Builds a {@link ToolkitReader}. */
  public static final class Builder {
    private ReadLimits limits = ReadLimits.defaults();

    private Builder() {}

    /** The limits to enforce; default {@link ReadLimits#defaults()}. */
    public Builder limits(ReadLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /** The reader. */
    public ToolkitReader build() {
      return new ToolkitReader(this);
    }
  }
}
