/**
 * Renderers that present interventions and toolkits to readers: {@link
 * org.evidencetoolkit.render.TextRenderer} for terminals and e-mail, {@link
 * org.evidencetoolkit.render.HtmlRenderer} for web pages, {@link
 * org.evidencetoolkit.render.MarkdownRenderer} for documents, all speaking through one {@link
 * org.evidencetoolkit.render.Labels} bundle.
 *
 * <p>Every renderer is immutable, thread-safe and configured by a builder. This package depends
 * only on {@code toolkit-model} and the OWASP Java Encoder; applications and the command line
 * depend on it.
 *
 * <p><b>Output.</b> A method that writes to a caller's {@code Appendable}, {@code Writer} or
 * {@code OutputStream} throws {@link java.io.UncheckedIOException} wrapping the sink's {@link
 * java.io.IOException}, as Jackson 3 and commonmark-java do; a method that opens files itself
 * (takes a {@code Path}) throws {@code IOException}.
 */
@NullMarked
package org.evidencetoolkit.render;

import org.jspecify.annotations.NullMarked;
