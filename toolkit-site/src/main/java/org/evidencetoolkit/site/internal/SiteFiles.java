package org.evidencetoolkit.site.internal;

/**
 * The names of a site's fixed files, relative to its root. {@code SiteBuilder} publishes them as
 * its constants; they live here so that the site's part renderers can link to them without this
 * package depending on the API package (which depends on this one).
 */
public final class SiteFiles {
  /** The index page. */
  public static final String INDEX = "index.html";

  /** The comparison page. */
  public static final String COMPARE = "compare.html";

  /** The stylesheet. */
  public static final String STYLESHEET = "site.css";

  /** The page of what changed since the previous edition. */
  public static final String CHANGES = "changes.html";

  /** The script behind the index's filters and sorting. */
  public static final String SCRIPT = "site.js";

  private SiteFiles() {}
}
