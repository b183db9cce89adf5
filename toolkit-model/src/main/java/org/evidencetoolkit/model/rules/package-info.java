/**
 * Content rules: editorial checks of an intervention or a whole toolkit that return every {@link
 * org.evidencetoolkit.model.rules.Violation} with a JSON Pointer to its place, for a content editor
 * to act on. {@link org.evidencetoolkit.model.rules.ContentRules#defaults()} holds the default set,
 * which users extend, replace or trim.
 * <p>Output contract, the same in every toolkit module: a method that writes to a caller's {@code
 * Appendable}, {@code Writer} or {@code OutputStream} throws {@link java.io.UncheckedIOException}
 * wrapping the sink's {@code IOException}, as Jackson and commonmark-java do; a method that opens
 * files itself (takes a {@code Path}) throws {@code IOException}. Nothing in this package writes
 * output.
 */
@NullMarked
@ToolkitStyle
package org.evidencetoolkit.model.rules;

import org.evidencetoolkit.model.ToolkitStyle;
import org.jspecify.annotations.NullMarked;
