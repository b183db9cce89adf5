package org.evidencetoolkit.benchmarks;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.evidencetoolkit.benchmarks.baseline.LinkAddresses;
import org.evidencetoolkit.benchmarks.corpus.Corpus;
import org.evidencetoolkit.benchmarks.corpus.DocumentSize;
import org.evidencetoolkit.benchmarks.corpus.TextProfile;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.LinkPolicy;
import org.evidencetoolkit.model.Resource;
import org.evidencetoolkit.model.text.Link;
import org.evidencetoolkit.model.text.RichText;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The link check a page makes for every link it writes: the model's {@link LinkPolicy#href} (the
 * one policy of the content rule and the renderers) against the jte and mustache baselines'
 * {@code LinkAddresses.href}, over every link address of a medium document. One operation checks
 * them all. It tells how much of a page's time each side spends deciding which links to write.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@SuppressWarnings("NullAway.Init") // JMH fills the parameters and @Setup the rest before any call
public class LinkBenchmark {
  /** The text profile: it decides the addresses' query strings (escapes, ampersands). */
  @Param({"ASCII", "TYPOGRAPHIC", "ESCAPE_HEAVY"})
  public TextProfile profile;

  private URI[] addresses;

  /** Collects the document's link addresses, in page order. */
  @Setup
  public void setUp() {
    addresses = addresses(Corpus.document(DocumentSize.MEDIUM, profile).model());
  }

  /** Every link address of the document, in page order: its rich text's, then its resources'. */
  static URI[] addresses(Intervention intervention) {
    List<URI> out = new ArrayList<>();
    links(intervention.whatIsIt(), out);
    links(intervention.effectiveness(), out);
    links(intervention.evidenceSecurity(), out);
    links(intervention.costDetails(), out);
    intervention.implementation().forEach(tip -> links(tip.body(), out));
    links(intervention.topicSummary(), out);
    for (RichText text : intervention.sections().values()) {
      links(text, out);
    }
    for (Resource resource : intervention.resources()) {
      resource.url().ifPresent(out::add);
    }
    return out.toArray(new URI[0]);
  }

  private static void links(RichText text, List<URI> out) {
    for (Link link : text.links()) {
      out.add(link.url());
    }
  }

  /** The model's link policy, as the renderers ask it. */
  @Benchmark
  public int ours() {
    int allowed = 0;
    for (URI address : addresses) {
      if (LinkPolicy.href(address).isPresent()) {
        allowed++;
      }
    }
    return allowed;
  }

  /** The baselines' compact version of the same policy. */
  @Benchmark
  public int linkAddresses() {
    int allowed = 0;
    for (URI address : addresses) {
      if (LinkAddresses.href(address) != null) {
        allowed++;
      }
    }
    return allowed;
  }
}
