package org.evidencetoolkit.benchmarks.baseline;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.evidencetoolkit.model.Intervention;
import org.owasp.encoder.Encode;

/**
 * The typical-engine HTML baseline: the page as mustache.java templates (resources under {@code
 * org/evidencetoolkit/benchmarks/mustache}), compiled once, escaping every value. mustache.java's
 * own escaper also rewrites {@code =} and backticks; the pages must be byte-equal, so the factory
 * escapes with OWASP's {@code Encode.forHtml}, the toolkit's escaper.
 */
public final class MustachePage {
  private final Mustache page;
  private final String css;

  /**
   * A renderer whose pages carry this stylesheet inline.
   *
   * @param css the stylesheet
   */
  public MustachePage(String css) {
    this.css = PageView.css(css);
    DefaultMustacheFactory factory =
        new DefaultMustacheFactory("org/evidencetoolkit/benchmarks/mustache") {
          @Override
          public void encode(String value, Writer writer) {
            try {
              Encode.forHtml(writer, value);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
        };
    this.page = factory.compile("page.mustache");
  }

  /** The page as a string. */
  public String render(Intervention intervention) {
    StringBuilderWriter out = new StringBuilderWriter(32_768);
    page.execute(out, PageView.of(intervention, css));
    return out.toString();
  }

  /** The page as UTF-8 bytes, through a writer over a byte stream. */
  public byte[] renderUtf8(Intervention intervention) {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(32_768);
    try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      page.execute(out, PageView.of(intervention, css));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** A writer into a {@link StringBuilder}, without {@link java.io.StringWriter}'s locking. */
  private static final class StringBuilderWriter extends Writer {
    private final StringBuilder out;

    StringBuilderWriter(int capacity) {
      this.out = new StringBuilder(capacity);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
      out.append(chars, offset, length);
    }

    @Override
    public void write(String s, int offset, int length) {
      out.append(s, offset, offset + length);
    }

    @Override
    public Writer append(CharSequence s) {
      out.append(s);
      return this;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    @Override
    public String toString() {
      return out.toString();
    }
  }
}
