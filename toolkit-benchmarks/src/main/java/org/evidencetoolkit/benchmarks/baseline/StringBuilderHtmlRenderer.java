package org.evidencetoolkit.benchmarks.baseline;

import java.util.List;
import java.util.Optional;
import org.evidencetoolkit.model.ImplementationTip;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Resource;
import org.evidencetoolkit.model.Slugs;
import org.evidencetoolkit.model.text.Block;
import org.evidencetoolkit.model.text.BulletList;
import org.evidencetoolkit.model.text.Emphasis;
import org.evidencetoolkit.model.text.Inline;
import org.evidencetoolkit.model.text.Link;
import org.evidencetoolkit.model.text.OrderedList;
import org.evidencetoolkit.model.text.Paragraph;
import org.evidencetoolkit.model.text.RichText;
import org.evidencetoolkit.model.text.Strong;
import org.evidencetoolkit.model.text.Text;
import org.owasp.encoder.Encode;

/**
 * The limit for HTML rendering: the toolkit's default page, markup for markup, appended to one
 * {@link StringBuilder} with constant strings and OWASP's {@code Encode.forHtml} (the escaper the
 * toolkit uses) for every value. Not configurable and not extensible.
 */
public final class StringBuilderHtmlRenderer {
  private final Words words = Words.ENGLISH;
  private final String head;

  /**
   * A renderer whose pages carry this stylesheet inline.
   *
   * @param css the stylesheet, as the toolkit's default page carries it
   */
  public StringBuilderHtmlRenderer(String css) {
    this.head = "<style>\n" + css + (css.endsWith("\n") ? "" : "\n") + "</style>\n</head>\n<body class=\"et-page\">\n<main id=\"et-main\">\n";
  }

  /** A whole page. */
  public String renderPage(Intervention i) {
    StringBuilder out = new StringBuilder(32_768);
    renderPage(i, out);
    return out.toString();
  }

  /** Appends a whole page. */
  public void renderPage(Intervention i, StringBuilder out) {
    String title = i.title().isBlank() ? words.untitled : i.title();
    out.append("<!doctype html>\n<html lang=\"").append(Encode.forHtml(words.language))
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        .append(Encode.forHtml(title)).append("</title>\n").append(head);
    article(i, title, out);
    out.append("</main>\n</body>\n</html>\n");
  }

  private void article(Intervention i, String title, StringBuilder out) {
    out.append("<article class=\"et-intervention\">\n<header class=\"et-header\">\n<h1 class=\"et-title\">")
        .append(Encode.forHtml(title)).append("</h1>\n");
    if (!i.summary().isBlank()) {
      out.append("<p class=\"et-summary\">").append(Encode.forHtml(i.summary())).append("</p>\n");
    }
    out.append("</header>\n<div class=\"et-headline\">\n<dl class=\"et-tiles\">\n");
    out.append("<div class=\"et-tile et-tile-impact et-band-")
        .append(Slugs.kebab(i.impact().band()))
        .append("\"><dt class=\"et-tile-label\">").append(Encode.forHtml(words.impact))
        .append("</dt>\n<dd class=\"et-rating-value\">");
    tileWords(impactWords(i), out);
    switch (i.impact().band()) {
      case HIGH -> gauge(3, 3, out);
      case MODERATE -> gauge(2, 3, out);
      case LOW -> gauge(1, 3, out);
      case NO_EFFECT -> gauge(0, 3, out);
      case HARMFUL -> out.append(" <span class=\"et-gauge et-gauge-harmful\" aria-hidden=\"true\">▼</span>");
      case INSUFFICIENT_EVIDENCE -> { }
    }
    out.append("</dd>\n</div>\n");
    out.append("<div class=\"et-tile et-tile-evidence\"><dt class=\"et-tile-label\">")
        .append(Encode.forHtml(words.evidenceQuality)).append("</dt>\n<dd class=\"et-rating-value\">");
    if (i.evidence().isRated()) {
      int level = i.evidence().level().getAsInt();
      tileWords(level + "/5 " + words.evidence(i.evidence()), out);
      gauge(level, 5, out);
    } else {
      tileWords(words.evidence(i.evidence()), out);
    }
    out.append("</dd>\n</div>\n");
    out.append("<div class=\"et-tile et-tile-cost\"><dt class=\"et-tile-label\">").append(Encode.forHtml(words.costLabel))
        .append("</dt>\n<dd class=\"et-rating-value\">");
    if (i.cost().isRated()) {
      int level = i.cost().level().getAsInt();
      tileWords(level + "/5 " + words.cost(i.cost()), out);
      gauge(level, 5, out);
    } else {
      tileWords(words.costNotRated + " " + words.cost(i.cost()), out);
    }
    out.append("</dd>\n</div>\n</dl>\n<dl class=\"et-facts\">\n");
    StringBuilder types = new StringBuilder();
    i.preventionTypes().forEach(t -> types.append(types.length() == 0 ? "" : words.separator).append(words.prevention(t)));
    fact("prevention", words.preventionLabel, types.toString(), out);
    StringBuilder settings = new StringBuilder();
    i.settings().forEach(t -> settings.append(settings.length() == 0 ? "" : words.separator)
        .append(words.vocabulary("setting.", t.code(), t.label())));
    fact("setting", words.setting, settings.toString(), out);
    StringBuilder sectors = new StringBuilder();
    i.sectors().forEach(t -> sectors.append(sectors.length() == 0 ? "" : words.separator)
        .append(words.vocabulary("sector.", t.code(), t.label())));
    fact("sector", words.sector, sectors.toString(), out);
    fact("studies", words.studies, i.studyCount().isPresent() ? words.studies(i.studyCount().getAsInt()) : "", out);
    out.append("</dl>\n</div>\n");
    section("what-is-it", words.whatIsIt, i.whatIsIt(), out);
    section("effectiveness", words.effectiveness, i.effectiveness(), out);
    section("evidence-security", words.evidenceSecurity, i.evidenceSecurity(), out);
    if (!i.implementation().isEmpty()) {
      out.append("<section class=\"et-section et-section-implementation\">\n<h2>")
          .append(Encode.forHtml(words.implementation)).append("</h2>\n");
      for (ImplementationTip tip : i.implementation()) {
        out.append("<section class=\"et-tip\">\n<h3 class=\"et-tip-title\">").append(Encode.forHtml(tip.title()))
            .append("</h3>\n");
        richText(tip.body(), out);
        out.append("</section>\n");
      }
      out.append("</section>\n");
    }
    section("cost", words.costSection, i.costDetails(), out);
    section("topic-summary", words.topicSummary, i.topicSummary(), out);
    if (!i.resources().isEmpty()) {
      out.append("<section class=\"et-section et-section-further-reading\">\n<h2>")
          .append(Encode.forHtml(words.furtherReading)).append("</h2>\n<ul class=\"et-resources\">\n");
      for (Resource resource : i.resources()) {
        out.append("<li class=\"et-resource\">");
        String href = resource.url().isPresent() ? LinkAddresses.href(resource.url().get()) : null;
        if (href != null) {
          out.append("<a href=\"").append(Encode.forHtml(href))
              .append("\" rel=\"noopener noreferrer\" class=\"et-resource-title\">")
              .append(Encode.forHtml(resource.title())).append("</a>");
        } else {
          out.append("<span class=\"et-resource-title\">").append(Encode.forHtml(resource.title()))
              .append("</span>");
        }
        Optional<String> description = resource.description();
        if (description.isPresent()) {
          out.append("<p class=\"et-resource-description\">").append(Encode.forHtml(description.get()))
              .append("</p>\n");
        }
        out.append("</li>\n");
      }
      out.append("</ul>\n</section>\n");
    }
    if (!i.related().isEmpty()) {
      // Rendered alone, with no toolkit to look them up in, related ids are shown as they are.
      out.append("<section class=\"et-related\">\n<h2>").append(Encode.forHtml(words.related))
          .append("</h2>\n<ul class=\"et-related-list\">\n");
      for (String id : i.related()) {
        out.append("<li>").append(Encode.forHtml(id)).append("</li>\n");
      }
      out.append("</ul>\n</section>\n");
    }
    if (i.lastUpdated().isPresent()) {
      String pattern = words.lastUpdated;
      int slot = pattern.indexOf("{0}");
      out.append("<footer class=\"et-footer\"><p>")
          .append(Encode.forHtml(slot < 0 ? pattern + " " : pattern.substring(0, slot)))
          .append("<time datetime=\"").append(i.lastUpdated().get()).append("\">")
          .append(Encode.forHtml(words.date(i.lastUpdated().get()))).append("</time>");
      if (slot >= 0) {
        out.append(Encode.forHtml(pattern.substring(slot + 3)));
      }
      out.append("</p>\n</footer>\n");
    }
    out.append("</article>\n");
  }

  private String impactWords(Intervention i) {
    String band = words.band(i.impact().band());
    if (i.impact().estimate().isEmpty()) {
      return band;
    }
    java.math.BigDecimal estimate = i.impact().estimate().get();
    int sign = estimate.signum();
    String number = estimate.abs().toPlainString();
    String change = sign > 0 ? words.lessViolence.replace("{0}", number)
        : sign < 0 ? words.moreViolence.replace("{0}", number) : words.noChange;
    return band + " (" + change + ")";
  }

  private static void tileWords(String text, StringBuilder out) {
    out.append("<span class=\"et-tile-words\">").append(Encode.forHtml(text)).append("</span>");
  }

  /** A gauge after the words of a tile. */
  private static void gauge(int filled, int of, StringBuilder out) {
    out.append(" <span class=\"et-gauge\" aria-hidden=\"true\">");
    for (int k = 0; k < filled; k++) {
      out.append('●');
    }
    if (filled < of) {
      out.append("<span class=\"et-gauge-empty\">");
      for (int k = filled; k < of; k++) {
        out.append('○');
      }
      out.append("</span>");
    }
    out.append("</span>");
  }

  /** One fact, or "Not given". */
  private void fact(String slug, String label, String value, StringBuilder out) {
    out.append("<div class=\"et-fact et-fact-").append(slug).append("\"><dt>").append(Encode.forHtml(label))
        .append("</dt>");
    if (value.isEmpty()) {
      out.append("<dd class=\"et-not-given\">").append(Encode.forHtml(words.notGiven));
    } else {
      out.append("<dd>").append(Encode.forHtml(value));
    }
    out.append("</dd></div>\n");
  }

  private static void section(String slug, String heading, RichText body, StringBuilder out) {
    if (body.isEmpty()) {
      return;
    }
    out.append("<section class=\"et-section et-section-").append(slug).append("\">\n<h2>")
        .append(Encode.forHtml(heading)).append("</h2>\n");
    richText(body, out);
    out.append("</section>\n");
  }

  private static void richText(RichText text, StringBuilder out) {
    for (Block block : text.blocks()) {
      if (block instanceof Paragraph p) {
        out.append("<p>");
        inlines(p.inlines(), out, false);
        out.append("</p>\n");
      } else {
        boolean bullets = block instanceof BulletList;
        List<List<Inline>> items = bullets ? ((BulletList) block).items() : ((OrderedList) block).items();
        out.append(bullets ? "<ul>\n" : "<ol>\n");
        for (List<Inline> item : items) {
          out.append("<li>");
          inlines(item, out, false);
          out.append("</li>\n");
        }
        out.append(bullets ? "</ul>\n" : "</ol>\n");
      }
    }
  }

  private static void inlines(List<Inline> inlines, StringBuilder out, boolean inLink) {
    for (Inline inline : inlines) {
      if (inline instanceof Text t) {
        out.append(Encode.forHtml(t.text()));
      } else if (inline instanceof Emphasis e) {
        out.append("<em>");
        inlines(e.children(), out, inLink);
        out.append("</em>");
      } else if (inline instanceof Strong s) {
        out.append("<strong>");
        inlines(s.children(), out, inLink);
        out.append("</strong>");
      } else if (inline instanceof Link link) {
        String href = inLink ? null : LinkAddresses.href(link.url());
        if (href == null) {
          inlines(link.children(), out, inLink);
        } else {
          out.append("<a href=\"").append(Encode.forHtml(href)).append("\" rel=\"noopener noreferrer\">");
          inlines(link.children(), out, true);
          out.append("</a>");
        }
      }
    }
  }
}
