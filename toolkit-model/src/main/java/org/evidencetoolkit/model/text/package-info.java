/**
 * Rich text for the narrative sections: paragraphs and flat lists over plain text, emphasis, strong
 * emphasis and links. There is no raw HTML, image or heading node, so nothing here ever needs
 * "unescaping"; renderers escape every {@link org.evidencetoolkit.model.text.Text}.
 *
 * <p>The nodes are records: small, closed, hand-written values whose shape is their whole contract.
 * Each holds defensive copies of its lists and refuses nulls. Walk them with {@link
 * org.evidencetoolkit.model.text.Block.Visitor} and {@link
 * org.evidencetoolkit.model.text.Inline.Visitor}.
 *
 * <p>{@link org.evidencetoolkit.model.text.RichTextNormalForm} maps any rich text to the shape
 * Markdown can express, and {@link org.evidencetoolkit.model.text.CommonMarkWriter} writes that
 * shape as CommonMark: the one CommonMark writer of the project, for the canonical file form and
 * for Markdown pages. Writing needs no parser, so the model has no CommonMark dependency.
 *
 * <p>Output: a method that writes to a caller's {@link java.lang.Appendable}, {@link
 * java.io.Writer} or {@link java.io.OutputStream} throws {@link java.io.UncheckedIOException}
 * wrapping the sink's {@link java.io.IOException} (as Jackson 3 and commonmark-java do); a method
 * that opens files itself (takes a {@link java.nio.file.Path}) throws {@link
 * java.io.IOException}.
 */
@NullMarked
package org.evidencetoolkit.model.text;

import org.jspecify.annotations.NullMarked;
