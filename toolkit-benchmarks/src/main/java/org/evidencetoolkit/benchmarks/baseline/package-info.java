/**
 * The baselines the toolkit is measured against: plain records bound by Jackson, commonmark-java,
 * a hand-written validation visitor, hand-written renderers and template engines producing the
 * same output as the toolkit. They depend on the model and on third-party libraries only, so each
 * shows what the same job costs without the toolkit's code.
 */
@NullMarked
package org.evidencetoolkit.benchmarks.baseline;

import org.jspecify.annotations.NullMarked;
