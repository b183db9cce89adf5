/**
 * The evidence-summary domain: interventions, toolkits and their profiles, rich text, content rules
 * and the diff between two editions. It depends on nothing at run time but the JDK.
 *
 * <p>{@code org.evidencetoolkit.model.internal} is not exported. Both annotation libraries are
 * compile-time only and passed on ({@code static transitive}): JSpecify's so that a consumer's
 * nullness checker sees them, Immutables' because a compiler reading the value types resolves them.
 */
module org.evidencetoolkit.model {
  requires static transitive org.jspecify;
  // The value types carry Immutables annotations (CLASS retention) that a compiler reading them
  // resolves; nothing of Immutables is needed at run time.
  requires static transitive org.immutables.value;

  exports org.evidencetoolkit.model;
  exports org.evidencetoolkit.model.diff;
  exports org.evidencetoolkit.model.rules;
  exports org.evidencetoolkit.model.text;
}
