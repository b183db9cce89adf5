package org.evidencetoolkit.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.evidencetoolkit.io.DocumentFormat;
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
  private static final List<String> TOOLKIT_FILES =
      List.of("toolkit.yaml", "toolkit.yml", "toolkit.json");

  private final ReadLimits limits;
  private final TreeReader trees;

  /** A loader with these limits. */
  public Loader(ReadLimits limits) {
    this.limits = limits;
    this.trees = new TreeReader(limits);
  }

  /** One parsed file. */
  public record Parsed(SourceText source, Node root) {
    /** Its source map. */
    public SourceMap map() {
      return new SourceMap(source, root);
    }
  }

  /** An intervention and where it came from. */
  public record LoadedIntervention(Intervention intervention, SourceMap map) {}

  /**
   * A toolkit and where it came from: the toolkit file's map and, for a folder, one map per
   * intervention in toolkit order (empty for a single file).
   */
  public record LoadedToolkit(Toolkit toolkit, SourceMap map, List<SourceMap> interventionMaps) {}

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
    SourceText source =
        format == DocumentFormat.JSON
            ? SourceText.withOffsets(name, text)
            : SourceText.withLineColumns(name, text);
    Node root = trees.read(source, format, problems);
    return root == null ? null : new Parsed(source, root);
  }

  /** Binds a parsed intervention document. */
  public @Nullable LoadedIntervention intervention(
      @Nullable Parsed parsed, ProblemCollector problems) {
    if (parsed == null) {
      return null;
    }
    Intervention intervention = new Binder(parsed.source(), problems)
        .intervention(parsed.root(), "", Binder.Vocabulary.builtIns());
    return intervention == null ? null : new LoadedIntervention(intervention, parsed.map());
  }

  /** Binds a parsed single-file toolkit document. */
  public @Nullable LoadedToolkit toolkit(@Nullable Parsed parsed, ProblemCollector problems) {
    if (parsed == null) {
      return null;
    }
    Binder binder = new Binder(parsed.source(), problems);
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
    if (interventions == null || !head.complete()) {
      return null;
    }
    return new LoadedToolkit(head.toolkit(interventions), parsed.map(), List.of());
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
      problems.add(new Problem(Problem.Kind.FILE_NAME, name, 0, 0, "",
          "cannot tell the format of \"" + file.getFileName()
              + "\"; name it .yaml, .yml or .json"));
      return null;
    }
    if (Files.size(file) > limits.maxDocumentBytes()) {
      problems.add(new Problem(Problem.Kind.LIMIT, name, 0, 0, "",
          "the document is larger than " + limits.maxDocumentBytes()
              + " bytes (ReadLimits.maxDocumentBytes)"));
      return null;
    }
    String text;
    try (InputStream in = Files.newInputStream(file)) {
      text = InputDecoder.fromStream(in, name, limits, problems);
    }
    return parse(text, format.get(), name, problems);
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
        headParsed == null ? null : new Binder(headParsed.source(), problems).toolkitHead(
            headParsed.root());
    List<String> order = null;
    ArrayNode listed = head == null ? null : head.interventions();
    if (listed != null && headParsed != null) {
      order = new Binder(headParsed.source(), problems)
          .idList(listed, "/interventions");
    }
    Binder.Vocabulary vocabulary =
        head == null
            ? Binder.Vocabulary.builtIns()
            : Binder.Vocabulary.of(head.settings(), head.sectors());

    // Every intervention file, by id (its file name without extension).
    Map<String, Path> files = new LinkedHashMap<>();
    Path folder = path.resolve("interventions");
    if (Files.isDirectory(folder)) {
      List<Path> all = new ArrayList<>();
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
        for (Path entry : entries) {
          String fileName = String.valueOf(entry.getFileName());
          if (!fileName.startsWith(".") && Files.isRegularFile(entry)
              && DocumentFormat.forFileName(fileName).isPresent()) {
            all.add(entry);
          }
        }
      }
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
          new Binder(parsed.source(), problems).intervention(parsed.root(), "", vocabulary);
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
    if (head == null || !head.complete() || headParsed == null || !problems.isEmpty()) {
      return null;
    }
    return new LoadedToolkit(head.toolkit(interventions), headParsed.map(), List.copyOf(maps));
  }

  /** The one toolkit file of a folder; null after a problem. */
  private @Nullable Path toolkitFile(Path folder, ProblemCollector problems) throws IOException {
    List<Path> heads = new ArrayList<>();
    for (String candidate : TOOLKIT_FILES) {
      Path file = folder.resolve(candidate);
      if (Files.isRegularFile(file)) {
        heads.add(file);
      }
    }
    if (heads.isEmpty()) {
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
