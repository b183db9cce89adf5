package org.evidencetoolkit.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.evidencetoolkit.render.internal.Columns;

/**
 * A plain-text table for a terminal: left-aligned columns two spaces apart, one line per row
 * under a heading line, no line ending in white space. Widths are measured in terminal columns,
 * as the {@link TextRenderer} measures them (accented and East Asian titles line up), and every
 * cell and heading is {@linkplain TerminalText#escape escaped}, so content stays on its line and
 * cannot drive the terminal. The command line's {@code toolkit list} prints its table this way.
 *
 * <pre>{@code
 * TextTable table = new TextTable(List.of("ID", "IMPACT"));
 * for (Intervention i : toolkit.interventions()) {
 *   table.add(List.of(i.id(), labels.impact(i.impact(), toolkit.profile())));
 * }
 * System.out.print(table.format());
 * }</pre>
 *
 * <p>A table collects rows as they are added, so an instance is not thread-safe; {@link
 * #format()} may be called any number of times.
 */
public final class TextTable {
  private final List<String> headings;
  private final List<List<String>> rows = new ArrayList<>();

  /**
   * A table with these column headings.
   *
   * @throws IllegalArgumentException if there are no headings
   */
  public TextTable(List<String> headings) {
    if (headings.isEmpty()) {
      throw new IllegalArgumentException("A table needs at least one column");
    }
    this.headings = headings.stream().map(TerminalText::escape).toList();
  }

  /**
   * Adds a row, one cell per heading.
   *
   * @return this table
   * @throws IllegalArgumentException if the row has more or fewer cells than there are headings
   */
  public TextTable add(List<String> cells) {
    if (cells.size() != headings.size()) {
      throw new IllegalArgumentException(
          "A row needs " + headings.size() + " cells, had " + cells.size());
    }
    rows.add(cells.stream().map(TerminalText::escape).toList());
    return this;
  }

  /** The table, the heading line first, each line ending in a line break. */
  public String format() {
    return format(UnaryOperator.identity());
  }

  /**
   * The table with each heading passed through {@code headingStyle} after the columns are laid
   * out, for styles that take no column, such as an ANSI bold an application adds when its output
   * is a terminal.
   */
  public String format(UnaryOperator<String> headingStyle) {
    Objects.requireNonNull(headingStyle, "headingStyle");
    int[] widths = new int[headings.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = Columns.of(headings.get(c));
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], Columns.of(row.get(c)));
      }
    }
    StringBuilder out = new StringBuilder();
    appendLine(out, headings, widths, headingStyle);
    for (List<String> row : rows) {
      appendLine(out, row, widths, UnaryOperator.identity());
    }
    return out.toString();
  }

  private static void appendLine(
      StringBuilder out, List<String> cells, int[] widths, UnaryOperator<String> style) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      line.append(style.apply(cell));
      if (c < cells.size() - 1) {
        line.append(" ".repeat(widths[c] - Columns.of(cell) + 2));
      }
    }
    int end = line.length();
    while (end > 0 && line.charAt(end - 1) == ' ') {
      end--;
    }
    out.append(line, 0, end).append('\n');
  }
}
