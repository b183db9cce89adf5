/**
 * The extension points of {@link org.evidencetoolkit.render.HtmlRenderer}: the {@link
 * org.evidencetoolkit.render.html.HtmlPart}s a page is made of, {@link
 * org.evidencetoolkit.render.html.HtmlPartRenderer}s that replace how one kind of part is drawn,
 * {@link org.evidencetoolkit.render.html.AttributeProvider}s that add attributes, and the {@link
 * org.evidencetoolkit.render.html.HtmlWriter} that owns all escaping.
 *
 * <p>Modelled on commonmark-java's node renderers: the first registered renderer for a part wins
 * and the core renderers come last. Applications and the renderers of {@code
 * org.evidencetoolkit.render} depend on this package; it depends only on the model and {@code
 * org.evidencetoolkit.render.labels}, never on the renderers, so the packages have no cycle.
 *
 * <p><b>Output contract.</b> {@link org.evidencetoolkit.render.html.HtmlWriter} writes to a
 * caller's {@link Appendable} and throws {@link java.io.UncheckedIOException} wrapping the
 * appendable's {@link java.io.IOException}, as Jackson 3 and commonmark-java do.
 */
@NullMarked
package org.evidencetoolkit.render.html;

import org.jspecify.annotations.NullMarked;
