/**
 * The {@code toolkit} command line and the sample toolkit bundled with it.
 *
 * <p>Exports {@code org.evidencetoolkit.cli} ({@link org.evidencetoolkit.cli.ToolkitCommand},
 * {@link org.evidencetoolkit.cli.SampleToolkit}); the site builder is {@code
 * org.evidencetoolkit.site}. {@code org.evidencetoolkit.cli.internal} is not exported; it is opened to picocli only,
 * which reads the command classes' annotations and sets their option fields by reflection.
 */
module org.evidencetoolkit.cli {
  requires transitive org.evidencetoolkit.model;
  requires transitive org.evidencetoolkit.io;
  requires transitive org.evidencetoolkit.render;
  requires org.evidencetoolkit.site;
  requires static transitive org.jspecify;
  // The model's class files carry Immutables annotations, which javac resolves when it reads them.
  requires static org.immutables.value;
  requires info.picocli;

  exports org.evidencetoolkit.cli;

  opens org.evidencetoolkit.cli.internal to
      info.picocli;
}
