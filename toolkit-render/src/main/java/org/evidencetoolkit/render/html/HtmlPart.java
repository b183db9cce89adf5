package org.evidencetoolkit.render.html;

import java.util.List;
import java.util.Objects;
import org.evidencetoolkit.model.ImplementationTip;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Resource;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.model.Section;
import org.evidencetoolkit.model.text.RichText;

/**
 * A part of an HTML rendering that an {@link HtmlPartRenderer} can draw in its own way and an
 * {@link AttributeProvider} can add attributes to. Each part is a small record holding what it
 * shows; renderers are looked up by the record's class.
 */
public sealed interface HtmlPart {
  /**
   * A whole intervention: the {@code <article>} of a fragment, holding the header, ratings,
   * sections and footer.
   *
   * @param intervention what is shown
   */
  record Article(Intervention intervention) implements HtmlPart {
    /** Refuses null. */
    public Article {
      Objects.requireNonNull(intervention, "intervention");
    }
  }

  /**
   * The title and summary.
   *
   * @param intervention whose title and summary
   */
  record Header(Intervention intervention) implements HtmlPart {
    /** Refuses null. */
    public Header {
      Objects.requireNonNull(intervention, "intervention");
    }
  }

  /**
   * The headline ratings: impact, evidence, cost, prevention type, setting, sector, studies.
   *
   * @param intervention whose ratings
   */
  record Ratings(Intervention intervention) implements HtmlPart {
    /** Refuses null. */
    public Ratings {
      Objects.requireNonNull(intervention, "intervention");
    }
  }

  /**
   * One built-in section with its heading; drawn only when it has content and the profile lists
   * it ({@link org.evidencetoolkit.model.Profile#sections()}, which also gives the order).
   *
   * @param section which section
   * @param intervention whose section
   */
  record NarrativeSection(Section section, Intervention intervention) implements HtmlPart {
    /** Refuses nulls. */
    public NarrativeSection {
      Objects.requireNonNull(section, "section");
      Objects.requireNonNull(intervention, "intervention");
    }
  }

  /**
   * One custom section ({@link Intervention#sections()}) with its heading, the label {@code
   * section.<id>}; drawn only when it has content and the profile lists it.
   *
   * @param id the section's id, e.g. {@code behind-the-average}
   * @param intervention whose section
   */
  record CustomSection(String id, Intervention intervention) implements HtmlPart {
    /** Refuses nulls. */
    public CustomSection {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(intervention, "intervention");
    }

    /** The section's text (empty if the intervention has no section with this id). */
    public RichText body() {
      RichText body = intervention.sections().get(id);
      return body == null ? RichText.empty() : body;
    }
  }

  /**
   * One implementation tip.
   *
   * @param tip the tip
   * @param number its position, from 1
   * @param intervention whose tip
   */
  record Tip(ImplementationTip tip, int number, Intervention intervention) implements HtmlPart {
    /** Refuses nulls. */
    public Tip {
      Objects.requireNonNull(tip, "tip");
      Objects.requireNonNull(intervention, "intervention");
    }
  }

  /**
   * One item of further reading.
   *
   * @param resource the resource
   * @param number its position, from 1
   * @param intervention whose resource
   */
  record ResourceItem(Resource resource, int number, Intervention intervention) implements HtmlPart {
    /** Refuses nulls. */
    public ResourceItem {
      Objects.requireNonNull(resource, "resource");
      Objects.requireNonNull(intervention, "intervention");
    }
  }

  /**
   * The closing lines: the toolkit's source ("Source: …", when the renderer was given a toolkit,
   * {@link HtmlContext#source()}) and when the summary was last updated; drawn when there is
   * either.
   *
   * @param intervention whose date
   */
  record Footer(Intervention intervention) implements HtmlPart {
    /** Refuses null. */
    public Footer {
      Objects.requireNonNull(intervention, "intervention");
    }
  }

  /**
   * What a toolkit is ({@link Toolkit#about()}) and its source ("Source: …", linked), above its
   * index table; drawn when there is either.
   *
   * @param toolkit the toolkit
   */
  record About(Toolkit toolkit) implements HtmlPart {
    /** Refuses null. */
    public About {
      Objects.requireNonNull(toolkit, "toolkit");
    }
  }

  /**
   * A toolkit's index: its {@link About} and its table.
   *
   * @param toolkit the toolkit
   */
  record Index(Toolkit toolkit) implements HtmlPart {
    /** Refuses null. */
    public Index {
      Objects.requireNonNull(toolkit, "toolkit");
    }
  }

  /**
   * One row of the index table ({@code <tr>}).
   *
   * @param intervention the row's intervention
   * @param number its position, from 1
   */
  record IndexRow(Intervention intervention, int number) implements HtmlPart {
    /** Refuses null. */
    public IndexRow {
      Objects.requireNonNull(intervention, "intervention");
    }
  }

  /**
   * One cell of the index table ({@code <th>} for the title, {@code <td>} for the others).
   *
   * @param intervention the row's intervention
   * @param column the cell's column
   */
  record IndexCell(Intervention intervention, IndexColumn column) implements HtmlPart {
    /** Refuses nulls. */
    public IndexCell {
      Objects.requireNonNull(intervention, "intervention");
      Objects.requireNonNull(column, "column");
    }
  }

  /**
   * A side-by-side comparison table.
   *
   * @param interventions the interventions, one column each, in order
   */
  record Comparison(List<Intervention> interventions) implements HtmlPart {
    /** Copies the list; refuses nulls. */
    public Comparison {
      interventions = List.copyOf(interventions);
    }
  }
}
