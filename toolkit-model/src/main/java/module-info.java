/**
 * The evidence-summary domain: interventions, toolkits and their profiles, rich text, content rules
 * and the diff between two editions. It depends on nothing at run time but the JDK.
 *
 * <p>The model has no internal package: what is not API is package-private. Both annotation libraries are
 * compile-time only. JSpecify's are passed on ({@code static transitive}) so that a consumer's
 * nullness checker sees them; Immutables' are for this module's annotation processor alone (a
 * {@code static transitive} edge would make every consumer's compiler look for Immutables).
 */
module org.evidencetoolkit.model {
  requires static transitive org.jspecify;
  requires static org.immutables.value;

  exports org.evidencetoolkit.model;
  exports org.evidencetoolkit.model.diff;
  exports org.evidencetoolkit.model.rules;
  exports org.evidencetoolkit.model.text;
}
