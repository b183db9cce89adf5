package org.evidencetoolkit.site;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Where a {@link SiteBuilder} puts the files of a site: a folder on disk ({@link #directory}), in
 * memory ({@link #inMemory}) for tests and benchmarks, or anything else that can store a text file
 * under a relative path (an archive, an object store).
 *
 * <p>Paths are relative, with {@code /} between folders, e.g. {@code interventions/mentoring.html};
 * the builder only ever writes the paths it documents.
 *
 * <pre>{@code
 * SiteBuilder.defaults().write(toolkit, SiteSink.directory(Path.of("public")));
 * InMemorySiteSink memory = SiteSink.inMemory();
 * SiteBuilder.defaults().write(toolkit, memory);
 * String index = memory.file("index.html").orElseThrow();
 * }</pre>
 */
@FunctionalInterface
public interface SiteSink {
  /**
   * Stores one file of the site, replacing any earlier content at that path.
   *
   * @param path where, relative to the site's root
   * @param content the file's text, to be stored as UTF-8: a {@code String}, or for a page the
   *     buffer it was rendered into, which the builder never changes after this call (so a sink
   *     may keep it as it is, or copy it)
   * @throws IOException if it cannot be stored
   */
  void write(String path, CharSequence content) throws IOException;

  /** A sink that writes files under {@code root}, creating folders as needed. */
  static DirectorySiteSink directory(Path root) {
    return new DirectorySiteSink(root);
  }

  /** A sink that keeps every file in memory. */
  static InMemorySiteSink inMemory() {
    return new InMemorySiteSink();
  }
}
