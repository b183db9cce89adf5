package org.evidencetoolkit.site;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps a site's files in memory, in the order they were written: for tests, benchmarks and
 * applications that serve or package the files themselves. Not thread-safe.
 */
public final class InMemorySiteSink implements SiteSink {
  private final Map<String, String> files = new LinkedHashMap<>();
  private long characters;

  InMemorySiteSink() {}

  @Override
  public void write(String path, CharSequence content) {
    String text = content.toString();
    String previous = files.put(path, text);
    characters += text.length() - (previous == null ? 0 : previous.length());
  }

  /** Every file by path, in the order first written; a read-only view. */
  public Map<String, String> files() {
    return Collections.unmodifiableMap(files);
  }

  /** One file's text. */
  public Optional<String> file(String path) {
    return Optional.ofNullable(files.get(path));
  }

  /** How many files there are. */
  public int size() {
    return files.size();
  }

  /** The total length of every file, in UTF-16 characters. */
  public long characters() {
    return characters;
  }
}
