/**
 * The extension points of {@link org.evidencetoolkit.render.HtmlRenderer}: the {@link
 * org.evidencetoolkit.render.html.HtmlPart}s a page is made of, {@link
 * org.evidencetoolkit.render.html.HtmlPartRenderer}s that replace how one kind of part is drawn,
 * {@link org.evidencetoolkit.render.html.AttributeProvider}s that add attributes, and the {@link
 * org.evidencetoolkit.render.html.HtmlWriter} that owns all escaping.
 *
 * <p>Modelled on commonmark-java's node renderers: the first registered renderer for a part wins
 * and the core renderers come last. Applications depend on this package; it depends only on the
 * model and the root render package.
 *
 * <p><b>Output.</b> A method that writes to a caller's {@code Appendable}, {@code Writer} or
 * {@code OutputStream} throws {@link java.io.UncheckedIOException} wrapping the sink's {@link
 * java.io.IOException}, as Jackson 3 and commonmark-java do; a method that opens files itself
 * (takes a {@code Path}) throws {@code IOException}.
 */
@NullMarked
package org.evidencetoolkit.render.html;

import org.jspecify.annotations.NullMarked;
