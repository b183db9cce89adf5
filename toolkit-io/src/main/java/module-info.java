/**
 * Format v1 of Evidence Toolkit documents: reading and writing interventions and toolkits as JSON
 * or YAML, rich text as Markdown, the JSON Schema and the headline CSV.
 *
 * <p>Only {@code org.evidencetoolkit.io} is exported; Jackson, the YAML engine and commonmark-java
 * are used inside and never appear in its API, so they are not passed on to consumers.
 */
module org.evidencetoolkit.io {
  requires transitive org.evidencetoolkit.model;
  requires static transitive org.jspecify;
  // The model's class files carry Immutables annotations, which javac resolves when it reads them.
  requires static org.immutables.value;
  requires tools.jackson.core;
  requires tools.jackson.dataformat.yaml;
  requires org.snakeyaml.engine;
  requires org.commonmark;

  exports org.evidencetoolkit.io;
}
