/**
 * Rich text for the narrative sections: paragraphs and flat lists over plain text, emphasis, strong
 * emphasis and links. There is no raw HTML, image or heading node, so nothing here ever needs
 * "unescaping"; renderers escape every {@link org.evidencetoolkit.model.text.Text}.
 *
 * <p>The nodes are records: small, closed, hand-written values whose shape is their whole contract.
 * Each holds defensive copies of its lists and refuses nulls. Walk them with {@link
 * org.evidencetoolkit.model.text.Block.Visitor} and {@link
 * org.evidencetoolkit.model.text.Inline.Visitor}.
 */
@NullMarked
package org.evidencetoolkit.model.text;

import org.jspecify.annotations.NullMarked;
