/**
 * Format v1 of Evidence Toolkit documents: reading and writing {@link
 * org.evidencetoolkit.model.Intervention}s and {@link org.evidencetoolkit.model.Toolkit}s as JSON
 * or YAML ({@link org.evidencetoolkit.io.ToolkitReader}, {@link
 * org.evidencetoolkit.io.ToolkitWriter}), rich text as Markdown ({@link
 * org.evidencetoolkit.io.RichTextMarkdown}), the JSON Schema ({@link
 * org.evidencetoolkit.io.ToolkitSchema}) and the headline CSV ({@link
 * org.evidencetoolkit.io.HeadlineCsv}).
 *
 * <p>Everything wrong with a document is reported as one {@link
 * org.evidencetoolkit.io.ToolkitFormatException} listing every located {@link
 * org.evidencetoolkit.io.Problem}; no parser library type or message appears in this API. This
 * package depends on the model only; the command line and applications depend on it.
 *
 * <p><b>Exceptions for input and output.</b> A method that writes to a caller's {@link
 * java.lang.Appendable}, {@link java.io.Writer} or {@link java.io.OutputStream} throws {@link
 * java.io.UncheckedIOException} wrapping the sink's {@link java.io.IOException} (as Jackson 3 and
 * commonmark-java do); so does reading a caller's stream or reader through a {@link
 * org.evidencetoolkit.io.Source}. A method that opens files itself (takes a {@link
 * java.nio.file.Path}) throws {@link java.io.IOException}.
 */
@NullMarked
package org.evidencetoolkit.io;

import org.jspecify.annotations.NullMarked;
