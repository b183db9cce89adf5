/**
 * The site builder's own parts, not exported: the part renderers that draw the site's navigation,
 * footer, index furniture and "Updated" marks into the renderer's pages, the changes since a
 * previous edition, and the names of the site's fixed files.
 *
 * <p>Only {@code org.evidencetoolkit.site} uses this package; it depends on the model and on
 * {@code toolkit-render}, never on the API package.
 */
@NullMarked
package org.evidencetoolkit.site.internal;

import org.jspecify.annotations.NullMarked;
