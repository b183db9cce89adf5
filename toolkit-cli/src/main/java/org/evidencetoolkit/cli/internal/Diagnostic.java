package org.evidencetoolkit.cli.internal;

import java.util.Comparator;
import org.evidencetoolkit.model.rules.Severity;
import org.evidencetoolkit.render.TerminalText;

/**
 * One line of {@code validate} output: {@code file:line:col: severity: [rule-id] message
 * (pointer)}, the shape compilers use, so editors and CI annotate the place. The source (a file
 * name may hold a line feed or an escape sequence), the message and the pointer are {@linkplain
 * TerminalText#escape escaped}, so one diagnostic is always exactly one line and no file name can
 * forge another.
 *
 * @param source the file, as the user named it
 * @param line the line, from 1
 * @param column the column in characters, from 1
 * @param severity error or warning
 * @param ruleId a content rule's id, or {@code format.*} for a problem reading the document
 * @param message what is wrong, for a content editor
 * @param pointer a JSON Pointer into the document ({@code ""} is the whole document)
 */
public record Diagnostic(
    String source,
    int line,
    int column,
    Severity severity,
    String ruleId,
    String message,
    String pointer) {

  /** File, then line, then column; ties keep the order they were found in (sorts are stable). */
  public static final Comparator<Diagnostic> BY_PLACE =
      Comparator.comparing(Diagnostic::source)
          .thenComparingInt(Diagnostic::line)
          .thenComparingInt(Diagnostic::column);

  /** The line, coloured with ANSI escapes when {@code colour} is set. */
  public String format(boolean colour) {
    String word = severity == Severity.ERROR ? "error" : "warning";
    if (colour) {
      word = (severity == Severity.ERROR ? Ansi.RED : Ansi.MAGENTA).wrap(word);
    }
    String where = pointer.isEmpty() ? "(document)" : "(" + pointer + ")";
    return TerminalText.escape(source) + ":" + line + ":" + column + ": " + word + ": ["
        + TerminalText.escape(ruleId) + "] " + singleLine(message) + " "
        + TerminalText.escape(where);
  }

  /**
   * A diagnostic is one line, whatever the message holds: a line break in a message reads as a
   * space; anything else that could drive the terminal is spelled out.
   */
  private static String singleLine(String message) {
    return TerminalText.escape(message.replaceAll("\\R", " "));
  }
}
