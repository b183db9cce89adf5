/**
 * The {@code toolkit} command line ({@link org.evidencetoolkit.cli.ToolkitCommand}) and the sample
 * toolkit bundled with it ({@link org.evidencetoolkit.cli.SampleToolkit}). It depends on {@code
 * toolkit-io} and {@code toolkit-render}; nothing in the library depends on it.
 */
@NullMarked
package org.evidencetoolkit.cli;

import org.jspecify.annotations.NullMarked;
