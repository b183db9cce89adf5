package org.evidencetoolkit.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Jackson 3 databind between document bytes and {@link InterventionRecord}s: the plain way to read
 * and write the format without the toolkit. Empty fields are left out on writing, as the
 * toolkit's canonical writer does.
 */
public final class RecordsCodec {
  private final ObjectReader reader;
  private final ObjectWriter writer;

  private final boolean finalNewline;

  private RecordsCodec(ObjectMapper mapper, ObjectWriter writer, boolean finalNewline) {
    this.reader = mapper.readerFor(InterventionRecord.class);
    this.writer = writer;
    this.finalNewline = finalNewline;
  }

  /**
   * JSON, written the way the toolkit's canonical writer lays it out: two-space indentation,
   * {@code "name": value}, one array element per line, a final line break.
   */
  public static RecordsCodec json() {
    JsonMapper mapper =
        JsonMapper.builder()
            .changeDefaultPropertyInclusion(
                v -> JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))
            .build();
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter layout =
        new DefaultPrettyPrinter(
                Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER))
            .withArrayIndenter(indenter)
            .withObjectIndenter(indenter);
    return new RecordsCodec(
        mapper,
        mapper.writerFor(InterventionRecord.class).with(layout).with(SerializationFeature.INDENT_OUTPUT),
        true);
  }

  /** YAML. */
  public static RecordsCodec yaml() {
    YAMLMapper mapper =
        YAMLMapper.builder()
            .changeDefaultPropertyInclusion(
                v -> JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))
            .build();
    return new RecordsCodec(mapper, mapper.writerFor(InterventionRecord.class), false);
  }

  /** Binds one document. */
  public InterventionRecord read(byte[] document) {
    return reader.readValue(document);
  }

  /** Writes one document. */
  public byte[] write(InterventionRecord record) {
    byte[] bytes = writer.writeValueAsBytes(record);
    if (!finalNewline) {
      return bytes;
    }
    byte[] line = java.util.Arrays.copyOf(bytes, bytes.length + 1);
    line[bytes.length] = '\n';
    return line;
  }
}
