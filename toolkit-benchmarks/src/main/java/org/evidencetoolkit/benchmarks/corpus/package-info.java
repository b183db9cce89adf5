/**
 * The deterministic benchmark corpus: documents of about 5, 10 and 20 KB in three text profiles,
 * as model objects and as JSON and YAML bytes, and a 10,000-document toolkit. Built from a fixed
 * seed so every run measures the same input; depends on the model, the toolkit's canonical
 * writer and the baseline records.
 */
@NullMarked
package org.evidencetoolkit.benchmarks.corpus;

import org.jspecify.annotations.NullMarked;
