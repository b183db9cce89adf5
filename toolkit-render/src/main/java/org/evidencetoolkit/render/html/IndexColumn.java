package org.evidencetoolkit.render.html;

/** The columns of a toolkit's index table, in the order they appear. */
public enum IndexColumn {
  /** The approach's title (a row header). */
  TITLE("title"),
  /** The impact band and estimate. */
  IMPACT("impact"),
  /** The evidence quality. */
  EVIDENCE("evidence"),
  /** The cost. */
  COST("cost"),
  /** The prevention types. */
  PREVENTION("prevention"),
  /** The settings. */
  SETTING("setting");

  private final String slug;

  IndexColumn(String slug) {
    this.slug = slug;
  }

  /** A name for CSS classes, e.g. {@code impact}. */
  public String slug() {
    return slug;
  }
}
