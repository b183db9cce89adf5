/**
 * Content rules: editorial checks of an intervention or a whole toolkit that return every {@link
 * org.evidencetoolkit.model.rules.Violation} with a JSON Pointer to its place, for a content editor
 * to act on. {@link org.evidencetoolkit.model.rules.ContentRules#defaults()} holds the default set,
 * which users extend, replace or trim.
 */
@NullMarked
@Value.Style(
    overshadowImplementation = true,
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE)
package org.evidencetoolkit.model.rules;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
