/** A smoke test of the toolkit on the module path. */
module org.example.smoke {
  requires org.evidencetoolkit.model;
  requires org.evidencetoolkit.io;
  requires org.evidencetoolkit.render;
  requires org.evidencetoolkit.testing;
  requires quicktheories;
}
