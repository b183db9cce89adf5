/**
 * Testing support for users of the toolkit: QuickTheories generators of valid, deliberately
 * invalid and hostile content ({@link org.evidencetoolkit.testing.Generators}) and AssertJ
 * assertions on interventions, toolkits and validation reports ({@link
 * org.evidencetoolkit.testing.ToolkitAssertions}).
 *
 * <p>Add this module in test scope. It depends on the model, the file format and the renderers;
 * nothing in the library depends on it.
 * <p>Output contract, the same in every toolkit module: a method that writes to a caller's {@code
 * Appendable}, {@code Writer} or {@code OutputStream} throws {@link java.io.UncheckedIOException}
 * wrapping the sink's {@code IOException}, as Jackson and commonmark-java do; a method that opens
 * files itself (takes a {@code Path}) throws {@code IOException}. Nothing in this package writes
 * output.
 */
@NullMarked
@ToolkitStyle
package org.evidencetoolkit.testing;

import org.evidencetoolkit.model.ToolkitStyle;
import org.jspecify.annotations.NullMarked;
