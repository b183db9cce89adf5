/**
 * The static site builder: {@link org.evidencetoolkit.cli.site.SiteBuilder} turns a toolkit into
 * an index page with client-side filters and sorting, one page per intervention, a comparison page,
 * a stylesheet and a small script, written to a {@link org.evidencetoolkit.cli.site.SiteSink}. The
 * pages load nothing from the network and work opened from {@code file://}.
 *
 * <p>It depends on the model and on {@code toolkit-render} for every rendered part; the command
 * line package depends on it, never the other way round.
 */
@NullMarked
package org.evidencetoolkit.cli.site;

import org.jspecify.annotations.NullMarked;
