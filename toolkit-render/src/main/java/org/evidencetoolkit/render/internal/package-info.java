/**
 * How the renderers work inside: text measuring and wrapping, the core HTML part renderers and
 * the Markdown escaping rules. Not API: only {@code org.evidencetoolkit.render} and its
 * subpackages may depend on it, and it is left out of the Javadoc.
 */
@NullMarked
package org.evidencetoolkit.render.internal;

import org.jspecify.annotations.NullMarked;
