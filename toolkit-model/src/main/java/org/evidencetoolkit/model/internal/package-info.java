/**
 * Implementation details of the model: the evaluation of toolkit queries. Not API; nothing outside
 * {@code toolkit-model} may depend on it.
 */
@NullMarked
package org.evidencetoolkit.model.internal;

import org.jspecify.annotations.NullMarked;
