package org.evidencetoolkit.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.evidencetoolkit.io.DocumentFormat;
import org.evidencetoolkit.io.FolderWalk;
import org.evidencetoolkit.io.Problem;
import org.evidencetoolkit.io.ReadLimits;
import org.evidencetoolkit.io.internal.Node.ArrayNode;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Profile;
import org.evidencetoolkit.model.Toolkit;
import org.jspecify.annotations.Nullable;

/**
 * Reads files, texts and folders into model values with their source maps, collecting every
 * problem of one read before throwing them together.
 */
public final class Loader {
  private final ReadLimits limits;
  private final TreeReader trees;
  private final boolean keepWhatReads;

  /** A loader with these limits. */
  public Loader(ReadLimits limits) {
    this(limits, false);
  }

  private Loader(ReadLimits limits, boolean keepWhatReads) {
    this.limits = limits;
    this.trees = new TreeReader(limits);
    this.keepWhatReads = keepWhatReads;
  }

  /**
   * A loader like this one that keeps what reads (see {@link Binder#keepingWhatReads()}): values
   * with problems inside are returned where they can be built, beside every problem, so that
   * content rules can judge them in the same run.
   */
  public Loader keepingWhatReads() {
    return new Loader(limits, true);
  }

  private Binder binder(SourceText source, ProblemCollector problems) {
    Binder binder = new Binder(source, problems);
    return keepWhatReads ? binder.keepingWhatReads() : binder;
  }

  /** One parsed file. */
  public record Parsed(SourceText source, Node root) {
    /** Its source map. */
    public SourceMap map() {
      return new SourceMap(source, root);
    }
  }

  /** A document read: a toolkit or one intervention. */
  public sealed interface Loaded permits LoadedToolkit, LoadedIntervention {}

  /** An intervention and where it came from. */
  public record LoadedIntervention(Intervention intervention, SourceMap map) implements Loaded {}

  /**
   * A toolkit and where it came from: the toolkit file's map and, for a folder, one map per
   * intervention in toolkit order (empty for a single file). {@code complete} is false when some
   * intervention could not be read, which only a loader {@linkplain #keepingWhatReads() keeping
   * what reads} returns.
   */
  public record LoadedToolkit(
      Toolkit toolkit, SourceMap map, List<SourceMap> interventionMaps, boolean complete)
      implements Loaded {}

  /** A fresh problem collector with this loader's maximum. */
  public ProblemCollector problems() {
    return new ProblemCollector(limits.maxProblems());
  }

  // ------------------------------------------------------------------ text inputs

  /** Text input of any kind, checked and parsed; null after problems. */
  public @Nullable Parsed parse(
      @Nullable String text, DocumentFormat format, String name, ProblemCollector problems) {
    if (text == null) {
      return null;
    }
    SourceText source = source(text, format, name);
    Node root = trees.read(source, format, problems);
    return root == null ? null : new Parsed(source, root);
  }

  /**
   * Reads a standalone intervention document from text: on the happy path straight from the
   * parser ({@link StreamBinder}), with the source map built from the text again only if it is
   * ever asked; otherwise (any problem, or anything the happy path leaves to it) by the located
   * pass, which reports exactly what it always has. Null after problems.
   */
  public @Nullable LoadedIntervention readIntervention(
      @Nullable String text, DocumentFormat format, String name, ProblemCollector problems) {
    return readIntervention(text, format, name, problems, false);
  }

  /**
   * As {@link #readIntervention(String, DocumentFormat, String, ProblemCollector)}, for text
   * {@link InputDecoder} has returned, which holds whole characters only: the happy path then
   * searches its strings for unpaired surrogates only if the text may spell one with an escape.
   */
  public @Nullable LoadedIntervention readCheckedIntervention(
      @Nullable String text, DocumentFormat format, String name, ProblemCollector problems) {
    return readIntervention(text, format, name, problems, true);
  }

  private @Nullable LoadedIntervention readIntervention(
      @Nullable String text, DocumentFormat format, String name, ProblemCollector problems,
      boolean checked) {
    if (text == null) {
      return null;
    }
    if (!keepWhatReads) {
      SourceText source = checked
          ? SourceText.checked(name, text, format == DocumentFormat.YAML)
          : source(text, format, name);
      Intervention intervention = StreamBinder.intervention(trees, source, format, limits);
      if (intervention != null) {
        return new LoadedIntervention(intervention,
            SourceMap.later(source, () -> locatedAgain(source, format)));
      }
    }
    return intervention(parse(text, format, name, problems), problems);
  }

  /**
   * Reads a JSON intervention document from UTF-8 bytes on the happy path alone, or returns null:
   * when the bytes would not {@linkplain InputDecoder#readsAsTheyAre read as they are} (too large,
   * another encoding, not well-formed UTF-8), are not JSON ({@code format} when configured, else
   * the first character, as {@link #sniff}), or anything the happy path leaves to the located
   * pass. The caller then reads the same bytes as before (decoded, checked, located), which
   * reports exactly what it always has; this adds no problem of its own.
   *
   * <p>On success Jackson has read the bytes themselves and no text was decoded; the source map
   * decodes it (the same text {@link InputDecoder#fromBytes} gives) if it is ever asked. A map
   * the caller keeps ({@code keepMap}) decodes a copy of the bytes, since the caller may reuse
   * the array once the read has returned; a map that is dropped at once reads nothing later.
   */
  public @Nullable LoadedIntervention readJsonBytesHappily(
      byte[] bytes, @Nullable DocumentFormat format, String name, boolean keepMap) {
    if (keepWhatReads || !InputDecoder.readsAsTheyAre(bytes, limits)) {
      return null;
    }
    if ((format != null ? format : sniff(bytes)) != DocumentFormat.JSON) {
      return null;
    }
    SourceText source = SourceText.jsonBytes(name, bytes);
    Intervention intervention =
        StreamBinder.intervention(trees, source, DocumentFormat.JSON, limits);
    if (intervention == null) {
      return null;
    }
    SourceText kept = keepMap ? SourceText.jsonBytes(name, bytes.clone()) : source;
    return new LoadedIntervention(intervention,
        SourceMap.later(kept, () -> locatedAgain(kept, DocumentFormat.JSON)));
  }

  /** {@link #sniff(String)} of well-formed UTF-8, whose white space and brackets are bytes. */
  private static DocumentFormat sniff(byte[] utf8) {
    for (int i = InputDecoder.byteOrderMarkLength(utf8); i < utf8.length; i++) {
      byte c = utf8[i];
      if (c == '{' || c == '[') {
        return DocumentFormat.JSON;
      }
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return DocumentFormat.YAML;
      }
    }
    return DocumentFormat.YAML;
  }

  /** The located tree of a text already read without problems. */
  private Node locatedAgain(SourceText source, DocumentFormat format) {
    Node root = trees.read(source, format, problems());
    if (root == null) {
      throw new IllegalStateException("a text read once could not be read again: " + source.name());
    }
    return root;
  }

  private static SourceText source(String text, DocumentFormat format, String name) {
    return format == DocumentFormat.JSON
        ? SourceText.withOffsets(name, text)
        : SourceText.withLineColumns(name, text);
  }

  /** Binds a parsed intervention document. */
  public @Nullable LoadedIntervention intervention(
      @Nullable Parsed parsed, ProblemCollector problems) {
    if (parsed == null) {
      return null;
    }
    Intervention intervention = binder(parsed.source(), problems)
        .intervention(parsed.root(), "", Binder.Vocabulary.builtIns());
    return intervention == null ? null : new LoadedIntervention(intervention, parsed.map());
  }

  /** Binds a parsed single-file toolkit document. */
  public @Nullable LoadedToolkit toolkit(@Nullable Parsed parsed, ProblemCollector problems) {
    if (parsed == null) {
      return null;
    }
    Binder binder = binder(parsed.source(), problems);
    Binder.ToolkitHead head = binder.toolkitHead(parsed.root());
    if (head == null) {
      return null;
    }
    // The interventions are bound even after a problem in the head, so that one read reports
    // everything.
    Binder.Vocabulary vocabulary = Binder.Vocabulary.of(head.settings(), head.sectors());
    ArrayNode list = head.interventions();
    List<Intervention> interventions =
        list == null
            ? List.of()
            : binder.inlineInterventions(list, head.interventionsPointer(), vocabulary);
    if (interventions == null || (!keepWhatReads && !head.complete())) {
      return null;
    }
    Toolkit toolkit = head.toolkit(interventions);
    boolean complete = list == null || interventions.size() == list.items().size();
    return new LoadedToolkit(toolkit, parsed.map(), List.of(), complete);
  }

  /**
   * A parsed document as what it is: a toolkit exactly when its top level has an {@code
   * interventions} field, which no intervention document has.
   */
  public @Nullable Loaded document(@Nullable Parsed parsed, ProblemCollector problems) {
    if (parsed == null) {
      return null;
    }
    if (parsed.root() instanceof Node.ObjectNode object && object.member("interventions") != null) {
      return toolkit(parsed, problems);
    }
    return intervention(parsed, problems);
  }

  // ------------------------------------------------------------------ files

  /** Reads one file as text, refusing an unknown extension; null after problems. */
  public @Nullable Parsed parseFile(Path file, ProblemCollector problems) throws IOException {
    String name = file.toString();
    Optional<DocumentFormat> format = DocumentFormat.forFileName(String.valueOf(file.getFileName()));
    if (format.isEmpty()) {
      if (!Files.exists(file)) {
        throw new NoSuchFileException(name);
      }
      unknownExtension(file, problems);
      return null;
    }
    return parse(readOnce(file, problems), format.get(), name, problems);
  }

  /**
   * Reads a path a person named, once: its format comes from its extension or, for a name without
   * one and for anything that is not a regular file (standard input, a pipe, {@code /dev/fd/N}),
   * from its first bytes; null after problems.
   */
  public @Nullable Parsed parseNamed(Path file, ProblemCollector problems) throws IOException {
    String name = file.toString();
    String fileName = String.valueOf(file.getFileName());
    Optional<DocumentFormat> format = DocumentFormat.forFileName(fileName);
    if (format.isEmpty() && fileName.contains(".") && Files.isRegularFile(file)) {
      unknownExtension(file, problems);
      return null;
    }
    String text = readOnce(file, problems);
    if (text == null) {
      return null;
    }
    return parse(text, format.orElseGet(() -> sniff(text)), name, problems);
  }

  /** Reads a stream, within the size limit, sniffing its format; null after problems. */
  public @Nullable Parsed parseStream(InputStream in, String name, ProblemCollector problems)
      throws IOException {
    String text = InputDecoder.fromStream(in, name, limits, problems);
    if (text == null) {
      return null;
    }
    return parse(text, sniff(text), name, problems);
  }

  /**
   * JSON when the first character that is not white space opens an object or a list, else YAML.
   * (Every JSON document is YAML too, but JSON's own parser gives JSON's own messages.)
   */
  public static DocumentFormat sniff(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{' || c == '[') {
        return DocumentFormat.JSON;
      }
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return DocumentFormat.YAML;
      }
    }
    return DocumentFormat.YAML;
  }

  /**
   * The text of a file, read once and never past the size limit: a regular file that is too large
   * is refused by its size, anything else (a pipe, a device such as {@code /dev/zero}) by counting
   * while reading. Null after a problem.
   */
  private @Nullable String readOnce(Path file, ProblemCollector problems) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    if (attributes.isRegularFile() && attributes.size() > limits.maxDocumentBytes()) {
      problems.add(new Problem(Problem.Kind.LIMIT, file.toString(), 0, 0, "",
          "the document is larger than " + limits.maxDocumentBytes()
              + " bytes (ReadLimits.maxDocumentBytes)"));
      return null;
    }
    try (InputStream in = Files.newInputStream(file)) {
      return InputDecoder.fromStream(in, file.toString(), limits, problems);
    }
  }

  private static void unknownExtension(Path file, ProblemCollector problems) {
    problems.add(new Problem(Problem.Kind.FILE_NAME, file.toString(), 0, 0, "",
        "cannot tell the format of \"" + Messages.clip(String.valueOf(file.getFileName()))
            + "\"; name it .yaml, .yml or .json"));
  }

  /** Reads a toolkit from a single file or a folder. */
  public @Nullable LoadedToolkit toolkitPath(Path path, ProblemCollector problems)
      throws IOException {
    if (!Files.isDirectory(path)) {
      return toolkit(parseFile(path, problems), problems);
    }
    Path headFile = toolkitFile(path, problems);
    if (headFile == null) {
      return null;
    }
    Parsed headParsed = parseFile(headFile, problems);
    Binder.ToolkitHead head =
        headParsed == null ? null : binder(headParsed.source(), problems).toolkitHead(
            headParsed.root());
    List<String> order = null;
    ArrayNode listed = head == null ? null : head.interventions();
    if (listed != null && headParsed != null) {
      order = binder(headParsed.source(), problems)
          .idList(listed, "/interventions");
    }
    Binder.Vocabulary vocabulary =
        head == null
            ? Binder.Vocabulary.builtIns()
            : Binder.Vocabulary.of(head.settings(), head.sectors());

    // Every intervention file, by id (its file name without extension).
    Map<String, Path> files = new LinkedHashMap<>();
    Path folder = path.resolve("interventions");
    if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
      List<Path> all = new ArrayList<>();
      FolderWalk walk = FolderWalk.files(folder, path);
      walk.skipped().forEach(problems::add);
      walk.found().forEach(found -> all.add(found.path()));
      all.sort((a, b) -> String.valueOf(a.getFileName()).compareTo(String.valueOf(b.getFileName())));
      for (Path file : all) {
        String stem = stem(file);
        Path earlier = files.putIfAbsent(stem, file);
        if (earlier != null) {
          problems.add(new Problem(Problem.Kind.FILE_NAME, file.toString(), 0, 0, "",
              "two files for the intervention \"" + stem + "\" (" + earlier.getFileName()
                  + " and " + file.getFileName() + "); keep one"));
        }
      }
    }

    List<String> ids = new ArrayList<>();
    if (order != null && listed != null && headParsed != null) {
      for (int i = 0; i < order.size(); i++) {
        String id = order.get(i);
        if (!files.containsKey(id)) {
          problems.add(Problem.Kind.FILE_NAME, headParsed.source(),
              listed.items().get(i).where(),
              "/interventions/" + i,
              "\"" + Messages.clip(id) + "\" is listed but there is no file interventions/"
                  + id + ".yaml (or .yml, .json)");
        } else if (ids.contains(id)) {
          problems.add(Problem.Kind.DUPLICATE_KEY, headParsed.source(),
              listed.items().get(i).where(),
              "/interventions/" + i, "\"" + Messages.clip(id) + "\" is listed twice");
        } else {
          ids.add(id);
        }
      }
      for (Map.Entry<String, Path> file : files.entrySet()) {
        if (!order.contains(file.getKey())) {
          problems.add(new Problem(Problem.Kind.FILE_NAME, file.getValue().toString(), 0, 0, "",
              "this file is not listed in " + headFile.getFileName()
                  + "'s \"interventions\"; add \"" + file.getKey() + "\" there or remove the file"));
        }
      }
    } else {
      ids.addAll(files.keySet());
    }

    List<Intervention> interventions = new ArrayList<>();
    List<SourceMap> maps = new ArrayList<>();
    for (String id : ids) {
      Path file = files.get(id);
      if (file == null) {
        continue;
      }
      Parsed parsed = parseFile(file, problems);
      if (parsed == null) {
        continue;
      }
      Intervention intervention =
          binder(parsed.source(), problems).intervention(parsed.root(), "", vocabulary);
      if (intervention != null) {
        if (!intervention.id().equals(id)) {
          Node idNode = idNode(parsed.root());
          problems.add(Problem.Kind.FILE_NAME, parsed.source(),
              idNode == null ? 0 : idNode.where(), "/id",
              "the file is named " + file.getFileName() + " but its id is \""
                  + Messages.clip(intervention.id()) + "\"; the file name must equal the id");
        }
        interventions.add(intervention);
        maps.add(parsed.map());
      }
    }
    if (head == null
        || headParsed == null
        || (!keepWhatReads && (!head.complete() || !problems.isEmpty()))) {
      return null;
    }
    Toolkit toolkit = head.toolkit(interventions);
    // Complete when every intervention file to be read did read, and no entry was skipped.
    boolean complete = interventions.size() == ids.stream().filter(files::containsKey).count()
        && !problems.has(Problem.Kind.NOT_READ);
    return new LoadedToolkit(toolkit, headParsed.map(), List.copyOf(maps), complete);
  }

  /**
   * The one toolkit file of a folder, found by {@link FolderWalk} (so a link out of the folder is
   * not followed); null after a problem.
   */
  private @Nullable Path toolkitFile(Path folder, ProblemCollector problems) throws IOException {
    FolderWalk headWalk = FolderWalk.toolkitFiles(folder);
    headWalk.skipped().forEach(problems::add);
    List<Path> heads = new ArrayList<>();
    headWalk.found().forEach(found -> heads.add(found.path()));
    if (heads.isEmpty()) {
      if (!problems.isEmpty()) {
        return null;
      }
      throw new NoSuchFileException(folder.resolve("toolkit.yaml").toString(), null,
          "a toolkit folder needs toolkit.yaml, toolkit.yml or toolkit.json");
    }
    if (heads.size() > 1) {
      problems.add(new Problem(Problem.Kind.FILE_NAME, folder.toString(), 0, 0, "",
          "the folder has more than one toolkit file (" + names(heads) + "); keep one"));
      return null;
    }
    return heads.get(0);
  }

  /**
   * The profile of a toolkit document or folder (of its toolkit file), {@link Profile#yef()} when
   * it declares none; null after problems. The toolkit's own fields are checked as in a full
   * read, but its interventions are not read: the profile is all that is wanted.
   */
  public @Nullable Profile profilePath(Path path, ProblemCollector problems) throws IOException {
    Path file = Files.isDirectory(path) ? toolkitFile(path, problems) : path;
    return file == null ? null : profile(parseFile(file, problems), problems);
  }

  /** The profile of a parsed toolkit document; null after problems. */
  public @Nullable Profile profile(@Nullable Parsed parsed, ProblemCollector problems) {
    if (parsed == null) {
      return null;
    }
    Binder.ToolkitHead head = new Binder(parsed.source(), problems).toolkitHead(parsed.root());
    return head == null || !head.complete() ? null : head.profile();
  }

  private static @Nullable Node idNode(Node root) {
    if (root instanceof Node.ObjectNode object) {
      Node.Member id = object.member("id");
      return id == null ? null : id.value();
    }
    return null;
  }

  private static String stem(Path file) {
    String name = String.valueOf(file.getFileName());
    int dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }

  private static String names(List<Path> files) {
    List<String> names = new ArrayList<>();
    files.forEach(f -> names.add(String.valueOf(f.getFileName()).toLowerCase(Locale.ROOT)));
    return String.join(", ", names);
  }
}
