/**
 * The implementation of the {@code toolkit} command: picocli command classes, argument
 * converters, diagnostics and terminal handling. Not an API: only {@code org.evidencetoolkit.cli}
 * uses it.
 */
@NullMarked
package org.evidencetoolkit.cli.internal;

import org.jspecify.annotations.NullMarked;
