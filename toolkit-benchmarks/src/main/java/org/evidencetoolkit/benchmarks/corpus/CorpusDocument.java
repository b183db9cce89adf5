package org.evidencetoolkit.benchmarks.corpus;

import java.nio.charset.StandardCharsets;
import org.evidencetoolkit.benchmarks.baseline.InterventionRecord;
import org.evidencetoolkit.model.Intervention;

/**
 * One document of the corpus in every form a benchmark starts from. The byte arrays are shared,
 * not copied: benchmarks read them and must not change them.
 */
public final class CorpusDocument {
  private final DocumentSize size;
  private final TextProfile profile;
  private final InterventionRecord record;
  private final Intervention model;
  private final byte[] json;
  private final byte[] yaml;

  CorpusDocument(
      DocumentSize size,
      TextProfile profile,
      InterventionRecord record,
      Intervention model,
      byte[] json,
      byte[] yaml) {
    this.size = size;
    this.profile = profile;
    this.record = record;
    this.model = model;
    this.json = json;
    this.yaml = yaml;
  }

  /** Its size class. */
  public DocumentSize size() {
    return size;
  }

  /** Its text profile. */
  public TextProfile profile() {
    return profile;
  }

  /** The document as plain records, with Markdown strings. */
  public InterventionRecord record() {
    return record;
  }

  /** The document as the toolkit's model. */
  public Intervention model() {
    return model;
  }

  /** The document as JSON bytes (UTF-8). */
  @SuppressWarnings("MutablePublicArray") // shared on purpose: a copy per call would be measured
  public byte[] json() {
    return json;
  }

  /** The document as YAML bytes (UTF-8). */
  public byte[] yaml() {
    return yaml;
  }

  /** The JSON as text, for messages and tests. */
  public String jsonText() {
    return new String(json, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return size + "/" + profile + " (" + json.length + " B JSON, " + yaml.length + " B YAML)";
  }
}
