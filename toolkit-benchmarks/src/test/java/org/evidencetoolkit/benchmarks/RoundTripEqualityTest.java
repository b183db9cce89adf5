package org.evidencetoolkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.evidencetoolkit.benchmarks.corpus.Corpus;
import org.evidencetoolkit.benchmarks.corpus.CorpusDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Both JSON round trips give back the canonical bytes they were given. */
class RoundTripEqualityTest {
  static Stream<CorpusDocument> documents() {
    return Corpus.all().stream();
  }

  @ParameterizedTest
  @MethodSource("documents")
  void bothRoundTripsAreTheIdentityOnCanonicalJson(CorpusDocument doc) {
    RoundTripBenchmark bench = new RoundTripBenchmark();
    bench.size = doc.size();
    bench.profile = doc.profile();
    bench.setUp();
    String ours = new String(bench.ours(), StandardCharsets.UTF_8);
    assertThat(ours).isEqualTo(doc.jsonText()).startsWith("{\n  \"formatVersion\": 1,");
    assertThat(new String(bench.jacksonRecords(), StandardCharsets.UTF_8)).isEqualTo(ours);
  }
}
