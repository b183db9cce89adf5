/**
 * The static site builder: {@link org.evidencetoolkit.site.SiteBuilder} turns a toolkit into an
 * index page with client-side filters and sorting, one page per intervention, a comparison page,
 * a page of what changed since a previous edition, a stylesheet and a small script, written to a
 * {@link org.evidencetoolkit.site.SiteSink}. The pages load nothing from the network and work
 * opened from {@code file://}.
 *
 * <p>It depends on the model, on {@code toolkit-render} for every page and on {@code toolkit-io}
 * for writing files atomically; the command line depends on it, never the other way round. The
 * site's own part renderers live in the unexported {@code org.evidencetoolkit.site.internal}.
 *
 * <p><b>Output exceptions.</b> A {@link org.evidencetoolkit.site.SiteSink} stores whole files,
 * like a method that opens files itself: {@link org.evidencetoolkit.site.SiteSink#write} and
 * {@link org.evidencetoolkit.site.SiteBuilder#write} throw {@link java.io.IOException}, passed on
 * from the sink unwrapped. Nothing in this package writes to a caller's {@code Appendable},
 * {@code Writer} or {@code OutputStream} (the methods that would throw {@link
 * java.io.UncheckedIOException}). Every page is rendered whole by {@code HtmlRenderer}, into a
 * buffer of its own, before the sink is called, so a sink is always given whole files.
 */
@NullMarked
package org.evidencetoolkit.site;

import org.jspecify.annotations.NullMarked;
