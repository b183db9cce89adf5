package org.evidencetoolkit.io.internal;

import java.io.IOException;
import java.io.StringWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Writes the canonical tree as YAML through Jackson's YAML generator (so quoting is decided by a
 * YAML emitter, not by hand): block style, no document marker, quotes only where YAML needs them
 * ({@code "?"}, {@code "null"}, {@code "21"} as text…), multi-line text as literal blocks, no line
 * folding, a trailing newline.
 */
public final class YamlEmitter {
  private static final YAMLFactory FACTORY =
      YAMLFactory.builder()
          .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
          .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
          .enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
          .disable(YAMLWriteFeature.SPLIT_LINES)
          .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
          .build();

  private YamlEmitter() {}

  /** Writes the value; the output ends with a newline. */
  public static void write(Out value, Appendable out) throws IOException {
    StringWriter buffer = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), buffer)) {
      value(value, g);
    }
    String text = buffer.toString();
    out.append(text);
    if (!text.endsWith("\n")) {
      out.append('\n');
    }
  }

  private static void value(Out value, JsonGenerator g) {
    if (value instanceof Out.Str s) {
      g.writeString(s.text());
    } else if (value instanceof Out.Num n) {
      g.writeNumber(n.digits());
    } else if (value instanceof Out.Arr a) {
      g.writeStartArray();
      for (Out item : a.items()) {
        value(item, g);
      }
      g.writeEndArray();
    } else if (value instanceof Out.Obj o) {
      g.writeStartObject();
      for (Out.Field field : o.fields()) {
        g.writeName(field.name());
        value(field.value(), g);
      }
      g.writeEndObject();
    }
  }
}
