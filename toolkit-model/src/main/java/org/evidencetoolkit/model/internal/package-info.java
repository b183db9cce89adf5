/**
 * Implementation details of the model: query evaluation and helpers shared by the content rules.
 * Not API; nothing outside {@code toolkit-model} may depend on it.
 */
@NullMarked
package org.evidencetoolkit.model.internal;

import org.jspecify.annotations.NullMarked;
