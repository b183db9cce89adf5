/**
 * What changed between two editions of a toolkit or an intervention (SPEC §12): {@link
 * org.evidencetoolkit.model.diff.ToolkitDiff} compares them and returns an ordered list of typed
 * {@link org.evidencetoolkit.model.diff.Change}s, each with a JSON Pointer and the model values on
 * either side. It depends only on the domain types; the format's JSON of a diff belongs to {@code
 * toolkit-io}, the changelog in words to {@code toolkit-render}.
 */
@NullMarked
@Value.Style(
    overshadowImplementation = true,
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE)
package org.evidencetoolkit.model.diff;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
