/**
 * Testing support for users of the toolkit: QuickTheories generators of valid, deliberately
 * invalid and hostile content ({@link org.evidencetoolkit.testing.Generators}) and AssertJ
 * assertions on interventions, toolkits and validation reports ({@link
 * org.evidencetoolkit.testing.ToolkitAssertions}).
 *
 * <p>Add this module in test scope. It depends on the model, the file format and the renderers;
 * nothing in the library depends on it.
 */
@NullMarked
@Value.Style(
    overshadowImplementation = true,
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE)
package org.evidencetoolkit.testing;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
