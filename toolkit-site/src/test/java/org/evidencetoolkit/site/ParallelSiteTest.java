package org.evidencetoolkit.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.render.html.HtmlPart;
import org.evidencetoolkit.render.html.HtmlPartRenderer;
import org.evidencetoolkit.testing.Generators;
import org.junit.jupiter.api.Test;

/**
 * A site rendered on several threads ({@link SiteBuilder.Builder#parallelism}) is the site
 * rendered on one: the same files, in the same order, byte for byte, with the sink and the
 * progress told only on the calling thread; a failure on a rendering thread reaches the caller
 * as itself, and no thread is left behind.
 */
class ParallelSiteTest {
  /** Enough pages for many chunks and for the queue of chunks ahead to refill several times. */
  private static final int LARGE = 300;

  @Test
  void generatedToolkitsUnderGeneratedProfilesGiveTheSameSiteOnAnyNumberOfThreads() {
    // Copies of the generated interventions make the site long enough for many chunks of pages.
    // Few shrink cycles: each one builds two sites, and a failure is plain from the first example.
    qt().withExamples(20)
        .withShrinkCycles(10)
        .forAll(Generators.toolkitsUnderProfiles(), integers().between(1, 100), integers().between(2, 6))
        .checkAssert((generated, pages, threads) -> {
          Toolkit toolkit = copies(generated, pages, true);
          Recorded serial = buildUnchecked(SiteBuilder.builder(), toolkit);
          Recorded parallel = buildUnchecked(SiteBuilder.builder().parallelism(threads), toolkit);
          assertThat(parallel.files).as("%d threads", threads).containsExactlyEntriesOf(serial.files);
          assertThat(parallel.written).isEqualTo(serial.written);
        });
  }

  @Test
  void aLargeSiteWithAPreviousEditionIsTheSameOnTwoThreadsAndWrittenInOrderOnTheCallingThread() throws IOException {
    Toolkit current = large(SiteWithPreviousEditionTest.current());
    Toolkit previous = large(SiteWithPreviousEditionTest.previous());
    Recorded serial = build(SiteBuilder.builder().previous(previous), current);
    Recorded parallel = build(SiteBuilder.builder().previous(previous).parallelism(2), current);

    assertThat(serial.files).hasSize(LARGE + 5).containsKey(SiteBuilder.CHANGES);
    assertThat(parallel.files).containsExactlyEntriesOf(serial.files);
    assertThat(parallel.written).isEqualTo(serial.written).isEqualTo(List.copyOf(serial.files.keySet()));
    assertThat(parallel.sinkThreads).containsOnly(Thread.currentThread().getName());
    assertThat(parallel.progressThreads).containsOnly(Thread.currentThread().getName());
    List<Integer> counts = new ArrayList<>();
    for (int n = 1; n <= LARGE + 5; n++) {
      counts.add(n);
    }
    assertThat(parallel.progress).isEqualTo(counts);
  }

  @Test
  void aPageThatFailsOnARenderingThreadFailsTheWriteWithItsOwnExceptionAndStopsTheThreads() {
    Toolkit toolkit = large(BundledSample.load());
    String failing = toolkit.interventions().get(LARGE / 2).id();
    SiteBuilder builder = SiteBuilder.builder()
        .parallelism(3)
        .partRendererFactory(context -> new HtmlPartRenderer() {
          @Override
          public Set<Class<? extends HtmlPart>> partTypes() {
            return Set.of(HtmlPart.Header.class);
          }

          @Override
          public void render(HtmlPart part) {
            if (part instanceof HtmlPart.Header header && header.intervention().id().equals(failing)) {
              throw new IllegalStateException("no page for " + failing);
            }
            context.renderDefault(part);
          }
        })
        .build();
    InMemorySiteSink sink = SiteSink.inMemory();

    assertThatThrownBy(() -> builder.write(toolkit, sink))
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("no page for " + failing);
    // What was written is the start of the site, in order, and stops before the failing page.
    List<String> paths = builder.paths(toolkit);
    List<String> written = List.copyOf(sink.files().keySet());
    assertThat(paths.subList(0, written.size())).isEqualTo(written);
    assertThat(written).doesNotContain(SiteBuilder.pagePath(toolkit.interventions().get(LARGE / 2)));
    assertNoRenderingThreadLeft();
  }

  @Test
  void aSinkThatFailsFailsTheWriteWithItsIoExceptionAndStopsTheThreads() {
    Toolkit toolkit = large(BundledSample.load());
    List<String> stored = new ArrayList<>();
    SiteSink failing = (path, content) -> {
      if (stored.size() == 40) {
        throw new IOException("disk full at " + path);
      }
      stored.add(path);
    };

    assertThatThrownBy(() -> SiteBuilder.builder().parallelism(2).build().write(toolkit, failing))
        .isExactlyInstanceOf(IOException.class)
        .hasMessageStartingWith("disk full at interventions/");
    assertThat(stored).hasSize(40);
    assertNoRenderingThreadLeft();
  }

  @Test
  void parallelismBelowOneIsRefused() {
    assertThatThrownBy(() -> SiteBuilder.builder().parallelism(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1");
  }

  /** The rendering threads are stopped when {@code write} returns or throws (interrupted at once). */
  private static void assertNoRenderingThreadLeft() {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (renderingThreads() > 0 && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    assertThat(renderingThreads()).as("threads named site-pages still alive").isZero();
  }

  private static long renderingThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals("site-pages") && t.isAlive())
        .count();
  }

  /** {@value #LARGE} interventions, copies of the toolkit's own under new ids, in a fixed order. */
  private static Toolkit large(Toolkit toolkit) {
    return copies(toolkit, LARGE, false);
  }

  /**
   * The toolkit with {@code count} interventions (at least its own), copies of its own under new
   * ids. The originals keep their ids, so the changes and "Updated" marks of an edition still
   * apply and, with {@code keepRelated}, related ids still resolve.
   */
  private static Toolkit copies(Toolkit toolkit, int count, boolean keepRelated) {
    List<Intervention> base = toolkit.interventions();
    if (base.isEmpty()) {
      return toolkit;
    }
    List<Intervention> interventions = new ArrayList<>(base);
    for (int n = base.size(); n < count; n++) {
      Intervention i = base.get(n % base.size());
      // Ids are at most 64 characters: the copy's number replaces the end of a long one.
      String suffix = "-copy-" + n;
      String stem = i.id().length() + suffix.length() > 64 ? i.id().substring(0, 64 - suffix.length()) : i.id();
      Intervention.Builder copy = Intervention.builder().from(i).id(stem.replaceAll("-+$", "") + suffix);
      interventions.add(keepRelated ? copy.build() : copy.related(List.of()).build());
    }
    return Toolkit.builder().from(toolkit).interventions(interventions).build();
  }

  private static Recorded buildUnchecked(SiteBuilder.Builder builder, Toolkit toolkit) {
    try {
      return build(builder, toolkit);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Recorded build(SiteBuilder.Builder builder, Toolkit toolkit) throws IOException {
    Recorded recorded = new Recorded();
    SiteBuilder site = builder.progress((written, total) -> {
      recorded.progress.add(written);
      recorded.progressThreads.add(Thread.currentThread().getName());
    }).build();
    recorded.written.addAll(site.write(toolkit, (path, content) -> {
      recorded.sinkThreads.add(Thread.currentThread().getName());
      recorded.files.put(path, content.toString());
    }));
    return recorded;
  }

  /** What a site build told its sink and its progress, and on which threads. */
  private static final class Recorded {
    final Map<String, String> files = new LinkedHashMap<>();
    final List<String> written = new ArrayList<>();
    final List<Integer> progress = new ArrayList<>();
    final Set<String> sinkThreads = new HashSet<>();
    final Set<String> progressThreads = new HashSet<>();
  }
}
