package org.evidencetoolkit.benchmarks.corpus;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.evidencetoolkit.benchmarks.baseline.InterventionRecord;
import org.evidencetoolkit.benchmarks.baseline.MarkdownFields;
import org.evidencetoolkit.benchmarks.baseline.RecordsCodec;
import org.evidencetoolkit.benchmarks.baseline.RecordsToModel;
import org.evidencetoolkit.io.DocumentFormat;
import org.evidencetoolkit.io.ToolkitWriter;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Slugs;
import org.evidencetoolkit.model.Toolkit;

/**
 * The benchmark corpus: one document per {@link DocumentSize} and {@link TextProfile}, and a large
 * toolkit for the site benchmarks. Everything is derived from {@link #SEED}, so every run and every
 * machine measures the same bytes.
 *
 * <pre>{@code
 * CorpusDocument doc = Corpus.document(DocumentSize.MEDIUM, TextProfile.ESCAPE_HEAVY);
 * Toolkit big = Corpus.toolkit(10_000);
 * }</pre>
 */
public final class Corpus {
  /** The seed of every document. */
  public static final long SEED = 0x5EED_2026_11_26L;

  /** How many distinct documents the large toolkit is built from. */
  static final int POOL_VARIANTS = 4;

  private static final List<CorpusDocument> DOCUMENTS = build();

  private Corpus() {}

  /** The document of this size and profile. */
  public static CorpusDocument document(DocumentSize size, TextProfile profile) {
    for (CorpusDocument document : DOCUMENTS) {
      if (document.size() == size && document.profile() == profile) {
        return document;
      }
    }
    throw new AssertionError("the corpus holds every size and profile");
  }

  /** Every document, by size then profile. */
  public static List<CorpusDocument> all() {
    return DOCUMENTS;
  }

  /**
   * A toolkit of {@code count} interventions with distinct ids and titles whose sections come from
   * a pool of {@value #POOL_VARIANTS} documents per size and profile. Sharing the section objects
   * keeps 10,000 documents in a few megabytes while every page still renders in full; each
   * intervention relates to its two neighbours, so {@code toolkit.related-resolves} holds.
   */
  public static Toolkit toolkit(int count) {
    List<Intervention> pool = new ArrayList<>();
    for (int variant = 0; variant < POOL_VARIANTS; variant++) {
      for (DocumentSize size : DocumentSize.values()) {
        for (TextProfile profile : TextProfile.values()) {
          pool.add(model(generate(size, profile, variant)));
        }
      }
    }
    Toolkit.Builder toolkit = Toolkit.builder().title("Benchmark toolkit of " + count + " approaches");
    for (int n = 0; n < count; n++) {
      Intervention base = pool.get(n % pool.size());
      toolkit.addIntervention(
          Intervention.builder()
              .from(base)
              .id(id(n))
              .title(base.title() + " " + (n + 1))
              .related(List.of(id((n + 1) % count), id((n + count - 1) % count)))
              .build());
    }
    return toolkit.build();
  }

  private static String id(int n) {
    return String.format(Locale.ROOT, "approach-%05d", n + 1);
  }

  /**
   * Each document is generated as records with Markdown, turned into the model, then written by
   * the toolkit's canonical writer: the bytes every benchmark reads are canonical JSON and YAML,
   * so a round trip gives them back unchanged.
   */
  private static List<CorpusDocument> build() {
    RecordsCodec records = RecordsCodec.json();
    ToolkitWriter json = ToolkitWriter.builder().format(DocumentFormat.JSON).build();
    ToolkitWriter yaml = ToolkitWriter.builder().format(DocumentFormat.YAML).build();
    List<CorpusDocument> all = new ArrayList<>();
    for (DocumentSize size : DocumentSize.values()) {
      for (TextProfile profile : TextProfile.values()) {
        Intervention model = model(generate(size, profile, 0));
        byte[] jsonBytes = json.writeAsString(model).getBytes(StandardCharsets.UTF_8);
        byte[] yamlBytes = yaml.writeAsString(model).getBytes(StandardCharsets.UTF_8);
        all.add(new CorpusDocument(size, profile, records.read(jsonBytes), model, jsonBytes, yamlBytes));
      }
    }
    return List.copyOf(all);
  }

  private static InterventionRecord generate(DocumentSize size, TextProfile profile, int variant) {
    // String.hashCode is specified, so the seed is the same on every JVM.
    long seed = SEED + 1_000L * size.name().hashCode() + 100L * profile.name().hashCode() + variant;
    String id = Slugs.kebab(size) + "-" + Slugs.kebab(profile) + "-" + variant;
    return new DocumentGenerator(seed, profile).generate(id, size);
  }

  private static Intervention model(InterventionRecord record) {
    return RecordsToModel.toModel(MarkdownFields.parse(record));
  }
}
