package org.evidencetoolkit.site;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import org.evidencetoolkit.io.AtomicFile;

/**
 * Writes a site's files under a folder on disk, creating the folder and its subfolders as needed.
 * Files the builder does not write are left alone.
 *
 * <p>Writing is safe against what may already be in the folder: each file is written atomically
 * ({@link AtomicFile}: a temporary file beside it, then a move), keeps the permissions of the
 * file it replaces, and replaces only a regular file. A symbolic link, a device or a pipe where
 * the site would put a file, or a link or file where it would put a subfolder, is refused with a
 * {@link FileSystemException} naming it, never written through; {@link #checkWritable} finds every
 * such entry before anything is written. The root folder itself is the one the caller named, and
 * may be a link to a folder.
 */
public final class DirectorySiteSink implements SiteSink {
  private final Path root;

  DirectorySiteSink(Path root) {
    this.root = root;
  }

  /** The folder the site is written to. */
  public Path root() {
    return root;
  }

  /**
   * Fails unless every one of these paths can be written safely: the root is a folder or does not
   * exist yet, every subfolder on the way is a real folder (not a link) or does not exist yet, and
   * every file is a regular file (not a link) or does not exist yet.
   *
   * @throws FileSystemException naming the first entry that is refused
   * @throws IllegalArgumentException if a path leads out of the root folder
   */
  public void checkWritable(List<String> paths) throws IOException {
    if (Files.exists(root) && !Files.isDirectory(root)) {
      throw new FileSystemException(root.toString(), null, "it is not a folder");
    }
    for (String path : paths) {
      Path target = resolve(path);
      Path parent = target.getParent();
      boolean folderThere;
      if (parent == null || parent.equals(root.normalize())) {
        folderThere = Files.isDirectory(root);
      } else {
        checkFolder(parent);
        folderThere = Files.isDirectory(parent, LinkOption.NOFOLLOW_LINKS);
      }
      // A file whose folder is not there yet will be new: nothing can be in its way.
      if (folderThere) {
        AtomicFile.checkWritable(target);
      }
    }
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if {@code path} is absolute or leads out of the root folder
   * @throws FileSystemException if something other than a regular file is in the file's place,
   *     or something other than a folder in its folder's
   */
  @Override
  public void write(String path, CharSequence content) throws IOException {
    Path target = resolve(path);
    Files.createDirectories(root);
    Path parent = target.getParent();
    if (parent != null && !parent.equals(root.normalize())) {
      checkFolder(parent);
      if (!Files.exists(parent, LinkOption.NOFOLLOW_LINKS)) {
        Files.createDirectory(parent);
      }
    }
    AtomicFile.write(target, content);
  }

  /** A subfolder the site writes into is a real folder, not a link, or is not there yet. */
  private static void checkFolder(Path folder) throws IOException {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(folder, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return;
    }
    if (attributes.isSymbolicLink()) {
      throw new FileSystemException(folder.toString(), null,
          "it is a symbolic link where the site puts a folder; it is never written through");
    }
    if (!attributes.isDirectory()) {
      throw new FileSystemException(folder.toString(), null,
          "it is not a folder, and the site puts a folder there");
    }
  }

  private Path resolve(String path) {
    if (path.isEmpty()) {
      throw new IllegalArgumentException("A site path must name a file: it was empty");
    }
    Path relative = root.getFileSystem().getPath(path);
    Path target = root.resolve(relative).normalize();
    if (relative.isAbsolute() || path.contains("\\") || !target.startsWith(root.normalize())
        || target.equals(root.normalize())) {
      throw new IllegalArgumentException("A site path must stay inside the site's folder: " + path);
    }
    return target;
  }

  @Override
  public String toString() {
    return "DirectorySiteSink[" + root + "]";
  }
}
