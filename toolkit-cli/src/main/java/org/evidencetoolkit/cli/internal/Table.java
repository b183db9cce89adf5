package org.evidencetoolkit.cli.internal;

import java.util.ArrayList;
import java.util.List;
import org.evidencetoolkit.render.TerminalText;

/**
 * A plain-text table with left-aligned columns separated by two spaces, no trailing spaces, and
 * widths measured in code points so that accented titles line up.
 */
public final class Table {
  private final List<String> headings;
  private final List<List<String>> rows = new ArrayList<>();

  /** A table with these column headings. */
  public Table(List<String> headings) {
    this.headings = List.copyOf(headings);
  }

  /**
   * Adds a row; it must have one cell per heading. Cells hold content (ids, titles), so each is
   * {@linkplain TerminalText#escape escaped}: it stays on its line and cannot drive the terminal.
   */
  public Table add(List<String> cells) {
    if (cells.size() != headings.size()) {
      throw new IllegalArgumentException(
          "A row needs " + headings.size() + " cells, had " + cells.size());
    }
    rows.add(cells.stream().map(TerminalText::escape).toList());
    return this;
  }

  /** The table, one line per row after the heading line, each ending in a line break. */
  public String format(boolean boldHeadings) {
    int[] widths = new int[headings.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = width(headings.get(c));
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], width(row.get(c)));
      }
    }
    StringBuilder out = new StringBuilder();
    appendLine(out, headings, widths, boldHeadings);
    for (List<String> row : rows) {
      appendLine(out, row, widths, false);
    }
    return out.toString();
  }

  private static void appendLine(
      StringBuilder out, List<String> cells, int[] widths, boolean bold) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      line.append(bold ? Ansi.BOLD.wrap(cell) : cell);
      if (c < cells.size() - 1) {
        line.append(" ".repeat(widths[c] - width(cell) + 2));
      }
    }
    out.append(stripTrailing(line)).append('\n');
  }

  private static String stripTrailing(StringBuilder line) {
    int end = line.length();
    while (end > 0 && line.charAt(end - 1) == ' ') {
      end--;
    }
    return line.substring(0, end);
  }

  private static int width(String cell) {
    return cell.codePointCount(0, cell.length());
  }
}
