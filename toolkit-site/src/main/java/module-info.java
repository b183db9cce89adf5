/**
 * The static site builder: {@link org.evidencetoolkit.site.SiteBuilder} writes a toolkit's site
 * (index, one page per intervention, comparison, what changed) to a {@link
 * org.evidencetoolkit.site.SiteSink}. Only the API package is exported; {@code
 * org.evidencetoolkit.site.internal} (the site's part renderers and change tracking) is not.
 *
 * <p>The toolkit modules are required by the names their jars declare, which are also their
 * {@code Automatic-Module-Name}s, so this works whether or not they carry descriptors of their own.
 */
module org.evidencetoolkit.site {
  requires transitive org.evidencetoolkit.model;
  requires transitive org.evidencetoolkit.render;
  requires org.evidencetoolkit.io;
  requires static org.jspecify;

  exports org.evidencetoolkit.site;
}
