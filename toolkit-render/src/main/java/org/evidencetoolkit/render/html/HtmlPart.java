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
   * The headline block at the top of an intervention: impact, evidence and cost as three tiles
   * (words first, the gauge as hidden decoration, the band's colour as an accent), then prevention
   * type, setting, sectors and studies as a compact list of facts ("Not given" where absent), and
   * for a {@linkplain Intervention#headlineOnly() headline-only} entry a note saying so.
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
   * "Related approaches": the interventions this one names in {@link Intervention#related()},
   * after its sections. Each id is looked up in the toolkit the renderer was given ({@link
   * HtmlContext#toolkit()}) and shown by its title, linked when the renderer knows where that
   * intervention's page is; an id the toolkit does not hold is left out, so no link leads
   * nowhere. Without a toolkit, ids are shown as they are, as plain text. Drawn when there is
   * something to show.
   *
   * @param intervention whose related approaches
   */
  record Related(Intervention intervention) implements HtmlPart {
    /** Refuses null. */
    public Related {
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
   * A toolkit's index: its {@link About} and its {@link IndexTable}.
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
   * The table of an index, inside a container that scrolls sideways when the table is wider than
   * the page (or a short paragraph when the toolkit is empty). Its caption is the toolkit's title,
   * or "Headline ratings" on a page whose heading already gives the title.
   *
   * @param toolkit the toolkit
   */
  record IndexTable(Toolkit toolkit) implements HtmlPart {
    /** Refuses null. */
    public IndexTable {
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
   * What comes before a whole page's {@code <main>}: a site's skip link and navigation. The core
   * draws nothing; an application (such as the static site) registers a renderer for it.
   *
   * @param page which kind of page
   * @param title the page's title
   */
  record Navigation(PageKind page, String title) implements HtmlPart {
    /** Refuses nulls. */
    public Navigation {
      Objects.requireNonNull(page, "page");
      Objects.requireNonNull(title, "title");
    }
  }

  /**
   * What comes after a whole page's {@code <main>}: a site's footer. The core draws nothing; an
   * application registers a renderer for it.
   *
   * @param page which kind of page
   * @param title the page's title
   */
  record PageFooter(PageKind page, String title) implements HtmlPart {
    /** Refuses nulls. */
    public PageFooter {
      Objects.requireNonNull(page, "page");
      Objects.requireNonNull(title, "title");
    }
  }

  /** The kinds of whole page a renderer writes, for {@link Navigation} and {@link PageFooter}. */
  enum PageKind {
    /** One intervention ({@code renderPage}). */
    INTERVENTION,
    /** A toolkit's index ({@code renderIndexPage}). */
    INDEX,
    /** A comparison ({@code renderComparisonPage}). */
    COMPARISON,
    /** A changelog ({@code ChangelogRenderer}'s whole page). */
    CHANGES
  }

  /**
   * A side-by-side comparison table, inside a container that scrolls sideways when the table is
   * wider than the page.
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
