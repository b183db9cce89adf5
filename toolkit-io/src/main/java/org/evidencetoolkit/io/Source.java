package org.evidencetoolkit.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Objects;
import org.evidencetoolkit.io.internal.InputDecoder;
import org.evidencetoolkit.io.internal.ProblemCollector;
import org.jspecify.annotations.Nullable;

/**
 * A document held by the caller — text, bytes, a stream or a reader — and the name problems give
 * it. {@link ToolkitReader} reads one of these wherever it reads a {@link java.nio.file.Path}, so
 * what to read (the reader's method) and where from are chosen apart, as with Jackson's {@code
 * ObjectReader.readValue(source)}.
 *
 * <pre>{@code
 * Source.named("request body").text(json)            // problems say request body:3:7
 * Source.named("<stdin>").stream(System.in)          // read once, never past the size limit
 * Source.named("upload.yaml").bytes(utf8)
 * }</pre>
 *
 * <p>The name and the content are given by separate calls, so they cannot be swapped. Bytes and
 * streams are UTF-8 (other encodings are refused, named); a stream or reader is read once, no
 * further than {@link ReadLimits#maxDocumentBytes()}, and not closed, so a source over one can be
 * read once. The format is the reader's {@linkplain ToolkitReader#with(DocumentFormat)
 * configured one}, else told from the first character (an opening brace or bracket for JSON,
 * else YAML); the name is only a name, whatever it ends with.
 */
public final class Source {
  private final String name;
  private final Content content;
  /** The caller's bytes, for a source made by {@link Named#bytes}; else null. */
  private final byte @Nullable [] utf8;

  private Source(String name, Content content) {
    this(name, content, null);
  }

  private Source(String name, Content content, byte @Nullable [] utf8) {
    this.name = name;
    this.content = content;
    this.utf8 = utf8;
  }

  /**
   * The first half of a source: its name, as problems and located violations show it ({@code
   * request body}, {@code <stdin>}, {@code upload.yaml}).
   */
  public static Named named(String name) {
    return new Named(Objects.requireNonNull(name, "name"));
  }

  /** The name problems give this source. */
  public String name() {
    return name;
  }

  /** The {@linkplain #name() name}. */
  @Override
  public String toString() {
    return name;
  }

  /**
   * The bytes of a source made by {@link Named#bytes}, which a reader may hand to a parser
   * directly when they read as they are; else null.
   */
  byte @Nullable [] utf8() {
    return utf8;
  }

  /** The checked text, or null after adding its problems. */
  @Nullable String decode(ReadLimits limits, ProblemCollector problems) throws IOException {
    return content.decode(limits, problems);
  }

  /** Turns one kind of input into checked text, reporting encoding and size problems. */
  @FunctionalInterface
  private interface Content {
    @Nullable String decode(ReadLimits limits, ProblemCollector problems) throws IOException;
  }

  /**
   * A name waiting for its content; see {@link Source#named(String)}.
   *
   * <pre>{@code
   * Source body = Source.named("request body").text(json);
   * }</pre>
   */
  public static final class Named {
    private final String name;

    private Named(String name) {
      this.name = name;
    }

    /** Text, measured for the size limit as its UTF-8 encoding. */
    public Source text(String text) {
      Objects.requireNonNull(text, "text");
      return new Source(name,
          (limits, problems) -> InputDecoder.fromString(text, name, limits, problems));
    }

    /** UTF-8 bytes; the array is read when the source is, so it must not change before. */
    public Source bytes(byte[] utf8) {
      Objects.requireNonNull(utf8, "utf8");
      return new Source(name,
          (limits, problems) -> InputDecoder.fromBytes(utf8, name, limits, problems), utf8);
    }

    /** A UTF-8 stream, read once within the size limit and not closed. */
    public Source stream(InputStream utf8) {
      Objects.requireNonNull(utf8, "utf8");
      return new Source(name,
          (limits, problems) -> InputDecoder.fromStream(utf8, name, limits, problems));
    }

    /** Characters, read once within the size limit (counted as UTF-8) and not closed. */
    public Source reader(Reader text) {
      Objects.requireNonNull(text, "text");
      return new Source(name,
          (limits, problems) -> InputDecoder.fromReader(text, name, limits, problems));
    }
  }
}
