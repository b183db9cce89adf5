package org.evidencetoolkit.site.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.render.labels.Labels;
import org.evidencetoolkit.render.html.HtmlContext;
import org.evidencetoolkit.render.html.HtmlPart;
import org.evidencetoolkit.render.html.HtmlPartRenderer;
import org.evidencetoolkit.render.html.HtmlWriter;
import org.evidencetoolkit.render.html.IndexColumn;

/**
 * Marks interventions that changed since the previous edition: after the title in the index's
 * title cell, and after the header of the intervention's page. The mark is words ({@code
 * site.updated}, or {@code site.updated.on} with the date last updated), from the rendering's
 * layered labels, never colour alone; everything else is drawn as the core draws it.
 */
public final class UpdatedMarks implements HtmlPartRenderer {
  private static final Set<Class<? extends HtmlPart>> PART_TYPES =
      Set.of(HtmlPart.IndexCell.class, HtmlPart.Header.class);

  private final HtmlContext context;
  private final Set<String> updated;

  /**
   * @param context the rendering
   * @param updated ids of the interventions to mark
   */
  public UpdatedMarks(HtmlContext context, Set<String> updated) {
    this.context = context;
    this.updated = updated;
  }

  @Override
  public Set<Class<? extends HtmlPart>> partTypes() {
    return PART_TYPES;
  }

  @Override
  public void render(HtmlPart part) {
    if (part instanceof HtmlPart.IndexCell cell && cell.column() == IndexColumn.TITLE
        && updated.contains(cell.intervention().id())) {
      titleCell(cell);
    } else if (part instanceof HtmlPart.Header header && updated.contains(header.intervention().id())) {
      context.renderDefault(part);
      HtmlWriter html = context.writer();
      html.tag("p", "class", "site-updated");
      html.text(mark(header.intervention()));
      html.end("p");
      html.line();
    } else {
      context.renderDefault(part);
    }
  }

  /** "Updated 3 March 2025" with the date last updated, or "Updated" without one. */
  private String mark(Intervention intervention) {
    Labels labels = context.labels();
    return intervention.lastUpdated()
        .map(date -> labels.format("site.updated.on", labels.date(date)))
        .orElseGet(() -> labels.text("site.updated"));
  }

  /**
   * The title cell as the core writes it (the linked title, then "Headline only" for an entry
   * that gives only its headline), with the mark after them.
   */
  private void titleCell(HtmlPart.IndexCell cell) {
    HtmlWriter html = context.writer();
    Labels labels = context.labels();
    Intervention i = cell.intervention();
    Map<String, String> th = new LinkedHashMap<>();
    th.put("scope", "row");
    th.put("class", context.cssClass("cell", "cell-title"));
    html.tag("th", context.attributes(cell, "th", th));
    Optional<String> href = context.interventionHref(i);
    String title = i.title().isBlank() ? labels.text("untitled") : i.title();
    if (href.isPresent()) {
      Map<String, String> a = new LinkedHashMap<>();
      a.put("href", href.get());
      html.tag("a", context.attributes(cell, "a", a));
      html.text(title);
      html.end("a");
    } else {
      html.text(title);
    }
    if (i.headlineOnly()) {
      html.text(" ");
      Map<String, String> badge = new LinkedHashMap<>();
      badge.put("class", context.cssClass("badge"));
      html.tag("span", context.attributes(cell, "span", badge));
      html.text(labels.text("headline-only.short"));
      html.end("span");
    }
    html.text(" ");
    html.tag("span", "class", "site-updated");
    html.text(mark(i));
    html.end("span");
    html.end("th");
  }
}
