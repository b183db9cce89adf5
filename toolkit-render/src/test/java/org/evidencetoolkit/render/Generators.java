package org.evidencetoolkit.render;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.evidencetoolkit.model.CostRating;
import org.evidencetoolkit.model.EvidenceRating;
import org.evidencetoolkit.model.ImpactBand;
import org.evidencetoolkit.model.ImpactRating;
import org.evidencetoolkit.model.ImplementationTip;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.PreventionType;
import org.evidencetoolkit.model.Resource;
import org.evidencetoolkit.model.Sector;
import org.evidencetoolkit.model.Setting;
import org.evidencetoolkit.model.Toolkit;
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
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

// Not toolkit-testing's generators: that module depends on this one, so using them is a cycle.
/**
 * Small QuickTheories generators of model values for this module's own tests. Two flavours:
 * {@link #interventions()} mixes plain words with hostile ones (markup, Markdown syntax, control
 * characters, wide and combining characters, very long words, refused addresses);
 * {@link #cleanInterventions()} keeps to content the {@code text.clean} rule accepts, for the
 * Markdown round trip.
 */
final class Generators {
  static final List<String> WORDS =
      List.of("mentoring", "the", "young", "people", "school", "violence", "of", "a", "and",
          "approach", "evidence", "is", "it", "well", "trusted", "adult", "weekly", "Impact", "cost",
          "21%", "less", "(see", "note)", "A&E", "children's", "re-offending", "—", "é", "Ünïcödé");

  static final List<String> HOSTILE =
      List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "'onmouseover='x",
          "</article>", "<!--", "-->", "<![CDATA[x]]>", "&amp;", "&#x3C;", "&lt;b&gt;", "*star*",
          "_under_", "**bold**", "[link](javascript:alert(1))", "![img](x)", "# heading", "- item",
          "+ item", "1. one", "2) two", "> quote", "```", "~~~", "---", "===", "\\", "`code`",
          "<https://example.org>", "|", "{{x}}", "${x}", "%s", "javascript:alert(1)", "&", "!",
          "[", "]", "(", ")", "#", "*", "_", "<", ">", "\"", "'");

  static final List<String> UNICODE =
      List.of("日本語のテキスト", "한국어", "👩‍👩‍👧", "🎉", "e\u0301", "مرحبا", "עברית", "\u00A0", "\u3000x",
          "a".repeat(45), "https://example.org/a/very/long/address/that/never/breaks/in/text", "\uD835\uDC00",
          "Z\u0351\u036B\u0343\u036A\u0302\u036B\u033D\u034F", "\u200Bzero-width", "\u202Ereversed");

  static final List<String> CONTROL =
      List.of("\u0000", "\u0007", "\t", "\n", "\r\n", "\u001B[31mred\u001B[0m", "\u0085", "\u007F", "\u000C");

  static final List<String> GOOD_URLS =
      List.of("https://example.org/", "https://example.org/a?b=1&c=2", "http://example.org:8080/x",
          "mailto:someone@example.org", "HTTPS://EXAMPLE.ORG/UPPER", "https://例え.jp/");

  static final List<String> BAD_URLS =
      List.of("javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,%3Cscript%3E", "vbscript:x",
          "ftp://example.org/", "relative/path", "/absolute/path", "https:host", "file:///etc/passwd");

  private Generators() {}

  /** Interventions with a mixture of plain and hostile content. */
  static Gen<Intervention> interventions() {
    return in -> intervention(new Draw(in), false);
  }

  /** Interventions whose text the content rules accept: for the Markdown round trip. */
  static Gen<Intervention> cleanInterventions() {
    return in -> intervention(new Draw(in), true);
  }

  /** Toolkits of hostile interventions. */
  static Gen<Toolkit> toolkits() {
    return in -> {
      Draw d = new Draw(in);
      List<Intervention> list = new ArrayList<>();
      int n = d.between(0, 5);
      for (int k = 0; k < n; k++) {
        list.add(intervention(d, false));
      }
      return Toolkit.builder().title(d.text(false, 0, 5)).addAllInterventions(list).build();
    };
  }

  /** Lists of hostile interventions to compare. */
  static Gen<List<Intervention>> comparisons() {
    return in -> {
      Draw d = new Draw(in);
      List<Intervention> list = new ArrayList<>();
      int n = d.between(0, 4);
      for (int k = 0; k < n; k++) {
        list.add(intervention(d, false));
      }
      return list;
    };
  }

  static Intervention intervention(Draw d, boolean clean) {
    ImpactBand band = d.pick(List.of(ImpactBand.values()));
    ImpactRating impact =
        band.isRated() && d.bool()
            ? ImpactRating.of(band, BigDecimal.valueOf(d.between(-500, 999), d.between(0, 2)))
            : ImpactRating.of(band);
    Intervention.Builder b =
        Intervention.builder()
            .id(d.text(clean, 1, 2))
            .title(d.text(clean, 0, 8))
            .summary(d.text(clean, 0, 20))
            .impact(impact)
            .evidence(d.pick(List.of(EvidenceRating.values())))
            .cost(d.pick(List.of(CostRating.values())))
            .whatIsIt(richText(d, clean))
            .effectiveness(richText(d, clean))
            .evidenceSecurity(richText(d, clean))
            .costDetails(richText(d, clean))
            .topicSummary(richText(d, clean));
    if (d.bool()) {
      b.studyCount(d.between(0, 200));
    }
    for (PreventionType type : PreventionType.values()) {
      if (d.bool()) {
        b.addPreventionTypes(type);
      }
    }
    int settings = d.between(0, 3);
    for (int k = 0; k < settings; k++) {
      b.addSettings(d.bool() ? d.pick(Setting.builtIns()) : Setting.of("x-" + k, d.text(clean, 1, 4)));
    }
    int sectors = d.between(0, 2);
    for (int k = 0; k < sectors; k++) {
      b.addSectors(d.bool() ? d.pick(Sector.builtIns()) : Sector.of("y-" + k, d.text(clean, 1, 4)));
    }
    int tips = d.between(0, 3);
    for (int k = 0; k < tips; k++) {
      b.addImplementation(ImplementationTip.of(d.text(clean, 1, 8) + " " + k, richText(d, clean)));
    }
    int resources = d.between(0, 3);
    for (int k = 0; k < resources; k++) {
      Resource.Builder r = Resource.builder().title(d.text(clean, 1, 8));
      if (d.bool()) {
        r.description(d.text(clean, 1, 12));
      }
      if (d.bool()) {
        r.url(url(d, clean));
      }
      b.addResources(r.build());
    }
    if (d.bool()) {
      b.lastUpdated(LocalDate.of(2000 + d.between(0, 30), d.between(1, 12), d.between(1, 28)));
    }
    return b.build();
  }

  static URI url(Draw d, boolean clean) {
    return URI.create(clean || d.between(0, 3) > 0 ? d.pick(GOOD_URLS) : d.pick(BAD_URLS));
  }

  static RichText richText(Draw d, boolean clean) {
    int n = d.between(0, 3);
    List<Block> blocks = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      int kind = d.between(0, 3);
      if (kind <= 1) {
        blocks.add(new Paragraph(inlines(d, clean)));
      } else {
        List<List<Inline>> items = new ArrayList<>();
        int m = d.between(1, 3);
        for (int j = 0; j < m; j++) {
          items.add(inlines(d, clean));
        }
        blocks.add(kind == 2 ? new BulletList(items) : new OrderedList(items));
      }
    }
    return new RichText(blocks);
  }

  /**
   * Inlines. Clean ones start with text, separate formatted runs by spaces and keep formatted
   * content to plain words, the shape CommonMark emphasis can always carry.
   */
  static List<Inline> inlines(Draw d, boolean clean) {
    List<Inline> out = new ArrayList<>();
    int n = d.between(1, 4);
    for (int k = 0; k < n; k++) {
      int kind = d.between(0, 5);
      if (clean && k > 0) {
        out.add(new Text(" "));
      }
      if (kind <= 2) {
        out.add(new Text(d.text(clean, 1, 10)));
      } else {
        List<Inline> children = List.of(new Text(clean ? d.plainWords(1, 3) : d.text(false, 0, 4)));
        if (!clean && d.between(0, 4) == 0) {
          children = List.of(new Emphasis(children), new Link(url(d, false), children));
        }
        out.add(
            switch (kind) {
              case 3 -> new Emphasis(children);
              case 4 -> new Strong(children);
              default -> new Link(url(d, clean), children);
            });
      }
    }
    return out;
  }

  /** Draws values from QuickTheories' randomness, so failures shrink. */
  static final class Draw {
    private final RandomnessSource in;

    Draw(RandomnessSource in) {
      this.in = in;
    }

    int between(int min, int max) {
      return (int) in.next(Constraint.between(min, max));
    }

    boolean bool() {
      return between(0, 1) == 1;
    }

    <T> T pick(List<T> values) {
      return values.get(between(0, values.size() - 1));
    }

    String plainWords(int min, int max) {
      int n = between(min, max);
      List<String> words = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        words.add(pick(List.of("alpha", "beta", "gamma", "delta", "mentoring", "youth", "x1", "Zed")));
      }
      return String.join(" ", words);
    }

    /** Words joined by single spaces; clean text has no control characters or edge spaces. */
    String text(boolean clean, int min, int max) {
      int n = between(min, max);
      List<String> words = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        int pool = between(0, 9);
        if (pool <= 4) {
          words.add(pick(WORDS));
        } else if (pool <= 6) {
          words.add(pick(HOSTILE));
        } else if (pool <= 8) {
          words.add(pick(UNICODE));
        } else {
          words.add(clean ? pick(WORDS) : pick(CONTROL));
        }
      }
      String text = String.join(" ", words);
      return clean ? text.strip() : text;
    }
  }
}
