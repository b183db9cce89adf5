/**
 * The static site builder: {@link org.evidencetoolkit.site.SiteBuilder} writes a toolkit's site
 * (index, one page per intervention, comparison, what changed) to a {@link
 * org.evidencetoolkit.site.SiteSink}. Only the API package is exported; {@code
 * org.evidencetoolkit.site.internal} (the site's part renderers and change tracking) is not.
 */
module org.evidencetoolkit.site {
  requires transitive org.evidencetoolkit.model;
  requires transitive org.evidencetoolkit.render;
  requires org.evidencetoolkit.io;
  requires static transitive org.jspecify;
  // The model's class files carry Immutables annotations, which javac resolves when it reads them.
  requires static org.immutables.value;

  exports org.evidencetoolkit.site;
}
