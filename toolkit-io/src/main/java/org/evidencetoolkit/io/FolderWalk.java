package org.evidencetoolkit.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The documents in a folder, found without being led astray: the one walker behind reading a
 * toolkit folder and behind {@code toolkit validate} on a folder of content.
 *
 * <p>What it reads and what it skips:
 *
 * <ul>
 *   <li>Names starting with a dot are ignored, and so are entries whose names are not documents
 *       ({@code .json}, {@code .yaml}, {@code .yml}) — except folders, which {@link
 *       #documents(Path)} walks into.
 *   <li>A symbolic link is followed only when its real path stays inside the folder walked and it
 *       does not lead back to a folder already being walked. A link that leaves the folder, loops
 *       or leads nowhere is {@linkplain #skipped() skipped} with a {@link Problem.Kind#NOT_READ}
 *       problem naming it, so a link can never bring an outside file's content into a report.
 *       Two links to one file read it once.
 *   <li>Only regular files are documents. A named pipe, a device or a socket under a document's
 *       name is skipped with a problem saying what it is, without being opened (opening a pipe
 *       would wait for a writer for ever).
 *   <li>A subfolder that cannot be opened is skipped with a problem; the walk goes on.
 * </ul>
 *
 * <p>Entries come in name order, depth first, so a walk of the same folder is always in the same
 * order. A folder that holds {@code toolkit.yaml}, {@code toolkit.yml} or {@code toolkit.json} is
 * one {@link ToolkitFolder}, read as a whole, not walked into.
 *
 * <pre>{@code
 * FolderWalk walk = FolderWalk.documents(Path.of("content"));
 * walk.skipped().forEach(System.err::println);
 * for (FolderWalk.Found found : walk.found()) { ... }
 * }</pre>
 */
public final class FolderWalk {
  /** The names a toolkit folder's toolkit file may have, in the order they are looked for. */
  public static final List<String> TOOLKIT_FILES =
      List.of("toolkit.yaml", "toolkit.yml", "toolkit.json");

  /** Something a walk found to read. */
  public sealed interface Found permits DocumentFile, ToolkitFolder {
    /** Where it is, under the folder walked, as the walk reached it. */
    Path path();
  }

  /**
   * A document file (a regular file, or a link to one inside the folder).
   *
   * @param path the file, under the folder walked
   */
  public record DocumentFile(Path path) implements Found {}

  /**
   * A toolkit folder, to be read as one toolkit.
   *
   * @param path the folder, under the folder walked (or the folder walked itself)
   */
  public record ToolkitFolder(Path path) implements Found {}

  private final List<Found> found;
  private final List<Problem> skipped;

  private FolderWalk(List<Found> found, List<Problem> skipped) {
    this.found = List.copyOf(found);
    this.skipped = List.copyOf(skipped);
  }

  /** What was found to read, in name order, depth first. */
  public List<Found> found() {
    return found;
  }

  /** The entries that were not read, each a {@link Problem.Kind#NOT_READ} problem naming it. */
  public List<Problem> skipped() {
    return skipped;
  }

  /**
   * Every document under a folder, walking into subfolders; a toolkit folder (this one or one
   * below) is found as a whole.
   *
   * @throws IOException if the folder itself cannot be opened; a subfolder that cannot be is
   *     {@linkplain #skipped() skipped}
   */
  public static FolderWalk documents(Path folder) throws IOException {
    Walker walker = new Walker(folder);
    if (isToolkitFolder(folder)) {
      walker.found.add(new ToolkitFolder(folder));
    } else {
      walker.walk(folder, listing(folder), true);
    }
    return new FolderWalk(walker.found, walker.skipped);
  }

  /**
   * The document files directly in {@code folder} (no subfolders), following links only while
   * they stay inside {@code within}; a folder under a document's name is skipped with a problem.
   *
   * @throws IOException if the folder cannot be opened
   */
  public static FolderWalk files(Path folder, Path within) throws IOException {
    Walker walker = new Walker(within);
    Path real;
    try {
      real = folder.toRealPath();
    } catch (NoSuchFileException e) {
      walker.skip(folder, "a symbolic link to something that does not exist; skipped");
      return new FolderWalk(walker.found, walker.skipped);
    } catch (FileSystemException e) {
      walker.skip(folder, "a symbolic link that cannot be followed (" + reason(e) + "); skipped");
      return new FolderWalk(walker.found, walker.skipped);
    }
    if (!real.startsWith(walker.rootReal())) {
      walker.skip(folder, "a symbolic link that leads out of " + within + "; not followed");
    } else if (!Files.isDirectory(real)) {
      walker.skip(folder, "not a folder; not read");
    } else {
      walker.walk(folder, listing(folder), false);
    }
    return new FolderWalk(walker.found, walker.skipped);
  }

  /**
   * The toolkit files of a folder that may be read: each of {@link #TOOLKIT_FILES} that is there
   * and is a regular file inside the folder; the others that are there are {@linkplain
   * #skipped() skipped} with a problem.
   */
  public static FolderWalk toolkitFiles(Path folder) throws IOException {
    Walker walker = new Walker(folder);
    for (String name : TOOLKIT_FILES) {
      Path file = folder.resolve(name);
      if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        walker.entry(file, false);
      }
    }
    return new FolderWalk(walker.found, walker.skipped);
  }

  /** Whether the folder holds a toolkit file (whatever that entry turns out to be). */
  public static boolean isToolkitFolder(Path folder) {
    for (String name : TOOLKIT_FILES) {
      if (Files.exists(folder.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a file name names a document: {@code .json}, {@code .yaml} or {@code .yml}. */
  public static boolean isDocumentName(String fileName) {
    return DocumentFormat.forFileName(fileName).isPresent();
  }

  private static List<Path> listing(Path folder) throws IOException {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
      for (Path entry : stream) {
        entries.add(entry);
      }
    }
    entries.sort((a, b) -> name(a).compareTo(name(b)));
    return entries;
  }

  private static String name(Path path) {
    Path name = path.getFileName();
    return name == null ? "" : name.toString();
  }

  /** One walk's state: its boundary, what it has seen, found and skipped. */
  private static final class Walker {
    private final Path root;
    private @Nullable Path rootReal;
    private final Set<Object> seen = new HashSet<>();
    private final List<Found> found = new ArrayList<>();
    private final List<Problem> skipped = new ArrayList<>();

    Walker(Path root) {
      this.root = root;
    }

    /** The boundary's real path, found once; every followed link must stay under it. */
    Path rootReal() throws IOException {
      Path real = rootReal;
      if (real == null) {
        real = root.toRealPath();
        rootReal = real;
        seen.add(key(real, Files.readAttributes(real, BasicFileAttributes.class)));
      }
      return real;
    }

    void walk(Path folder, List<Path> entries, boolean recursive) throws IOException {
      rootReal();
      seen.add(key(folder.toRealPath(), Files.readAttributes(folder, BasicFileAttributes.class)));
      for (Path entry : entries) {
        if (!name(entry).startsWith(".")) {
          entry(entry, recursive);
        }
      }
    }

    /** Looks at one entry without opening it, and finds, skips or walks into it. */
    void entry(Path entry, boolean recursive) throws IOException {
      boolean document = isDocumentName(name(entry));
      BasicFileAttributes own;
      try {
        own = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (IOException e) {
        skip(entry, "could not be looked at (" + reason(e) + "); skipped");
        return;
      }
      Path real = entry;
      BasicFileAttributes target = own;
      if (own.isSymbolicLink()) {
        try {
          real = entry.toRealPath();
          target = Files.readAttributes(real, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
          skip(entry, "a symbolic link to something that does not exist; skipped");
          return;
        } catch (FileSystemException e) {
          skip(entry, "a symbolic link that cannot be followed (" + reason(e) + "); skipped");
          return;
        }
        if (!real.startsWith(rootReal())) {
          skip(entry, "a symbolic link that leads out of " + root + "; not followed");
          return;
        }
      }
      if (target.isDirectory()) {
        folder(entry, real, target, own.isSymbolicLink(), document, recursive);
      } else if (target.isRegularFile()) {
        if (document && seen.add(key(real, target))) {
          found.add(new DocumentFile(entry));
        }
      } else if (document) {
        skip(entry, kindOf(real) + ", not a regular file; not read");
      }
    }

    private void folder(
        Path entry, Path real, BasicFileAttributes target, boolean link, boolean document,
        boolean recursive) throws IOException {
      if (!recursive) {
        if (document) {
          skip(entry, "a folder, not a file; not read");
        }
        return;
      }
      if (!seen.add(key(real, target))) {
        skip(entry, link
            ? "a symbolic link back to a folder already being read (a loop); not followed"
            : "a folder already read; not read again");
        return;
      }
      if (isToolkitFolder(entry)) {
        found.add(new ToolkitFolder(entry));
        return;
      }
      List<Path> entries;
      try {
        entries = listing(entry);
      } catch (IOException e) {
        skip(entry, "a folder that cannot be opened (" + reason(e) + "); skipped");
        return;
      }
      for (Path child : entries) {
        if (!name(child).startsWith(".")) {
          entry(child, true);
        }
      }
    }

    private void skip(Path entry, String message) {
      skipped.add(new Problem(Problem.Kind.NOT_READ, entry.toString(), 0, 0, "", message));
    }
  }

  /** The file key where the platform has one (device and inode), else the real path. */
  private static Object key(Path real, BasicFileAttributes attributes) {
    Object key = attributes.fileKey();
    return key == null ? real : key;
  }

  /** What a file that is neither a folder nor a regular file is, in words. */
  private static String kindOf(Path path) {
    Optional<Integer> mode;
    try {
      mode = Optional.of((Integer) Files.getAttribute(path, "unix:mode"));
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException
        | ClassCastException e) {
      mode = Optional.empty();
    }
    if (mode.isEmpty()) {
      return "a special file";
    }
    return switch (mode.get() & 0170000) {
      case 0010000 -> "a named pipe";
      case 0020000 -> "a character device";
      case 0060000 -> "a block device";
      case 0140000 -> "a socket";
      default -> "a special file";
    };
  }

  private static String reason(IOException e) {
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return String.valueOf(fs.getReason()).toLowerCase(Locale.ROOT);
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }
}
