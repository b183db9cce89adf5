/**
 * The words every renderer shows a reader: {@link org.evidencetoolkit.render.labels.Labels}, the
 * shipped English under a profile's labels under the application's, looked up by the keys of
 * {@link org.evidencetoolkit.model.LabelKeys}.
 *
 * <p>The lowest package of the render module: it depends only on {@code toolkit-model}, and the
 * renderers ({@code org.evidencetoolkit.render}), their HTML extension points ({@code
 * org.evidencetoolkit.render.html}) and applications depend on it.
 */
@NullMarked
package org.evidencetoolkit.render.labels;

import org.jspecify.annotations.NullMarked;
