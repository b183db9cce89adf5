package org.evidencetoolkit.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Toolkit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@link Renderer} keeps the one contract: the {@code Appendable} forms write exactly what
 * the {@code String} forms return, to any appendable, and an appendable's {@link IOException}
 * surfaces as an {@link UncheckedIOException} wrapping it.
 */
class RendererContractTest {
  static Stream<Arguments> renderers() {
    return Stream.of(
        Arguments.of("text", TextRenderer.defaults()),
        Arguments.of("text, ASCII at 40", TextRenderer.builder().width(40).glyphs(Glyphs.ASCII).build()),
        Arguments.of("HTML fragments", HtmlRenderer.defaults()),
        Arguments.of("HTML pages", HtmlRenderer.defaults().pages()),
        Arguments.of("Markdown", MarkdownRenderer.defaults()),
        Arguments.of("Markdown of a toolkit", MarkdownRenderer.builder().toolkit(LearningFixtures.toolkit()).build()));
  }

  /** One of the three views, as a string and written to an appendable. */
  private record View(
      String name, Function<Renderer, String> asString, BiConsumer<Renderer, Appendable> written) {}

  private static List<View> views() {
    Intervention one = Fixtures.full();
    Toolkit toolkit = Fixtures.toolkit();
    List<Intervention> compared = Fixtures.comparison();
    return List.of(
        new View("render", r -> r.render(one), (r, out) -> r.render(one, out)),
        new View("renderIndex", r -> r.renderIndex(toolkit), (r, out) -> r.renderIndex(toolkit, out)),
        new View(
            "renderComparison",
            r -> r.renderComparison(compared),
            (r, out) -> r.renderComparison(compared, out)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("renderers")
  void anAppendableGetsExactlyTheString(String name, Renderer renderer) {
    for (View view : views()) {
      String expected = view.asString().apply(renderer);
      assertThat(expected).as(name + " " + view.name()).isNotBlank();
      StringBuilder builder = new StringBuilder("before|");
      view.written().accept(renderer, builder);
      assertThat(builder.toString()).as(name + " " + view.name() + " to a StringBuilder").isEqualTo("before|" + expected);
      StringWriter writer = new StringWriter();
      view.written().accept(renderer, writer);
      assertThat(writer.toString()).as(name + " " + view.name() + " to a Writer").isEqualTo(expected);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("renderers")
  void anAppendablesIOExceptionSurfacesUnchecked(String name, Renderer renderer) {
    for (View view : views()) {
      IOException full = new IOException("disk full");
      Appendable failing = new FailingAppendable(full);
      assertThatThrownBy(() -> view.written().accept(renderer, failing))
          .as(name + " " + view.name())
          .isInstanceOf(UncheckedIOException.class)
          .hasCause(full);
    }
  }

  @Test
  void htmlPagesAreTheRenderersOwnPages() {
    HtmlRenderer html = HtmlRenderer.builder().toolkit(LearningFixtures.toolkit()).build();
    Renderer pages = html.pages();
    assertThat(pages.render(LearningFixtures.readingCircles()))
        .isEqualTo(html.renderPage(LearningFixtures.readingCircles()))
        .startsWith("<!doctype html>");
    assertThat(pages.renderIndex(LearningFixtures.toolkit()))
        .isEqualTo(html.renderIndexPage(LearningFixtures.toolkit()));
    assertThat(pages.renderComparison(LearningFixtures.comparison()))
        .isEqualTo(html.renderComparisonPage(LearningFixtures.comparison(), "Comparison"));
    assertThat(html.render(LearningFixtures.readingCircles())).startsWith("<article");
  }

  /** An appendable whose every call fails, as a closed stream or a full disk does. */
  private record FailingAppendable(IOException failure) implements Appendable {
    @Override
    public Appendable append(CharSequence csq) throws IOException {
      throw failure;
    }

    @Override
    public Appendable append(CharSequence csq, int start, int end) throws IOException {
      throw failure;
    }

    @Override
    public Appendable append(char c) throws IOException {
      throw failure;
    }
  }
}
