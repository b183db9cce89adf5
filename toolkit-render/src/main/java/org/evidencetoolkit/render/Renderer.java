package org.evidencetoolkit.render;

import java.util.List;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Toolkit;

/**
 * What every renderer draws, in its own format: one intervention, a toolkit's index and a
 * comparison of several interventions, each as a {@code String} or written to an {@link
 * Appendable}. {@link TextRenderer}, {@link MarkdownRenderer} and {@link HtmlRenderer} implement
 * it, so an application that lets its user pick a format chooses the renderer once and calls the
 * same three methods whatever it chose:
 *
 * <pre>{@code
 * Renderer renderer = switch (format) {
 *   case "text" -> TextRenderer.builder().toolkit(toolkit).build();
 *   case "html" -> HtmlRenderer.builder().toolkit(toolkit).build().pages();
 *   default -> MarkdownRenderer.builder().toolkit(toolkit).build();
 * };
 * renderer.renderIndex(toolkit, System.out);
 * }</pre>
 *
 * <p>HTML comes in two shapes: {@link HtmlRenderer} itself renders fragments to embed in an
 * application's page ({@code <article>}, {@code <table>}), and {@link HtmlRenderer#pages()} is the
 * same renderer drawing whole pages.
 *
 * <p><b>Output contract.</b> The {@code Appendable} forms throw {@link
 * java.io.UncheckedIOException} wrapping the {@link java.io.IOException} the appendable threw, as
 * Jackson and commonmark-java do; what was written before the failure stays written. The {@code
 * String} forms throw no I/O exception. Every implementation in this library is immutable and
 * thread-safe, and gives the same output, byte for byte, for the same input.
 */
public interface Renderer {
  /** One intervention. */
  String render(Intervention intervention);

  /**
   * Writes one intervention to {@code out}.
   *
   * @throws java.io.UncheckedIOException if {@code out} throws an {@link java.io.IOException}
   */
  void render(Intervention intervention, Appendable out);

  /**
   * A toolkit's index: its title, about and source, then each intervention's headline ratings in
   * the toolkit's order; worded under the renderer's profile if it was given one, else the
   * toolkit's.
   */
  String renderIndex(Toolkit toolkit);

  /**
   * Writes a toolkit's index to {@code out}.
   *
   * @throws java.io.UncheckedIOException if {@code out} throws an {@link java.io.IOException}
   */
  void renderIndex(Toolkit toolkit, Appendable out);

  /**
   * Several interventions compared rating by rating, in the order given. A list carries no
   * toolkit, so the words are those of the renderer's profile ({@code Profile.yef()} by default).
   */
  String renderComparison(List<Intervention> interventions);

  /**
   * Writes a comparison of several interventions to {@code out}.
   *
   * @throws java.io.UncheckedIOException if {@code out} throws an {@link java.io.IOException}
   */
  void renderComparison(List<Intervention> interventions, Appendable out);
}
