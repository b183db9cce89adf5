package org.evidencetoolkit.render;

/**
 * The characters {@link TextRenderer} draws gauges and list bullets with. Both sets keep every
 * glyph one terminal column wide.
 */
public enum Glyphs {
  /** {@code ●●●○○}, bullets {@code •}: for terminals and mail readers with Unicode fonts. */
  UNICODE("●", "○", "•", "▼"),
  /** {@code ###--}, bullets {@code -}: for plain ASCII output. */
  ASCII("#", "-", "-", "v");

  private final String filled;
  private final String empty;
  private final String bullet;
  private final String harmful;

  Glyphs(String filled, String empty, String bullet, String harmful) {
    this.filled = filled;
    this.empty = empty;
    this.bullet = bullet;
    this.harmful = harmful;
  }

  /** One filled pip of a gauge. */
  public String filled() {
    return filled;
  }

  /** One empty pip of a gauge. */
  public String empty() {
    return empty;
  }

  /** The bullet of an unordered list item. */
  public String bullet() {
    return bullet;
  }

  /** The mark beside a harmful impact rating. */
  public String harmful() {
    return harmful;
  }

  /** A gauge of {@code filled} filled pips out of {@code of}, e.g. {@code ●●●○○}. */
  public String gauge(int filled, int of) {
    return this.filled.repeat(filled) + empty.repeat(of - filled);
  }
}
