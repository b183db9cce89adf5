/**
 * Testing support for users of the toolkit: QuickTheories generators and AssertJ assertions.
 *
 * <p>Its API speaks of the model, the format, the renderers, QuickTheories' {@code Gen} and
 * AssertJ's assertions, so a consumer that requires this module reads all of them. QuickTheories
 * has no module descriptor and is known by the name derived from its jar, {@code quicktheories}.
 * {@code org.evidencetoolkit.testing.internal} is not exported.
 */
module org.evidencetoolkit.testing {
  requires transitive org.evidencetoolkit.model;
  requires transitive org.evidencetoolkit.io;
  requires transitive org.evidencetoolkit.render;
  requires transitive quicktheories;
  requires transitive org.assertj.core;
  requires static transitive org.jspecify;
  requires static org.immutables.value;
  requires org.jsoup;
  requires tools.jackson.core;

  exports org.evidencetoolkit.testing;
}
