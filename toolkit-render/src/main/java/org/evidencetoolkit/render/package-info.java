/**
 * Renderers that present interventions and toolkits to readers, each a {@link
 * org.evidencetoolkit.render.Renderer}: {@link org.evidencetoolkit.render.TextRenderer} for
 * terminals and e-mail, {@link org.evidencetoolkit.render.HtmlRenderer} for web pages, {@link
 * org.evidencetoolkit.render.MarkdownRenderer} for documents; {@link
 * org.evidencetoolkit.render.ChangelogRenderer} for what changed between two editions, and {@link
 * org.evidencetoolkit.render.TextTable} for an application's own tables on a terminal. All speak
 * through one {@link org.evidencetoolkit.render.labels.Labels} bundle.
 *
 * <p>Every renderer is immutable, thread-safe and configured by a builder.
 *
 * <p><b>Output contract.</b> A method that writes to a caller's {@link Appendable} or {@link
 * java.io.OutputStream} throws {@link java.io.UncheckedIOException} wrapping the {@link
 * java.io.IOException} the sink threw (as Jackson 3 and commonmark-java do); a method that returns a {@code String} throws no I/O
 * exception. Nothing in this package opens a file.
 *
 * <p><b>Dependencies</b> point one way: this package uses {@code org.evidencetoolkit.render.html}
 * (the HTML extension points), {@code org.evidencetoolkit.render.labels} and {@code
 * toolkit-model}, and neither of those uses it. Applications and the command line depend on it.
 */
@NullMarked
package org.evidencetoolkit.render;

import org.jspecify.annotations.NullMarked;
