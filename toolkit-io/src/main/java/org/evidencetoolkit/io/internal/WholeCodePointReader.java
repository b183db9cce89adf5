package org.evidencetoolkit.io.internal;

import java.io.Reader;

/**
 * Reads a string in chunks that never end between the two halves of a surrogate pair.
 *
 * <p>Why: the YAML engine's stream reader (snakeyaml-engine 3.0.1), when a chunk ends with a high
 * surrogate, reads one more character past the end of its buffer and fails with an
 * IndexOutOfBoundsException for any document with an astral character (an emoji) at offset
 * 1,024. Handing it whole code points avoids that path.
 */
final class WholeCodePointReader extends Reader {
  private final String text;
  private int next;

  WholeCodePointReader(String text) {
    this.text = text;
  }

  @Override
  public int read(char[] buffer, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    if (next >= text.length()) {
      return -1;
    }
    int end = Math.min(text.length(), next + length);
    if (end - next > 1 && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    text.getChars(next, end, buffer, offset);
    int count = end - next;
    next = end;
    return count;
  }

  @Override
  public void close() {
    // nothing to release
  }
}
