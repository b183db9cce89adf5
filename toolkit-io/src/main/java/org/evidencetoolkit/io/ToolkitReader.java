package org.evidencetoolkit.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.Optional;
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
 * <p>Shaped like Jackson's {@code ObjectReader}: configure a reader once ({@linkplain
 * Builder#limits limits}, and optionally the {@linkplain #with(DocumentFormat) format} of
 * in-memory input), then read from a {@link Path} or from a {@link Source} — text, bytes, a stream
 * or a reader under a name. What is wanted is the method, and every method takes both: a {@link
 * Toolkit}, an {@link Intervention}, either of them as a located {@link Document} ({@link
 * #readToolkitDocument(Path)}, {@link #readInterventionDocument(Path)}, or {@link
 * #readDocument(Path)} when the input may be either), a {@link Profile}, or a {@link
 * DocumentCheck} of everything wrong ({@link #check(Path, ContentRules)}).
 *
 * <pre>{@code
 * ToolkitReader reader = ToolkitReader.defaults();
 * Toolkit toolkit = reader.readToolkit(Path.of("content"));           // toolkit.yaml + interventions/
 * Intervention one = reader.readIntervention(Path.of("mentoring.yaml"));
 * ToolkitReader json = reader.with(DocumentFormat.JSON);
 * InterventionDocument doc = json
     .readInterventionDocument(Source.named("request body").text(body));
 * Document either = reader.readDocument(Source.named("<stdin>").stream(System.in));
 * }</pre>
 *
 * <p>Everything wrong with the input is reported in one {@link ToolkitFormatException}: syntax,
 * encoding, unknown fields (with the closest known name), wrong types, missing required fields,
 * bad values (listing the allowed ones), Markdown outside the subset, file names that differ from
 * ids, exceeded {@linkplain ReadLimits limits}, YAML anchors, aliases and tags, duplicate keys, a
 * newer {@code formatVersion}; and, in a toolkit's {@code profile} (SPEC §11), unknown label keys
 * and rule ids (with the closest known one), a measure wording without {@code {0}}, a section or
 * measure id listed twice, a rule given two settings, an {@code extends} other than {@code yef},
 * thresholds that do not rise, names and ids that are not kebab-case. Each problem has file (or
 * {@linkplain Source#name() source name}), line, column (in characters) and JSON Pointer.
 *
 * <p><b>Exceptions.</b> The methods that take a {@link Path} open files themselves and throw
 * {@link IOException} when one cannot be read at all ({@link java.nio.file.NoSuchFileException}
 * when it is missing). The methods that take a {@link Source} read what the caller holds: text and
 * bytes cannot fail, and a stream or reader of the caller's that fails throws {@link
 * UncheckedIOException} wrapping its {@link IOException}, as Jackson 3 does.
 *
 * <p><b>Formats.</b> A path's format comes from its extension ({@code .json}, {@code .yaml},
 * {@code .yml}); {@link #readDocument(Path)} and {@link #check(Path, ContentRules)}, which take
 * whatever a person named, also read a name without one, and anything that is not a regular file
 * (a pipe, {@code /dev/stdin}), telling the format from the first character: an opening brace or
 * bracket for JSON, else YAML. A {@link Source} is read in the reader's {@linkplain #format()
 * configured format}, else told the same way from its first character.
 *
 * <p>A toolkit's {@code profile} is attached to the {@link Toolkit}; without one it is {@link
 * Profile#yef()}. {@link #readProfile(Path)} takes just the profile of a toolkit document or
 * folder, for single interventions.
 *
 * <p>{@link #check(Path, ContentRules)} goes further: every format problem and every
 * content-rule violation of what could be read, in one run. Every input is read once and never
 * past {@link ReadLimits#maxDocumentBytes()}, whatever it is (a file, a pipe, a device); folders
 * are walked by {@link FolderWalk}, which follows no link out of the folder and opens nothing but
 * regular files.
 *
 * <p>Settings and sectors are codes in the format; their labels come from the toolkit's declared
 * vocabulary, then the built-ins ({@link org.evidencetoolkit.model.Setting#builtIns()}); an
 * unknown code still loads, labelled with its code, so that the {@code setting.known} content rule
 * can report it.
 *
 * <p>Immutable and thread-safe.
 */
public final class ToolkitReader {
  private static final ToolkitReader DEFAULTS = builder().build();

  private final ReadLimits limits;
  private final @Nullable DocumentFormat format;
  private final Loader loader;

  private ToolkitReader(ReadLimits limits, @Nullable DocumentFormat format, Loader loader) {
    this.limits = limits;
    this.format = format;
    this.loader = loader;
  }

  /** A reader with the default {@link ReadLimits} and no configured format. */
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

  /**
   * The format a {@link Source} is read in; empty when it is told from each source's first
   * character.
   */
  public Optional<DocumentFormat> format() {
    return Optional.ofNullable(format);
  }

  /**
   * A reader like this one that reads every {@link Source} as {@code format}, as Jackson's {@code
   * ObjectReader.with(...)} does: cheap, and this reader is unchanged. Paths keep the format their
   * extension names.
   */
  public ToolkitReader with(DocumentFormat format) {
    return new ToolkitReader(limits, Objects.requireNonNull(format, "format"), loader);
  }

  // ------------------------------------------------------------------ toolkits

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

  /**
   * Reads a single-document toolkit.
   *
   * @throws ToolkitFormatException with every problem found
   * @throws UncheckedIOException if the caller's stream or reader fails
   */
  public Toolkit readToolkit(Source source) {
    return readToolkitDocument(source).toolkit();
  }

  /** Reads a toolkit as {@link #readToolkit(Path)} does, keeping a map back to its sources. */
  public ToolkitDocument readToolkitDocument(Path fileOrFolder) throws IOException {
    requireExists(fileOrFolder);
    ProblemCollector problems = loader.problems();
    try {
      return toolkitDocument(loader.toolkitPath(fileOrFolder, problems), problems,
          Files.isDirectory(fileOrFolder));
    } catch (ProblemCollector.Full full) {
      throw problems.exception();
    }
  }

  /** Reads a single-document toolkit, keeping a map back to it. */
  public ToolkitDocument readToolkitDocument(Source source) {
    ProblemCollector problems = loader.problems();
    try {
      return toolkitDocument(loader.toolkit(parse(loader, source, problems), problems),
          problems, false);
    } catch (ProblemCollector.Full full) {
      throw problems.exception();
    }
  }

  // ------------------------------------------------------------------ interventions

  /**
   * Reads one intervention file ({@code .yaml}, {@code .yml} or {@code .json}).
   *
   * @throws ToolkitFormatException with every problem found
   * @throws IOException if the file cannot be read
   */
  public Intervention readIntervention(Path file) throws IOException {
    return readInterventionDocument(file).intervention();
  }

  /**
   * Reads one intervention document.
   *
   * @throws ToolkitFormatException with every problem found
   * @throws UncheckedIOException if the caller's stream or reader fails
   */
  public Intervention readIntervention(Source source) {
    return interventionDocument(source, false).intervention();
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

  /** Reads one intervention document, keeping a map back to its source. */
  public InterventionDocument readInterventionDocument(Source source) {
    return interventionDocument(source, true);
  }

  /**
   * Reads one intervention document; {@code keepMap} says whether its map is returned to the
   * caller, who may then locate with it after changing the source's byte array.
   */
  private InterventionDocument interventionDocument(Source source, boolean keepMap) {
    ProblemCollector problems = loader.problems();
    try {
      // The streaming happy path first, the located pass on any doubt (Loader#readIntervention).
      // JSON bytes that read as they are go to the parser undecoded; on any doubt they are read
      // below as every source is, which finds and locates whatever there is.
      byte[] utf8 = source.utf8();
      Loader.LoadedIntervention happy =
          utf8 == null ? null : loader.readJsonBytesHappily(utf8, format, source.name(), keepMap);
      if (happy != null) {
        return interventionDocument(happy, problems);
      }
      @Nullable String text = decode(source, problems);
      DocumentFormat f = text == null ? DocumentFormat.JSON : format(text);
      return interventionDocument(
          loader.readCheckedIntervention(text, f, source.name(), problems), problems);
    } catch (ProblemCollector.Full full) {
      throw problems.exception();
    }
  }

  // ------------------------------------------------------------------ profiles

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
   * Reads the profile of a toolkit document, as {@link #readProfile(Path)} does.
   *
   * @throws ToolkitFormatException with every problem found
   * @throws UncheckedIOException if the caller's stream or reader fails
   */
  public Profile readProfile(Source source) {
    ProblemCollector problems = loader.problems();
    try {
      return profile(loader.profile(parse(loader, source, problems), problems), problems);
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
   * character (an opening brace or bracket for JSON, else YAML); a name with another extension is
   * a {@link Problem.Kind#FILE_NAME} problem. A folder is read as {@link #readToolkit(Path)} reads
   * it.
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
   * Reads whatever a source holds, as {@link #readDocument(Path)} reads a file: within the size
   * limit, in one read, telling a toolkit from an intervention by what was read.
   *
   * @throws ToolkitFormatException with every problem found
   * @throws UncheckedIOException if the caller's stream or reader fails
   */
  public Document readDocument(Source source) {
    ProblemCollector problems = loader.problems();
    try {
      return document(loader.document(parse(loader, source, problems), problems), problems);
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
   * Reads a source as {@link #readDocument(Source)} does and judges it with {@code rules}; see
   * {@link #check(Path, ContentRules)}.
   *
   * @throws UncheckedIOException if the caller's stream or reader fails
   */
  public DocumentCheck check(Source source, ContentRules rules) {
    return check(source, rules, rules);
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
   * Checks a source as {@link #check(Source, ContentRules)} does, judging a toolkit with {@code
   * toolkitRules} and an intervention document with {@code interventionRules}; see {@link
   * #check(Path, ContentRules, ContentRules)}.
   *
   * @throws UncheckedIOException if the caller's stream or reader fails
   */
  public DocumentCheck check(
      Source source, ContentRules toolkitRules, ContentRules interventionRules) {
    Loader keeping = loader.keepingWhatReads();
    ProblemCollector problems = keeping.problems();
    Loader.@Nullable Loaded loaded = null;
    try {
      loaded = keeping.document(parse(keeping, source, problems), problems);
    } catch (ProblemCollector.Full full) {
      // As above.
    }
    return checked(source.name(), loaded, false, problems, toolkitRules, interventionRules);
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

  // ------------------------------------------------------------------ helpers

  /**
   * Decodes and parses an in-memory source, in the configured format or else the one its first
   * character tells; null after problems.
   */
  private Loader.@Nullable Parsed parse(Loader using, Source source, ProblemCollector problems) {
    @Nullable String text = decode(source, problems);
    return text == null ? null : using.parse(text, format(text), source.name(), problems);
  }

  /** The checked text of an in-memory source; null after problems. */
  private @Nullable String decode(Source source, ProblemCollector problems) {
    try {
      return source.decode(limits, problems);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The configured format, or else the one the text's first character tells. */
  private DocumentFormat format(String text) {
    return format != null ? format : Loader.sniff(text);
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
    private @Nullable DocumentFormat format;

    private Builder() {}

    /** The limits to enforce; default {@link ReadLimits#defaults()}. */
    public Builder limits(ReadLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * The format of in-memory sources; default none, which tells each one's format from its first
     * character. See {@link ToolkitReader#with(DocumentFormat)}.
     */
    public Builder format(DocumentFormat format) {
      this.format = Objects.requireNonNull(format, "format");
      return this;
    }

    /** The reader. */
    public ToolkitReader build() {
      return new ToolkitReader(limits, format, new Loader(limits));
    }
  }
}
