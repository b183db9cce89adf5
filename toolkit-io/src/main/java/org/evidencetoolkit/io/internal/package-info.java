/**
 * How format v1 is parsed, bound, checked and emitted: the located tree built from Jackson's
 * streaming parsers, the binder from that tree to the model, the Markdown reader and writer, and
 * the canonical emitters. Not API: only {@code org.evidencetoolkit.io} may depend on it.
 */
@NullMarked
package org.evidencetoolkit.io.internal;

import org.jspecify.annotations.NullMarked;
