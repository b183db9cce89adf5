/**
 * How the generators and assertions of {@code org.evidencetoolkit.testing} are built: word pools,
 * rich-text and document generators, the rule breakers and the naughty-strings corpus.
 *
 * <p>Not API: only {@code org.evidencetoolkit.testing} may depend on this package, and it may change
 * in any release.
 */
@NullMarked
package org.evidencetoolkit.testing.internal;

import org.jspecify.annotations.NullMarked;
