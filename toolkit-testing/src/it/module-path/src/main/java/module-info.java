/**
 * A consumer of every toolkit module on the module path. It requires the modules by the names
 * their descriptors declare and nothing else: each toolkit module brings the modules it needs.
 */
module org.example.smoke {
  requires org.evidencetoolkit.model;
  requires org.evidencetoolkit.io;
  requires org.evidencetoolkit.render;
  requires org.evidencetoolkit.testing;
}
