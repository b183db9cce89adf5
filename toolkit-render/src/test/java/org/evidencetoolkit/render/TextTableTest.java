package org.evidencetoolkit.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link TextTable}: aligned columns in terminal columns, escaped cells, no trailing spaces. */
class TextTableTest {
  @Test
  void columnsAreLeftAlignedTwoSpacesApartWithNoTrailingSpace() {
    String table =
        new TextTable(List.of("ID", "IMPACT", "COST"))
            .add(List.of("mentoring", "Moderate impact", "2/5 Low"))
            .add(List.of("focused-deterrence", "High impact", ""))
            .format();
    assertThat(table)
        .isEqualTo(
            """
            ID                  IMPACT           COST
            mentoring           Moderate impact  2/5 Low
            focused-deterrence  High impact
            """);
  }

  @Test
  void widthIsMeasuredInTerminalColumns() {
    // "読書会" takes six columns; "Cafe\u0301" (a combining accent) four; "Café" four.
    String table =
        new TextTable(List.of("TITLE", "X"))
            .add(List.of("\u8aad\u66f8\u4f1a", "a"))
            .add(List.of("Cafe\u0301", "b"))
            .add(List.of("Caf\u00e9", "c"))
            .format();
    assertThat(table.lines().toList())
        .containsExactly(
            "TITLE   X", "\u8aad\u66f8\u4f1a  a", "Cafe\u0301    b", "Caf\u00e9    c");
  }

  @Test
  void contentCannotBreakALineOrDriveTheTerminal() {
    String table =
        new TextTable(List.of("ID", "TITLE"))
            .add(List.of("a\nb", "\u001B[31mred\u001B[0m"))
            .format();
    assertThat(table.lines()).hasSize(2);
    assertThat(table).doesNotContain("\u001B").contains("a\\u000Ab", "\\u001B[31mred");
  }

  @Test
  void aHeadingStyleDoesNotMoveTheColumns() {
    TextTable table = new TextTable(List.of("ID", "IMPACT")).add(List.of("mentoring", "High"));
    String bold = table.format(h -> "\u001B[1m" + h + "\u001B[0m");
    assertThat(bold.replace("\u001B[1m", "").replace("\u001B[0m", "")).isEqualTo(table.format());
    assertThat(bold).startsWith("\u001B[1mID\u001B[0m         \u001B[1mIMPACT\u001B[0m\n");
  }

  @Test
  void aRowMustHaveOneCellPerHeading() {
    TextTable table = new TextTable(List.of("ID", "IMPACT"));
    assertThatThrownBy(() -> table.add(List.of("only-one")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A row needs 2 cells, had 1");
    assertThatThrownBy(() -> new TextTable(List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
