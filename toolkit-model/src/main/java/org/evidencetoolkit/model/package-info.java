/**
 * The evidence-summary domain: an {@link org.evidencetoolkit.model.Intervention} with its headline
 * ratings and narrative sections, and the {@link org.evidencetoolkit.model.Toolkit} that collects
 * them and answers queries.
 *
 * <p>Every type here is immutable and null-free; construction rejects only what cannot mean
 * anything (a null, a level outside 1–5), while editorial judgements live in {@link
 * org.evidencetoolkit.model.rules}. This package depends on nothing but the JDK; the wire format
 * belongs to {@code toolkit-io} and presentation to {@code toolkit-render}.
 * <p>Output contract, the same in every toolkit module: a method that writes to a caller's {@code
 * Appendable}, {@code Writer} or {@code OutputStream} throws {@link java.io.UncheckedIOException}
 * wrapping the sink's {@code IOException}, as Jackson and commonmark-java do; a method that opens
 * files itself (takes a {@code Path}) throws {@code IOException}. Nothing in this package writes
 * output.
 */
@NullMarked
@ToolkitStyle
package org.evidencetoolkit.model;

import org.jspecify.annotations.NullMarked;
