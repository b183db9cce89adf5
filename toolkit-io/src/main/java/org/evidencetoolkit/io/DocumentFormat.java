package org.evidencetoolkit.io;

import java.util.Locale;
import java.util.Optional;

/**
 * The two syntaxes of format v1. Both carry the same tree; a document converts between them
 * without loss.
 */
public enum DocumentFormat {
  /** JSON (RFC 8259), UTF-8, file extension {@code .json}. */
  JSON("json"),
  /** YAML 1.2 without anchors, aliases or tags, UTF-8, file extension {@code .yaml} or {@code .yml}. */
  YAML("yaml");

  private final String extension;

  DocumentFormat(String extension) {
    this.extension = extension;
  }

  /** The extension the writer gives files in this format, without the dot. */
  public String extension() {
    return extension;
  }

  /**
   * The format a file name's extension names, ignoring case: {@code .json} is JSON, {@code .yaml}
   * and {@code .yml} are YAML; anything else is empty.
   *
   * <pre>{@code
   * DocumentFormat.forFileName("mentoring.yml");   // Optional[YAML]
   * }</pre>
   */
  public static Optional<DocumentFormat> forFileName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".json")) {
      return Optional.of(JSON);
    }
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      return Optional.of(YAML);
    }
    return Optional.empty();
  }
}
