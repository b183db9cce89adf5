package org.evidencetoolkit.benchmarks.baseline;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evidencetoolkit.model.ImpactBand;
import org.evidencetoolkit.model.ImplementationTip;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.PreventionType;
import org.evidencetoolkit.model.Resource;
import org.evidencetoolkit.model.Sector;
import org.evidencetoolkit.model.Setting;
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

/**
 * The limit for text rendering: the same 80-column layout as the toolkit's text renderer with
 * Unicode glyphs, written straight into one {@link StringBuilder}: words are wrapped as they are
 * scanned, with no list of words or lines in between. Not configurable and not extensible.
 */
public final class StringBuilderTextRenderer {
  private static final int WIDTH = 80;
  private final Words words = Words.ENGLISH;

  /** The text of one intervention. */
  public String render(Intervention i) {
    return new Page(new StringBuilder(16_384)).intervention(i).toString();
  }

  /** One call's state. */
  private final class Page {
    private final StringBuilder out;
    private final Map<String, Integer> references = new LinkedHashMap<>();
    private boolean blankPending;

    Page(StringBuilder out) {
      this.out = out;
    }

    StringBuilder intervention(Intervention i) {
      heading(i.title().isBlank() ? words.untitled : i.title(), '=');
      blank();
      wrap(TerminalColumns.printable(i.summary()), "", "");
      blank();
      ratings(i);
      section(words.whatIsIt, i.whatIsIt());
      section(words.effectiveness, i.effectiveness());
      section(words.evidenceSecurity, i.evidenceSecurity());
      if (!i.implementation().isEmpty()) {
        heading(words.implementation, '-');
        int n = 1;
        for (ImplementationTip tip : i.implementation()) {
          String marker = n++ + ". ";
          String indent = " ".repeat(marker.length());
          blank();
          wrap(TerminalColumns.printable(tip.title()), marker, indent);
          richText(tip.body(), indent, false);
        }
      }
      section(words.costSection, i.costDetails());
      section(words.topicSummary, i.topicSummary());
      if (!i.resources().isEmpty()) {
        heading(words.furtherReading, '-');
        blank();
        for (Resource resource : i.resources()) {
          String text = resource.title();
          if (resource.url().isPresent()) {
            String href = LinkAddresses.href(resource.url().get());
            if (href != null) {
              text = text + " [" + reference(href) + "]";
            }
          }
          if (wrap(TerminalColumns.printable(text), "  • ", "    ") == 0) {
            line("  • ");
          }
          Optional<String> description = resource.description();
          if (description.isPresent()) {
            wrap(TerminalColumns.printable(description.get()), "    ", "    ");
          }
        }
      }
      if (!i.related().isEmpty()) {
        // Rendered alone, with no toolkit to look them up in, related ids are shown as they are.
        heading(words.related, '-');
        blank();
        for (String id : i.related()) {
          wrap(TerminalColumns.printable(id), "  • ", "    ");
        }
      }
      if (i.lastUpdated().isPresent()) {
        blank();
        wrap(TerminalColumns.printable(words.lastUpdated.replace("{0}", words.date(i.lastUpdated().get()))), "", "");
      }
      if (!references.isEmpty()) {
        heading(words.references, '-');
        blank();
        for (Map.Entry<String, Integer> reference : references.entrySet()) {
          String marker = "[" + reference.getValue() + "] ";
          wrap(TerminalColumns.printable(reference.getKey()), marker, " ".repeat(marker.length()));
        }
      }
      return out;
    }

    private void ratings(Intervention i) {
      String[] labels = new String[7];
      String[] values = new String[7];
      int rows = 0;
      labels[rows] = words.impact;
      values[rows++] = impact(i);
      labels[rows] = words.evidenceQuality;
      values[rows++] = i.evidence().isRated()
          ? gauge(i.evidence().level().getAsInt(), 5) + " " + i.evidence().level().getAsInt() + "/5 " + words.evidence(i.evidence())
          : words.evidence(i.evidence());
      labels[rows] = words.costLabel;
      values[rows++] = i.cost().isRated()
          ? gauge(i.cost().level().getAsInt(), 5) + " " + i.cost().level().getAsInt() + "/5 " + words.cost(i.cost())
          : words.costNotRated + " " + words.cost(i.cost());
      // Every fact has a row, "Not given" when the intervention does not give it.
      StringBuilder types = new StringBuilder();
      for (PreventionType t : i.preventionTypes()) {
        types.append(types.length() == 0 ? "" : words.separator).append(words.prevention(t));
      }
      labels[rows] = words.preventionLabel;
      values[rows++] = types.length() == 0 ? words.notGiven : types.toString();
      StringBuilder settings = new StringBuilder();
      for (Setting setting : i.settings()) {
        settings.append(settings.length() == 0 ? "" : words.separator)
            .append(words.vocabulary("setting.", setting.code(), setting.label()));
      }
      labels[rows] = words.setting;
      values[rows++] = settings.length() == 0 ? words.notGiven : settings.toString();
      StringBuilder sectors = new StringBuilder();
      for (Sector sector : i.sectors()) {
        sectors.append(sectors.length() == 0 ? "" : words.separator)
            .append(words.vocabulary("sector.", sector.code(), sector.label()));
      }
      labels[rows] = words.sector;
      values[rows++] = sectors.length() == 0 ? words.notGiven : sectors.toString();
      labels[rows] = words.studies;
      values[rows++] = i.studyCount().isPresent() ? words.studies(i.studyCount().getAsInt()) : words.notGiven;
      int labelColumns = 0;
      for (int r = 0; r < rows; r++) {
        labelColumns = Math.max(labelColumns, TerminalColumns.of(labels[r]));
      }
      int valueStart = labelColumns + 2;
      String rest = " ".repeat(valueStart);
      for (int r = 0; r < rows; r++) {
        String first = labels[r] + " ".repeat(valueStart - TerminalColumns.of(labels[r]));
        wrap(TerminalColumns.printable(values[r]), first, rest);
      }
    }

    private String impact(Intervention i) {
      ImpactBand band = i.impact().band();
      String text = words.band(band);
      Optional<BigDecimal> estimate = i.impact().estimate();
      if (estimate.isPresent()) {
        int sign = estimate.get().signum();
        String number = estimate.get().abs().toPlainString();
        String change = sign > 0 ? words.lessViolence.replace("{0}", number)
            : sign < 0 ? words.moreViolence.replace("{0}", number) : words.noChange;
        text = text + " (" + change + ")";
      }
      return switch (band) {
        case HIGH -> "●●● " + text;
        case MODERATE -> "●●○ " + text;
        case LOW -> "●○○ " + text;
        case NO_EFFECT -> "○○○ " + text;
        case HARMFUL -> "▼ " + text;
        case INSUFFICIENT_EVIDENCE -> text;
      };
    }

    private String gauge(int filled, int of) {
      return "●".repeat(filled) + "○".repeat(of - filled);
    }

    private void section(String heading, RichText body) {
      if (!body.isEmpty()) {
        heading(heading, '-');
        richText(body, "", true);
      }
    }

    private void heading(String text, char underline) {
      blank();
      int start = out.length();
      int widest = wrapMeasured(TerminalColumns.printable(text));
      if (out.length() == start) {
        line(words.untitled);
        widest = TerminalColumns.of(words.untitled);
      }
      int rule = Math.max(1, Math.min(WIDTH, widest));
      for (int k = 0; k < rule; k++) {
        out.append(underline);
      }
      out.append('\n');
    }

    private void richText(RichText text, String indent, boolean blankBefore) {
      boolean first = !blankBefore;
      for (Block block : text.blocks()) {
        if (!first) {
          blank();
        }
        first = false;
        if (block instanceof Paragraph p) {
          wrap(TerminalColumns.printable(inlines(p.inlines())), indent, indent);
        } else if (block instanceof BulletList list) {
          String bullet = indent + "  • ";
          String rest = " ".repeat(TerminalColumns.of(bullet));
          for (List<Inline> item : list.items()) {
            if (wrap(TerminalColumns.printable(inlines(item)), bullet, rest) == 0) {
              line(bullet);
            }
          }
        } else if (block instanceof OrderedList list) {
          int n = 1;
          int digits = String.valueOf(list.items().size()).length();
          for (List<Inline> item : list.items()) {
            String number = String.valueOf(n++);
            String marker = indent + "  " + " ".repeat(digits - number.length()) + number + ". ";
            if (wrap(TerminalColumns.printable(inlines(item)), marker, " ".repeat(TerminalColumns.of(marker))) == 0) {
              line(marker);
            }
          }
        }
      }
    }

    private String inlines(List<Inline> inlines) {
      StringBuilder text = new StringBuilder(256);
      appendInlines(inlines, text);
      return text.toString();
    }

    private void appendInlines(List<Inline> inlines, StringBuilder text) {
      for (Inline inline : inlines) {
        if (inline instanceof Text t) {
          text.append(t.text());
        } else if (inline instanceof Emphasis e) {
          text.append('_');
          appendInlines(e.children(), text);
          text.append('_');
        } else if (inline instanceof Strong s) {
          text.append('*');
          appendInlines(s.children(), text);
          text.append('*');
        } else if (inline instanceof Link link) {
          appendInlines(link.children(), text);
          String href = LinkAddresses.href(link.url());
          if (href != null) {
            text.append(" [").append(reference(href)).append(']');
          }
        }
      }
    }

    private int reference(String href) {
      Integer n = references.get(href);
      if (n == null) {
        n = references.size() + 1;
        references.put(href, n);
      }
      return n;
    }

    private void blank() {
      blankPending = out.length() > 0;
    }

    private void startLine() {
      if (blankPending) {
        out.append('\n');
        blankPending = false;
      }
    }

    private void line(String line) {
      startLine();
      out.append(line);
      endLine();
    }

    private void endLine() {
      int end = out.length();
      while (end > 0) {
        int cp = Character.codePointBefore(out, end);
        if (!(Character.isWhitespace(cp) || Character.isSpaceChar(cp))) {
          break;
        }
        end -= Character.charCount(cp);
      }
      out.setLength(end);
      out.append('\n');
    }

    /** Wraps a heading with no prefix; returns the widest line's columns. */
    private int wrapMeasured(String text) {
      return wrap(text, "", "", true);
    }

    private int wrap(String text, String first, String rest) {
      return wrap(text, first, rest, false);
    }

    /**
     * Greedy word wrap straight into the output. Returns the number of lines, or the widest line's
     * columns when {@code measure} is set.
     */
    private int wrap(String text, String first, String rest, boolean measure) {
      int length = text.length();
      int k = 0;
      while (k < length && Character.isWhitespace(text.charAt(k))) {
        k++;
      }
      if (k == length) {
        return 0;
      }
      startLine();
      out.append(first);
      int columns = TerminalColumns.of(first);
      int widest = 0;
      int lines = 0;
      boolean empty = true;
      while (k < length) {
        int start = k;
        while (k < length && !Character.isWhitespace(text.charAt(k))) {
          k++;
        }
        int w = TerminalColumns.of(text, start, k);
        if (!empty && columns + 1 + w > WIDTH) {
          endLine();
          widest = Math.max(widest, columns);
          lines++;
          out.append(rest);
          columns = TerminalColumns.of(rest);
          empty = true;
        }
        if (!empty) {
          out.append(' ');
          columns++;
        }
        out.append(text, start, k);
        columns += w;
        empty = false;
        while (k < length && Character.isWhitespace(text.charAt(k))) {
          k++;
        }
      }
      endLine();
      widest = Math.max(widest, columns);
      return measure ? widest : lines + 1;
    }
  }
}
