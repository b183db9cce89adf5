package org.evidencetoolkit.cli.site;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a site's files under a folder on disk, creating the folder and its subfolders as needed.
 * Files the builder does not write are left alone.
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
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if {@code path} is absolute or leads out of the root folder
   */
  @Override
  public void write(String path, CharSequence content) throws IOException {
    Path target = resolve(path);
    Path parent = target.getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
      out.append(content);
    }
  }

  private Path resolve(String path) {
    Path relative = root.getFileSystem().getPath(path);
    Path target = root.resolve(relative).normalize();
    if (relative.isAbsolute() || path.contains("\\") || !target.startsWith(root.normalize())) {
      throw new IllegalArgumentException("A site path must stay inside the site's folder: " + path);
    }
    return target;
  }

  @Override
  public String toString() {
    return "DirectorySiteSink[" + root + "]";
  }
}
