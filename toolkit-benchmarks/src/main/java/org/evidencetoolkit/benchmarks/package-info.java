/**
 * JMH benchmarks that measure the toolkit side by side with named baselines on one deterministic
 * corpus, and the entry point of a full run that prints the ratios. Nothing depends on this
 * package; it depends on every toolkit module and on {@link org.evidencetoolkit.benchmarks.baseline}
 * and {@link org.evidencetoolkit.benchmarks.corpus}.
 */
@NullMarked
package org.evidencetoolkit.benchmarks;

import org.jspecify.annotations.NullMarked;
