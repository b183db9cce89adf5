package org.evidencetoolkit.io;

/**
 * A place in a source file: its name as the reader was given it, and a 1-based line and column.
 *
 * <p>Columns count Unicode code points (characters as a reader sees them), not bytes and not
 * UTF-16 units: in {@code title: "Café 🙂 x"} the {@code x} is in column 17 even though it is
 * the 19th UTF-16 unit of the line. Lines end at {@code \n}, {@code \r\n} or {@code \r}.
 *
 * @param source the file name or other source name given to the reader
 * @param line the 1-based line
 * @param column the 1-based column, in code points
 */
public record SourceLocation(String source, int line, int column) {
  /** Checks the position is 1-based. */
  public SourceLocation {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException(
          "line and column are 1-based, were " + line + ":" + column);
    }
  }

  /** {@code source:line:column}, the form editors and terminals link to. */
  @Override
  public String toString() {
    return source + ":" + line + ":" + column;
  }
}
