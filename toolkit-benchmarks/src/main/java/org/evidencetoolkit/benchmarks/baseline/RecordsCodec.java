package org.evidencetoolkit.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
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
  private final ObjectMapper mapper;
  private final ObjectReader reader;
  private final ObjectWriter writer;

  private RecordsCodec(ObjectMapper mapper) {
    this.mapper = mapper;
    this.reader = mapper.readerFor(InterventionRecord.class);
    this.writer = mapper.writerFor(InterventionRecord.class);
  }

  /** JSON, pretty-printed on writing. */
  public static RecordsCodec json() {
    return new RecordsCodec(
        JsonMapper.builder()
            .changeDefaultPropertyInclusion(
                v -> JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build());
  }

  /** YAML. */
  public static RecordsCodec yaml() {
    return new RecordsCodec(
        YAMLMapper.builder()
            .changeDefaultPropertyInclusion(
                v -> JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))
            .build());
  }

  /** The mapper, for streaming parsers over the same format. */
  public ObjectMapper mapper() {
    return mapper;
  }

  /** Binds one document. */
  public InterventionRecord read(byte[] document) {
    return reader.readValue(document);
  }

  /** Writes one document. */
  public byte[] write(InterventionRecord record) {
    return writer.writeValueAsBytes(record);
  }
}
