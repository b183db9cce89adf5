package org.evidencetoolkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;
import org.evidencetoolkit.benchmarks.baseline.LinkAddresses;
import org.evidencetoolkit.benchmarks.corpus.TextProfile;
import org.evidencetoolkit.model.LinkPolicy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The link benchmark's two checks agree on every address they are timed on, and see them all. */
class LinkEqualityTest {
  @ParameterizedTest
  @EnumSource(TextProfile.class)
  void bothChecksWriteTheSameAddresses(TextProfile profile) {
    LinkBenchmark bench = new LinkBenchmark();
    bench.profile = profile;
    bench.setUp();
    URI[] addresses = LinkBenchmark.addresses(
        org.evidencetoolkit.benchmarks.corpus.Corpus
            .document(org.evidencetoolkit.benchmarks.corpus.DocumentSize.MEDIUM, profile)
            .model());
    // A medium document has thirty or forty: links in its paragraphs and list items, and its
    // resources, every seventh of them a mailto address.
    assertThat(addresses.length).isGreaterThanOrEqualTo(25);
    assertThat(addresses).anyMatch(a -> "mailto".equals(a.getScheme()));
    for (URI address : addresses) {
      assertThat(LinkPolicy.href(address))
          .as("%s", address)
          .isEqualTo(Optional.ofNullable(LinkAddresses.href(address)));
    }
    assertThat(bench.ours()).isEqualTo(bench.linkAddresses()).isEqualTo(addresses.length);
  }
}
