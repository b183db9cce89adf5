package org.evidencetoolkit.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.Optional;
import org.evidencetoolkit.io.internal.InputDecoder;
import org.evidencetoolkit.io.internal.Loader;
import org.evidencetoolkit.io.internal.ProblemCollector;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Profile;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.model.rules.ContentRules;
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
 * <p>{@link #check(Path, ContentRules)} goes further: every format problem and every content-rule
 * violation of what could be read, in one run. Every input is read once and never past {@link
 * ReadLimits#maxDocumentBytes()}, whatever it is (a file, a pipe, a device); folders are walked by
 * {@link FolderWalk}, which follows no link out of the folder and opens nothing but regular files.
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

  // ------------------------------------------------------------------ documents of either kind

  /**
   * Reads whatever a path holds — a toolkit folder, a toolkit file or one intervention file — in
   * one bounded read: a file is opened once and never read past {@link
   * ReadLimits#maxDocumentBytes()}, so a named pipe or {@code /dev/stdin} works and {@code
   * /dev/zero} stops at the limit with a {@link Problem.Kind#LIMIT} problem. What the document is
   * comes from the bytes already read (see {@link Document}); its format from the extension or,
   * for a name without one and for anything that is not a regular file, from its first
   * character (an opening brace or bracket for JSON, else YAML). A folder is read as {@link
   * #readToolkit(Path)} reads it.
   *
   * @throws ToolkitFormatException with every problem found
   * @throws IOException if the path cannot be read at all
   */
  public Document readDocument(Path path) throws IOException {
    requireExists(path);
    if (Files.isDirectory(path)) {
      return readToolkitDocument(path);
    }
    ProblemCollector problems = loader.problems();
    try {
      return document(loader.document(loader.parseNamed(path, problems), problems), problems);
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

  /**
   * Reads whatever a stream holds, as {@link #readDocument(Path)} reads a file: within the size
   * limit, its format and kind sniffed from what was read. The stream is not closed.
   *
   * @param sourceName names the input in problems, e.g. {@code <stdin>}
   */
  public Document readDocument(InputStream in, String sourceName) throws IOException {
    ProblemCollector problems = loader.problems();
    try {
      return document(loader.document(loader.parseStream(in, sourceName, problems), problems),
          problems);
    } catch (ProblemCollector.Full full) {
      throw problems.exception();
    }
  }

  // ------------------------------------------------------------------ one run shows everything

  /**
   * Reads a path as {@link #readDocument(Path)} does and judges it with {@code rules}, returning
   * every format problem and every violation of what could be read, each located, instead of
   * stopping at the first kind; see {@link DocumentCheck}. In a folder, an entry that is not read
   * ({@link FolderWalk}) is a {@link Problem.Kind#NOT_READ} problem and the rest is still checked.
   *
   * @throws IOException if the path itself cannot be read at all
   */
  public DocumentCheck check(Path path, ContentRules rules) throws IOException {
    return check(path, rules, rules);
  }

  /**
   * Checks a path as {@link #check(Path, ContentRules)} does, judging a toolkit with {@code
   * toolkitRules} and an intervention document with {@code interventionRules}. What the document
   * is comes from what was read, so this is how one read judges a single intervention under a
   * profile given from outside ({@code interventionRules} {@linkplain ContentRules#withProfile
   * bound to it}) while a toolkit is judged under its own.
   *
   * @throws IOException if the path itself cannot be read at all
   */
  public DocumentCheck check(Path path, ContentRules toolkitRules, ContentRules interventionRules)
      throws IOException {
    requireExists(path);
    Loader keeping = loader.keepingWhatReads();
    ProblemCollector problems = keeping.problems();
    boolean folder = Files.isDirectory(path);
    Loader.@Nullable Loaded loaded = null;
    try {
      loaded = folder
          ? keeping.toolkitPath(path, problems)
          : keeping.document(keeping.parseNamed(path, problems), problems);
    } catch (ProblemCollector.Full full) {
      // Reading stopped at the limit of problems; what was found is the report.
    }
    return checked(path.toString(), loaded, folder, problems, toolkitRules, interventionRules);
  }

  /**
   * Reads a stream as {@link #readDocument(InputStream, String)} does and judges it with {@code
   * rules}; see {@link #check(Path, ContentRules)}. The stream is not closed.
   */
  public DocumentCheck check(InputStream in, String sourceName, ContentRules rules)
      throws IOException {
    return check(in, sourceName, rules, rules);
  }

  /**
   * Checks a stream as {@link #check(InputStream, String, ContentRules)} does, judging a toolkit
   * with {@code toolkitRules} and an intervention document with {@code interventionRules}; see
   * {@link #check(Path, ContentRules, ContentRules)}. The stream is not closed.
   */
  public DocumentCheck check(
      InputStream in, String sourceName, ContentRules toolkitRules, ContentRules interventionRules)
      throws IOException {
    Loader keeping = loader.keepingWhatReads();
    ProblemCollector problems = keeping.problems();
    Loader.@Nullable Loaded loaded = null;
    try {
      loaded = keeping.document(keeping.parseStream(in, sourceName, problems), problems);
    } catch (ProblemCollector.Full full) {
      // As above.
    }
    return checked(sourceName, loaded, false, problems, toolkitRules, interventionRules);
  }

  private static DocumentCheck checked(
      String source, Loader.@Nullable Loaded loaded, boolean folder, ProblemCollector problems,
      ContentRules toolkitRules, ContentRules interventionRules) {
    Optional<Document> read = Optional.empty();
    boolean complete = true;
    if (loaded instanceof Loader.LoadedToolkit t) {
      read = Optional.of(new ToolkitDocument(t.toolkit(), t.map(), t.interventionMaps(), folder));
      complete = t.complete();
    } else if (loaded instanceof Loader.LoadedIntervention i) {
      read = Optional.of(new InterventionDocument(i.intervention(), i.map()));
    }
    return DocumentCheck.of(
        source, read, complete, problems.sorted(), toolkitRules, interventionRules);
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
          loader.readIntervention(checked, format, sourceName, problems), problems);
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

  /**
   * Fails with the real reason when a path cannot be used: missing ({@link
   * java.nio.file.NoSuchFileException}), a link that loops, no permission.
   */
  private static void requireExists(Path path) throws IOException {
    Files.readAttributes(path, BasicFileAttributes.class);
  }

  private static Document document(Loader.@Nullable Loaded loaded, ProblemCollector problems) {
    problems.throwIfAny();
    Objects.requireNonNull(loaded, "a read without problems has a result");
    if (loaded instanceof Loader.LoadedToolkit t) {
      return new ToolkitDocument(t.toolkit(), t.map(), t.interventionMaps(), false);
    }
    Loader.LoadedIntervention i = (Loader.LoadedIntervention) loaded;
    return new InterventionDocument(i.intervention(), i.map());
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
