package org.evidencetoolkit.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * What a path holds: a toolkit folder, a single-file toolkit, or one intervention. The format
 * itself does not say (both documents are plain objects), so a file is a toolkit exactly when it
 * has a top-level {@code interventions} field, which no intervention document has.
 */
public enum DocumentKind {
  /** A folder with {@code toolkit.yaml} or {@code toolkit.json} and {@code interventions/}. */
  TOOLKIT_FOLDER,
  /** A file holding a whole toolkit. */
  TOOLKIT_FILE,
  /** A file holding one intervention. */
  INTERVENTION_FILE;

  /**
   * Files larger than this are not scanned; the reader refuses them with its own size limit
   * anyway, and a scan must not be the thing that runs out of memory.
   */
  private static final long MAX_SCAN_BYTES = 64L * 1024 * 1024;

  private static final Pattern JSON_KEY = Pattern.compile("\"interventions\"\\s*:");
  private static final Pattern YAML_KEY =
      Pattern.compile("(?m)^(?:interventions|\"interventions\"|'interventions')[ \\t]*:");

  /**
   * The kind of document at {@code path}.
   *
   * @throws IOException if the path cannot be read
   */
  public static DocumentKind of(Path path) throws IOException {
    if (Files.isDirectory(path)) {
      return TOOLKIT_FOLDER;
    }
    if (Files.size(path) > MAX_SCAN_BYTES) {
      return INTERVENTION_FILE;
    }
    String text = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
    return holdsToolkit(text) ? TOOLKIT_FILE : INTERVENTION_FILE;
  }

  /** Whether document text has a top-level {@code interventions} field. */
  static boolean holdsToolkit(String text) {
    String trimmed = text.stripLeading();
    if (trimmed.startsWith("\uFEFF")) {
      trimmed = trimmed.substring(1).stripLeading();
    }
    if (trimmed.startsWith("{")) {
      return JSON_KEY.matcher(text).find();
    }
    return YAML_KEY.matcher(text).find();
  }
}
