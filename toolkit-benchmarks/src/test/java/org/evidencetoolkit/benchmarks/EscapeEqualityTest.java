package org.evidencetoolkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.evidencetoolkit.benchmarks.corpus.TextProfile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The escaping benchmark's three ways give the same text where they should. */
class EscapeEqualityTest {
  @ParameterizedTest
  @EnumSource(TextProfile.class)
  void ourWriterEscapesAsOwaspDoes(TextProfile profile) {
    EscapeBenchmark bench = new EscapeBenchmark();
    bench.profile = profile;
    bench.setUp();
    bench.ours();
    String ours = bench.output();
    bench.owaspForHtml();
    assertThat(ours).isEqualTo(bench.output());
    if (profile == TextProfile.ESCAPE_HEAVY) {
      assertThat(ours).contains("&lt;", "&amp;", "&#34;", "&#39;");
    }
  }

  @ParameterizedTest
  @EnumSource(value = TextProfile.class, names = "ASCII")
  void cleanTextIsCopiedAsItIs(TextProfile profile) {
    EscapeBenchmark bench = new EscapeBenchmark();
    bench.profile = profile;
    bench.setUp();
    bench.ours();
    String ours = bench.output();
    bench.plainAppend();
    assertThat(ours).isEqualTo(bench.output()).isNotEmpty();
  }
}
