package org.evidencetoolkit.benchmarks;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.evidencetoolkit.benchmarks.corpus.Corpus;
import org.evidencetoolkit.site.SiteBuilder;
import org.evidencetoolkit.site.SiteSink;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.render.HtmlRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * A static site of a large toolkit built by the site builder into an in-memory sink, against the
 * same number of single-page renders, on one thread and on two (each thread building a whole site,
 * so two threads show how well the work scales on two cores), and one site built by a builder that
 * renders its pages on two threads of its own ({@code SiteBuilder.Builder#parallelism(2)}, {@link
 * #siteParallel}): its throughput over {@link #site}'s, halved, is the builder's parallel
 * efficiency. The fork's heap is capped at 256 MB.
 *
 * <p>The sink counts the files and characters it is given rather than keeping every page: 10,000
 * pages of UTF-16 text are several hundred megabytes, which would measure the sink and not the
 * builder. It does not hash them either: the single pages are only measured, so a sink that read
 * every character would charge the site for work its baseline does not do.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MINUTES)
@Fork(jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
@SuppressWarnings("NullAway.Init") // JMH fills the parameters and @Setup the rest before any call
public class SiteBenchmark {
  /** How many interventions the toolkit has. */
  @Param({"10000"})
  public int documents;

  private Toolkit toolkit;
  private SiteBuilder site;
  private SiteBuilder parallelSite;
  private HtmlRenderer renderer;

  /** Builds the toolkit once per fork. */
  @Setup
  public void setUp() {
    toolkit = Corpus.toolkit(documents);
    site = SiteBuilder.defaults();
    parallelSite = SiteBuilder.builder().parallelism(2).build();
    renderer = HtmlRenderer.defaults();
  }

  /** A sink that counts the files and characters it is given. */
  static final class CountingSink implements SiteSink {
    long characters;
    int files;

    @Override
    public void write(String path, CharSequence content) {
      files++;
      characters += content.length();
    }
  }

  /** The whole site, one thread. */
  @Benchmark
  @Threads(1)
  public long site() throws IOException {
    return build(site);
  }

  /** The whole site on each of two threads. */
  @Benchmark
  @Threads(2)
  public long siteTwoThreads() throws IOException {
    return build(site);
  }

  /** The whole site, its pages rendered on two threads of the builder's own. */
  @Benchmark
  @Threads(1)
  public long siteParallel() throws IOException {
    return build(parallelSite);
  }

  /** Every intervention's page rendered on its own, one thread. */
  @Benchmark
  @Threads(1)
  public long singlePages() {
    return pages();
  }

  /** Every intervention's page rendered on its own, on each of two threads. */
  @Benchmark
  @Threads(2)
  public long singlePagesTwoThreads() {
    return pages();
  }

  private long build(SiteBuilder builder) throws IOException {
    CountingSink sink = new CountingSink();
    builder.write(toolkit, sink);
    return sink.characters + sink.files;
  }

  private long pages() {
    long characters = 0;
    for (Intervention intervention : toolkit.interventions()) {
      characters += renderer.renderPage(intervention).length();
    }
    return characters;
  }
}
