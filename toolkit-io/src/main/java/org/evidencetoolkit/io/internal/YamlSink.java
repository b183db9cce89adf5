package org.evidencetoolkit.io.internal;

import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.NonPrintableStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.emitter.Emitter;
import org.snakeyaml.engine.v2.events.DocumentEndEvent;
import org.snakeyaml.engine.v2.events.DocumentStartEvent;
import org.snakeyaml.engine.v2.events.ImplicitTuple;
import org.snakeyaml.engine.v2.events.MappingEndEvent;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.events.SequenceEndEvent;
import org.snakeyaml.engine.v2.events.SequenceStartEvent;
import org.snakeyaml.engine.v2.events.StreamEndEvent;
import org.snakeyaml.engine.v2.events.StreamStartEvent;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.JsonScalarResolver;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

/**
 * Writes the canonical form as YAML, event by event: block style, two-space indentation with list dashes indented
 * under their key, no document marker, no line folding, a trailing newline.
 *
 * <p>Scalars are plain where the YAML emitter allows it and the reader's resolver (the YAML 1.2
 * JSON schema, which Jackson's parser uses) would read the plain text back as text; otherwise
 * single-quoted. Text with a line break is a literal block. Text holding characters that YAML
 * normalises or cannot show (U+0085, U+2028, U+2029, CR, the byte order mark, controls) is always
 * double-quoted, where every character can be escaped.
 *
 * <p>Why the YAML engine's emitter rather than Jackson's {@code YAMLGenerator} (which wraps the
 * same emitter): the generator chooses a literal block for any text containing a newline and
 * cannot be told otherwise, and a literal block turns U+0085 into a newline; writing events
 * directly lets the style be chosen per value.
 */
public final class YamlSink implements DocumentSink {
  private static final DumpSettings SETTINGS =
      DumpSettings.builder()
          .setDefaultFlowStyle(FlowStyle.BLOCK)
          .setExplicitStart(false)
          .setExplicitEnd(false)
          .setIndent(2)
          .setIndicatorIndent(2)
          .setIndentWithIndicator(true)
          .setSplitLines(false)
          .setWidth(Integer.MAX_VALUE / 2)
          .setUseUnicodeEncoding(true)
          .setNonPrintableStyle(NonPrintableStyle.ESCAPE)
          .setBestLineBreak("\n")
          .build();
  private static final ScalarResolver RESOLVER = new JsonScalarResolver();
  private static final ImplicitTuple NUMBER = new ImplicitTuple(true, true);

  private final StringBuilder buffer = new StringBuilder(4096);
  private final Emitter emitter;

  /** A sink writing into a fresh buffer; {@link #finish()} gives the text. */
  public YamlSink() {
    StringBuilder into = buffer;
    this.emitter = new Emitter(SETTINGS, new StreamDataWriter() {
      @Override
      public void write(String str) {
        into.append(str);
      }

      @Override
      public void write(String str, int off, int len) {
        into.append(str, off, off + len);
      }
    });
    emitter.emit(new StreamStartEvent());
    emitter.emit(new DocumentStartEvent(false, Optional.empty(), Map.of()));
  }

  /** Closes the document and gives its text, which ends with a newline. */
  public StringBuilder finish() {
    emitter.emit(new DocumentEndEvent(false));
    emitter.emit(new StreamEndEvent());
    if (buffer.length() == 0 || buffer.charAt(buffer.length() - 1) != '\n') {
      buffer.append('\n');
    }
    return buffer;
  }

  @Override
  public void startObject() {
    emitter.emit(new MappingStartEvent(Optional.empty(), Optional.empty(), true, FlowStyle.BLOCK));
  }

  @Override
  public void endObject() {
    emitter.emit(new MappingEndEvent());
  }

  @Override
  public void name(String name) {
    emitter.emit(text(name));
  }

  @Override
  public void startArray() {
    emitter.emit(new SequenceStartEvent(Optional.empty(), Optional.empty(), true, FlowStyle.BLOCK));
  }

  @Override
  public void endArray() {
    emitter.emit(new SequenceEndEvent());
  }

  @Override
  public void string(String text) {
    emitter.emit(text(text));
  }

  @Override
  public void number(String digits) {
    emitter.emit(plain(digits));
  }

  @Override
  public void bool(boolean value) {
    // Plain and implicit, like a number: YAML's core schema reads it back as a boolean.
    emitter.emit(plain(value ? "true" : "false"));
  }

  @Override
  public void nullValue() {
    emitter.emit(plain("null"));
  }

  private static ScalarEvent plain(String text) {
    return new ScalarEvent(Optional.empty(), Optional.empty(), NUMBER, text, ScalarStyle.PLAIN);
  }

  private static ScalarEvent text(String text) {
    // plain is allowed only if the resolver reads the plain text back as a string
    boolean plainIsText = Tag.STR.equals(RESOLVER.resolve(text, true));
    ImplicitTuple implicit = new ImplicitTuple(plainIsText, true);
    ScalarStyle style;
    if (needsEscapes(text)) {
      style = ScalarStyle.DOUBLE_QUOTED;
    } else if (text.indexOf('\n') >= 0) {
      style = ScalarStyle.LITERAL;
    } else {
      style = ScalarStyle.PLAIN; // the emitter falls back to quotes where plain is not allowed
    }
    return new ScalarEvent(Optional.empty(), Optional.empty(), implicit, text, style);
  }

  /** Whether only double quotes keep every character of the text. */
  static boolean needsEscapes(String value) {
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      if (!printable(cp) || cp == '\r' || cp == 0x85 || cp == 0x2028 || cp == 0x2029
          || cp == 0xfeff) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /** YAML 1.2's c-printable. */
  private static boolean printable(int cp) {
    return cp == 0x09 || cp == 0x0a || cp == 0x0d
        || (cp >= 0x20 && cp <= 0x7e)
        || cp == 0x85
        || (cp >= 0xa0 && cp <= 0xd7ff)
        || (cp >= 0xe000 && cp <= 0xfffd)
        || (cp >= 0x10000 && cp <= 0x10ffff);
  }
}
