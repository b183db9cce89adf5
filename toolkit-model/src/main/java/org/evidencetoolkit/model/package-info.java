/**
 * The evidence-summary domain: an {@link org.evidencetoolkit.model.Intervention} with its headline
 * ratings and narrative sections, and the {@link org.evidencetoolkit.model.Toolkit} that collects
 * them and answers queries.
 *
 * <p>Every type here is immutable and null-free; construction rejects only what cannot mean
 * anything (a null, a level outside 1–5), while editorial judgements live in {@link
 * org.evidencetoolkit.model.rules}. This package depends on nothing but the JDK; the wire format
 * belongs to {@code toolkit-io} and presentation to {@code toolkit-render}.
 */
@NullMarked
@Value.Style(
    overshadowImplementation = true,
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    depluralize = true,
    depluralizeDictionary = {
      "preventionType:preventionTypes",
      "setting:settings",
      "sector:sectors",
      "resource:resources",
      "intervention:interventions"
    })
package org.evidencetoolkit.model;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
