package org.evidencetoolkit.site;

/**
 * Told after each file of a site is written, so a command can show progress on a big toolkit.
 * Called on the thread that called {@link SiteBuilder#write}, in the order the files are written,
 * also when pages are rendered on several threads ({@link SiteBuilder.Builder#parallelism}).
 */
@FunctionalInterface
public interface SiteProgress {
  /**
   * One more file is written.
   *
   * @param written how many files are written so far
   * @param total how many files the site has
   */
  void written(int written, int total);

  /** Progress that goes nowhere. */
  static SiteProgress none() {
    return (written, total) -> {};
  }
}
