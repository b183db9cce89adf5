/**
 * Renderers that present interventions and toolkits to readers as text, HTML and Markdown, with
 * the HTML extension points in {@code org.evidencetoolkit.render.html}.
 *
 * <p>{@code org.evidencetoolkit.render.internal} is not exported; the OWASP encoder is used inside
 * and is not passed on.
 */
module org.evidencetoolkit.render {
  requires transitive org.evidencetoolkit.model;
  requires static transitive org.jspecify;
  // The model's class files carry Immutables annotations, which javac resolves when it reads them.
  requires static org.immutables.value;
  requires owasp.encoder;

  exports org.evidencetoolkit.render;
  exports org.evidencetoolkit.render.html;
}
