package org.evidencetoolkit.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.testing.Generators;
import org.junit.jupiter.api.Test;

/**
 * The site's fast path, every file rendered into a buffer sized and made UTF-16 up front and
 * handed to the sink without a copy, writes exactly the files of the plain path, where each file
 * is an ordinary {@code StringBuilder}'s {@code String} (as {@code HtmlRenderer.renderPage}
 * returns): the same paths in the same order, byte for byte.
 */
class SiteTextBuffersTest {
  @Test
  void generatedToolkitsUnderGeneratedProfilesGiveTheSameFilesOnBothPaths() {
    qt().withExamples(40)
        .withShrinkCycles(10)
        .forAll(Generators.toolkitsUnderProfiles(), integers().between(1, 3))
        .checkAssert((toolkit, threads) -> {
          Files plain = build(SiteBuilder.builder().plainText().parallelism(threads), toolkit);
          Files buffered = build(SiteBuilder.builder().parallelism(threads), toolkit);
          assertThat(buffered.text).containsExactlyEntriesOf(plain.text);
          assertThat(plain.kinds.values()).containsOnly(String.class);
          // Proof that the fast path was taken: the stylesheet and script are constant Strings,
          // every page the buffer it was rendered into.
          assertThat(buffered.kinds.values().stream().filter(k -> k == StringBuilder.class).count())
              .isEqualTo(toolkit.interventions().size() + 2L);
        });
  }

  @Test
  void aSiteWithAPreviousEditionGivesTheSameFilesOnBothPaths() {
    Toolkit previous = SiteWithPreviousEditionTest.previous();
    Toolkit current = SiteWithPreviousEditionTest.current();
    Files plain = build(SiteBuilder.builder().previous(previous).plainText(), current);
    Files buffered = build(SiteBuilder.builder().previous(previous), current);

    assertThat(buffered.text).containsKey(SiteBuilder.CHANGES).containsExactlyEntriesOf(plain.text);
  }

  @Test
  void filesWithNothingBeyondLatin1AreTheSameOnBothPaths() {
    // Every intervention's page carries gauge glyphs, but the index and comparison of a toolkit
    // without interventions are Latin-1 throughout: the UTF-16 buffer must not change their text.
    Toolkit empty = Toolkit.builder().from(BundledSample.load()).interventions(List.of()).build();
    Files plain = build(SiteBuilder.builder().plainText(), empty);
    Files buffered = build(SiteBuilder.builder(), empty);

    assertThat(buffered.text).containsExactlyEntriesOf(plain.text);
    assertThat(buffered.kinds).containsEntry(SiteBuilder.INDEX, StringBuilder.class);
    for (String path : List.of(SiteBuilder.INDEX, SiteBuilder.COMPARE)) {
      assertThat(buffered.text.get(path)).startsWith("<!doctype html>\n")
          .satisfies(text -> assertThat(text.chars().allMatch(c -> c < 256)).as(path).isTrue());
    }
  }

  private static Files build(SiteBuilder.Builder builder, Toolkit toolkit) {
    Files files = new Files();
    try {
      List<String> written = builder.build().write(toolkit, (path, content) -> {
        files.text.put(path, content.toString());
        files.kinds.put(path, content.getClass());
      });
      assertThat(written).isEqualTo(List.copyOf(files.text.keySet()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** What the sink was given: each file's text, and the class of the sequence that held it. */
  private static final class Files {
    final Map<String, String> text = new LinkedHashMap<>();
    final Map<String, Class<?>> kinds = new LinkedHashMap<>();
  }
}
