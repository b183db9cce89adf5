package org.evidencetoolkit.io;

/**
 * One thing wrong with a document, located: the source, a 1-based line and column (columns in
 * Unicode code points, as in {@link SourceLocation}), a JSON Pointer to the value concerned and a
 * message for the person who will fix it.
 *
 * <p>A problem about a file as a whole (for example a folder holding both {@code toolkit.yaml}
 * and {@code toolkit.json}) has line and column 0.
 *
 * @param kind what sort of problem it is
 * @param source the file name or other source name given to the reader
 * @param line the 1-based line, or 0 for the file as a whole
 * @param column the 1-based column in code points, or 0 for the file as a whole
 * @param pointer a JSON Pointer (RFC 6901) into the document; {@code ""} is the whole document
 * @param message what is wrong and, where it can tell, what would be right
 */
public record Problem(
    Kind kind, String source, int line, int column, String pointer, String message) {

  /** What sort of problem it is, for tools that react differently to each. */
  public enum Kind {
    /** Not well-formed JSON or YAML. */
    SYNTAX,
    /** Bytes that are not UTF-8, or text with an unpaired surrogate. */
    ENCODING,
    /** A field the format does not have; the message names the closest known field. */
    UNKNOWN_FIELD,
    /** A value of the wrong type, e.g. a list where text belongs. */
    WRONG_TYPE,
    /** A required field ({@code id}, {@code title}, {@code impact}, a band, a tip title) is absent. */
    MISSING_FIELD,
    /**
     * A value of the right type that is not allowed, e.g. an unknown band, a level of 6, an
     * unknown label key or rule id in a profile, thresholds that do not rise.
     */
    BAD_VALUE,
    /** Rich text with Markdown outside the supported subset; the message names what was found. */
    BAD_MARKDOWN,
    /** A file in a toolkit folder whose name does not match its id, or a clash of files. */
    FILE_NAME,
    /** A limit on hostile input was exceeded (size, depth, length, count). */
    LIMIT,
    /** A {@code formatVersion} newer than this library reads, or not a version at all. */
    VERSION,
    /**
     * The same key twice in one object or mapping, or the same id twice where each may appear
     * once (a profile's sections and measures, a rule's settings, a folder's intervention list).
     */
    DUPLICATE_KEY,
    /** A YAML anchor, alias or explicit tag, which the format refuses. */
    YAML_FEATURE,
    /**
     * An entry of a folder that was not read, named and skipped: a link that leaves the folder,
     * loops or leads nowhere, something other than a regular file under a document's name (a
     * named pipe, a device, a folder called {@code x.yaml}), or a subfolder that cannot be
     * opened. See {@link FolderWalk}.
     */
    NOT_READ
  }

  /**
   * {@code source:line:column: message (pointer)}, leaving out the position for a problem about
   * the file as a whole and the pointer for the document as a whole.
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(source);
    if (line > 0) {
      out.append(':').append(line).append(':').append(column);
    }
    out.append(": ").append(message);
    if (!pointer.isEmpty()) {
      out.append(" (").append(pointer).append(')');
    }
    return out.toString();
  }
}
