package org.evidencetoolkit.render.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The default stylesheet, read once from {@code default.css} beside this class. */
public final class DefaultCss {
  private static final String TEXT = read();

  private DefaultCss() {}

  /** The stylesheet's text. */
  public static String text() {
    return TEXT;
  }

  private static String read() {
    try (InputStream in = DefaultCss.class.getResourceAsStream("default.css")) {
      if (in == null) {
        throw new IllegalStateException("default.css is missing from the toolkit-render jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
