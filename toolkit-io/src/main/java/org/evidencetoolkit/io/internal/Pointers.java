package org.evidencetoolkit.io.internal;

import java.util.ArrayList;
import java.util.List;

/** JSON Pointer (RFC 6901) escaping and splitting. */
public final class Pointers {
  private Pointers() {}

  /** A key as a pointer segment: {@code ~} becomes {@code ~0}, {@code /} becomes {@code ~1}. */
  public static String escape(String key) {
    if (key.indexOf('~') < 0 && key.indexOf('/') < 0) {
      return key;
    }
    return key.replace("~", "~0").replace("/", "~1");
  }

  /** The unescaped segments of a pointer; {@code ""} has none. */
  public static List<String> segments(String pointer) {
    List<String> out = new ArrayList<>();
    if (pointer.isEmpty()) {
      return out;
    }
    int start = pointer.startsWith("/") ? 1 : 0;
    while (true) {
      int slash = pointer.indexOf('/', start);
      String raw = slash < 0 ? pointer.substring(start) : pointer.substring(start, slash);
      out.add(raw.replace("~1", "/").replace("~0", "~"));
      if (slash < 0) {
        return out;
      }
      start = slash + 1;
    }
  }
}
