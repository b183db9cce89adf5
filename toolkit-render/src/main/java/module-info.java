/**
 * Renderers that present interventions and toolkits to readers as text, HTML and Markdown, with
 * the HTML extension points in {@code org.evidencetoolkit.render.html}.
 *
 * <p>{@code org.evidencetoolkit.render.internal} is not exported. Labels live in {@code
 * org.evidencetoolkit.render.labels}, which depends only on the model.
 */
module org.evidencetoolkit.render {
  requires transitive org.evidencetoolkit.model;
  requires static transitive org.jspecify;
  // The model's class files carry Immutables annotations, which javac resolves when it reads them.
  requires static org.immutables.value;

  exports org.evidencetoolkit.render;
  exports org.evidencetoolkit.render.html;
  exports org.evidencetoolkit.render.labels;
}
