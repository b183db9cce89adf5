package org.evidencetoolkit.io.internal;

import java.io.Writer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import org.jspecify.annotations.Nullable;

/**
 * Writes the canonical JSON layout through Jackson's streaming generator: two-space indentation,
 * {@code "name": value}, one list item per line, {@code []} and {@code {}} for empty containers,
 * and a final newline.
 *
 * <p>Escapes are the format's: the two-character escapes JSON names ({@code \" \\ \n \r \t \b
 * \f}), {@code \}{@code u} with lower-case hex digits for the other C0 controls, DEL, the C1
 * controls, U+2028, U+2029 and the byte order mark (which some readers take for line ends or
 * drop), and every other character as itself, {@code /} included.
 *
 * <p>The text is held in a buffer until the document is complete, so that a document the
 * canonical writer refuses part way through leaves nothing in the caller's output.
 */
public final class JsonSink implements DocumentSink {
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
          .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
          .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
          .build();
  private static final CharacterEscapes ESCAPES = new FormatEscapes();

  private final StringBuilder text;
  private final JsonGenerator generator;

  /** A sink writing into a fresh buffer; {@link #finish()} gives the text. */
  public JsonSink() {
    this.text = new StringBuilder(4096);
    this.generator = FACTORY.createGenerator(new Context(), new BuilderWriter(text));
  }

  /** Closes the document and gives its text, final newline included. */
  public StringBuilder finish() {
    generator.close();
    text.append('\n');
    return text;
  }

  @Override
  public void startObject() {
    generator.writeStartObject();
  }

  @Override
  public void endObject() {
    generator.writeEndObject();
  }

  @Override
  public void name(String name) {
    generator.writeName(name);
  }

  @Override
  public void startArray() {
    generator.writeStartArray();
  }

  @Override
  public void endArray() {
    generator.writeEndArray();
  }

  @Override
  public void string(String value) {
    generator.writeString(value);
  }

  @Override
  public void number(String digits) {
    generator.writeNumber(digits);
  }

  @Override
  public void bool(boolean value) {
    generator.writeBoolean(value);
  }

  @Override
  public void nullValue() {
    generator.writeNull();
  }

  /** The layout and escapes of this one generator. */
  private static final class Context extends ObjectWriteContext.Base {
    @Override
    public CharacterEscapes getCharacterEscapes() {
      return ESCAPES;
    }

    @Override
    public PrettyPrinter getPrettyPrinter() {
      return new Layout();
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  }

  /** The canonical layout; one per generator, since it counts the depth. */
  private static final class Layout implements PrettyPrinter {
    private int depth;

    private void newLine(JsonGenerator g) {
      g.writeRaw('\n');
      for (int i = 0; i < depth; i++) {
        g.writeRaw("  ");
      }
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) {
      // one value per document
    }

    @Override
    public void writeStartObject(JsonGenerator g) {
      g.writeRaw('{');
      depth++;
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) {
      newLine(g);
    }

    @Override
    public void writeObjectNameValueSeparator(JsonGenerator g) {
      g.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) {
      g.writeRaw(',');
      newLine(g);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) {
      depth--;
      if (entries > 0) {
        newLine(g);
      }
      g.writeRaw('}');
    }

    @Override
    public void writeStartArray(JsonGenerator g) {
      g.writeRaw('[');
      depth++;
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) {
      newLine(g);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) {
      g.writeRaw(',');
      newLine(g);
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) {
      depth--;
      if (values > 0) {
        newLine(g);
      }
      g.writeRaw(']');
    }
  }

  /** The format's escapes over JSON's standard ones. */
  private static final class FormatEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii;

    FormatEscapes() {
      int[] codes = CharacterEscapes.standardAsciiEscapesForJSON();
      codes[0x7F] = CharacterEscapes.ESCAPE_STANDARD;
      this.ascii = codes;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public @Nullable SerializableString getEscapeSequence(int c) {
      if ((c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029 || c == 0xFEFF) {
        return new SerializedString(String.format(java.util.Locale.ROOT, "\\u%04x", c));
      }
      return null;
    }
  }

  /** An unsynchronised writer into a {@link StringBuilder}. */
  private static final class BuilderWriter extends Writer {
    private final StringBuilder out;

    BuilderWriter(StringBuilder out) {
      this.out = out;
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
    public void write(int c) {
      out.append((char) c);
    }

    @Override
    public void flush() {
      // nothing is held
    }

    @Override
    public void close() {
      // nothing to release
    }
  }
}
