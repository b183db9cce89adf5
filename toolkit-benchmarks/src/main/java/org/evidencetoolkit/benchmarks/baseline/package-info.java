/**
 * The baselines the toolkit is measured against: plain records bound by Jackson, commonmark-java,
 * and template engines (jte, mustache.java) producing the same pages as the toolkit. They depend on the model and on third-party libraries only, so each
 * shows what the same job costs without the toolkit's code.
 */
@NullMarked
package org.evidencetoolkit.benchmarks.baseline;

import org.jspecify.annotations.NullMarked;
