package org.evidencetoolkit.render.html;

import java.util.Map;

/**
 * Adds or changes the attributes of an element as it is written: "just add a class, a {@code
 * data-} attribute or a {@code rel}". Values are escaped by the {@link HtmlWriter}; a name that is
 * not a plain attribute name is refused there.
 *
 * <p>Providers run after the core has set its attributes, the last registered first, so the
 * first registered has the final word. A provider is shared between threads and must be
 * thread-safe.
 *
 * <pre>{@code
 * AttributeProvider bands = (part, tag, attributes) -> {
 *   if (part instanceof HtmlPart.IndexRow row) {
 *     attributes.put("data-band", row.intervention().impact().band().name().toLowerCase(Locale.ROOT));
 *   }
 * };
 * HtmlRenderer renderer = HtmlRenderer.builder().attributeProvider(bands).build();
 * }</pre>
 */
@FunctionalInterface
public interface AttributeProvider {
  /**
   * Sets attributes of an element.
   *
   * @param part the part being drawn when the element is written
   * @param tagName the element's name, e.g. {@code tr}, {@code a}, {@code h2}
   * @param attributes the attributes so far, in order; change them in place
   */
  void setAttributes(HtmlPart part, String tagName, Map<String, String> attributes);
}
