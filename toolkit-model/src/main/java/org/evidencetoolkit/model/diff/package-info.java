/**
 * What changed between two editions of a toolkit or an intervention (SPEC §12): {@link
 * org.evidencetoolkit.model.diff.ToolkitDiff} compares them and returns an ordered list of typed
 * {@link org.evidencetoolkit.model.diff.Change}s, each with a JSON Pointer and the model values on
 * either side. It depends only on the domain types; the format's JSON of a diff belongs to {@code
 * toolkit-io}, the changelog in words to {@code toolkit-render}.
 * <p>Output contract, the same in every toolkit module: a method that writes to a caller's {@code
 * Appendable}, {@code Writer} or {@code OutputStream} throws {@link java.io.UncheckedIOException}
 * wrapping the sink's {@code IOException}, as Jackson and commonmark-java do; a method that opens
 * files itself (takes a {@code Path}) throws {@code IOException}. Nothing in this package writes
 * output.
 */
@NullMarked
@ToolkitStyle
package org.evidencetoolkit.model.diff;

import org.evidencetoolkit.model.ToolkitStyle;
import org.jspecify.annotations.NullMarked;
