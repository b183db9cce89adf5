package org.evidencetoolkit.render.html;

/**
 * Creates an {@link HtmlPartRenderer} for one rendering call. Called once per call, so a renderer
 * may keep per-call state; the factory itself is shared between threads and must be thread-safe.
 */
@FunctionalInterface
public interface HtmlPartRendererFactory {
  /** A part renderer that writes through this context. */
  HtmlPartRenderer create(HtmlContext context);
}
