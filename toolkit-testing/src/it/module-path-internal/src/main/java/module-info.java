/** A consumer that reaches into the toolkit's internal packages: it must not compile. */
module org.example.sneaky {
  requires org.evidencetoolkit.model;
  requires org.evidencetoolkit.io;
  requires org.evidencetoolkit.render;
  requires org.evidencetoolkit.testing;
}
