package org.evidencetoolkit.cli.site;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.render.html.HtmlContext;
import org.evidencetoolkit.render.html.HtmlPart;
import org.evidencetoolkit.render.html.HtmlPartRenderer;
import org.evidencetoolkit.render.html.HtmlWriter;
import org.evidencetoolkit.render.html.IndexColumn;

/**
 * Marks interventions that changed since the previous edition: after the title in the index's
 * title cell, and after the header of the intervention's page. The mark is words (a label), never
 * colour alone; everything else is drawn as the core draws it.
 */
final class UpdatedMarks implements HtmlPartRenderer {
  private final HtmlContext context;
  private final Set<String> updated;
  private final Function<Intervention, String> mark;

  UpdatedMarks(HtmlContext context, Set<String> updated, Function<Intervention, String> mark) {
    this.context = context;
    this.updated = updated;
    this.mark = mark;
  }

  @Override
  public Set<Class<? extends HtmlPart>> partTypes() {
    return Set.of(HtmlPart.IndexCell.class, HtmlPart.Header.class);
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
      html.text(mark.apply(header.intervention()));
      html.end("p");
      html.line();
    } else {
      context.renderDefault(part);
    }
  }

  /** The title cell as the core writes it, with the mark after the title. */
  private void titleCell(HtmlPart.IndexCell cell) {
    HtmlWriter html = context.writer();
    Intervention i = cell.intervention();
    Map<String, String> th = new LinkedHashMap<>();
    th.put("scope", "row");
    th.put("class", context.cssClass("cell", "cell-title"));
    html.tag("th", context.attributes(cell, "th", th));
    Optional<String> href = context.interventionHref(i);
    String title = i.title().isBlank() ? context.labels().text("untitled") : i.title();
    if (href.isPresent()) {
      Map<String, String> a = new LinkedHashMap<>();
      a.put("href", href.get());
      html.tag("a", context.attributes(cell, "a", a));
      html.text(title);
      html.end("a");
    } else {
      html.text(title);
    }
    html.text(" ");
    html.tag("span", "class", "site-updated");
    html.text(mark.apply(i));
    html.end("span");
    html.end("th");
  }
}
