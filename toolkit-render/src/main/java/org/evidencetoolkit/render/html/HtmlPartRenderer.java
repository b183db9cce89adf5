package org.evidencetoolkit.render.html;

import java.util.Set;

/**
 * Draws some kinds of {@link HtmlPart}, writing through its context's {@link HtmlWriter}. An
 * application's renderer replaces the core rendering of the kinds it names.
 *
 * <pre>{@code
 * final class PlainTips implements HtmlPartRenderer {
 *   private final HtmlContext context;
 *   PlainTips(HtmlContext context) { this.context = context; }
 *   public Set<Class<? extends HtmlPart>> partTypes() { return Set.of(HtmlPart.Tip.class); }
 *   public void render(HtmlPart part) {
 *     HtmlPart.Tip tip = (HtmlPart.Tip) part;
 *     HtmlWriter html = context.writer();
 *     html.tag("details", context.attributes(part, "details", Map.of()));
 *     html.tag("summary");
 *     html.text(tip.tip().title());
 *     html.end("summary");
 *     context.renderRichText(part, tip.tip().body());
 *     html.end("details");
 *   }
 * }
 * HtmlRenderer renderer = HtmlRenderer.builder().partRendererFactory(PlainTips::new).build();
 * }</pre>
 */
public interface HtmlPartRenderer {
  /** The kinds of part this renderer draws (record classes of {@link HtmlPart}). */
  Set<Class<? extends HtmlPart>> partTypes();

  /** Draws one part of a kind named by {@link #partTypes()}. */
  void render(HtmlPart part);
}
