package org.evidencetoolkit.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.text.Paragraph;
import org.evidencetoolkit.model.text.RichText;
import org.evidencetoolkit.model.text.Text;
import org.evidencetoolkit.render.Generators.Draw;
import org.evidencetoolkit.render.internal.Columns;
import org.evidencetoolkit.render.internal.TextLines;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The text layout measured and wrapped in place against a plain reference kept here: words split
 * into strings, a string per line, a list of lines, and columns summed code point by code point.
 * Both must give the same characters for any text, prefixes and width.
 */
class TextLayoutReferenceTest {
  private static final int EXAMPLES = 400;

  /** Pieces of words: wide, combining, surrogate pairs, lone surrogates, no-break spaces. */
  private static final List<String> PIECES =
      List.of("a", "word", "mentoring", "é", "e\u0301", "日本", "한", "🎉", "👩\u200D👧", "\uD835\uDC00",
          "\uD800", "\uDC00", "\u00A0", "\u3000", "\u2007", "Z\u0351\u036B", "\u200B", "●○", "x".repeat(30),
          "https://example.org/a/very/long/address/that/never/breaks", "\uFFFD", "—");

  /** What may stand between pieces: nothing (one longer word) or breaking white space. */
  private static final List<String> GAPS =
      List.of("", "", " ", " ", " ", "  ", "\t", "\u2028", " \u00A0 ");

  private static final List<String> PREFIXES =
      List.of("", "", "  ", "    ", "1. ", "  • ", "[12] ", "Impact            ", "\u00A0", "日本 ", "  \u3000");

  @Test
  void wrappingInPlaceGivesTheReferenceLayout() {
    qt().withExamples(EXAMPLES).withShrinkCycles(100)
        .forAll(operations())
        .checkAssert(
            script -> {
              StringBuilder out = new StringBuilder(script.before);
              TextLines lines = new TextLines(script.width, out);
              ReferenceLines reference = new ReferenceLines(script.width);
              for (Operation op : script.operations) {
                switch (op.kind) {
                  case BLANK -> {
                    lines.blank();
                    reference.blank();
                  }
                  case LINE -> {
                    lines.line(op.text);
                    reference.line(op.text);
                  }
                  case WRAP -> assertThat(lines.wrap(op.text, op.first, op.rest))
                      .as("lines wrapped from %s", op)
                      .isEqualTo(reference.wrap(op.text, op.first, op.rest));
                  case HEADING -> {
                    lines.heading(op.text, op.first, op.underline);
                    reference.heading(op.text, op.first, op.underline);
                  }
                }
              }
              assertThat(out.toString()).as("%s", script).isEqualTo(script.before + reference.text());
            });
  }

  @Test
  void renderingIntoAStringBuilderAppendsAfterWhatItHolds() {
    TextRenderer renderer = TextRenderer.builder().width(40).build();
    for (String before : List.of("", "earlier \u00A0", "earlier\n\n")) {
      StringBuilder out = new StringBuilder(before);
      renderer.render(Fixtures.full(), out);
      assertThat(out.toString()).isEqualTo(before + renderer.render(Fixtures.full()));
      out.setLength(0);
      out.append(before);
      renderer.renderIndex(Fixtures.toolkit(), out);
      assertThat(out.toString()).isEqualTo(before + renderer.renderIndex(Fixtures.toolkit()));
    }
  }

  @Test
  void textsArePrintedAsOneParagraphNotOneByOne() {
    // Halves of a surrogate pair in two texts form the character; a lone half is replaced.
    Intervention i =
        Intervention.builder()
            .from(Fixtures.minimal())
            .whatIsIt(RichText.of(new Paragraph(List.of(
                new Text("pair a\uD835"), new Text("\uDC00b lone \uD835"), new Text("c tab\tend")))))
            .build();
    assertThat(TextRenderer.defaults().render(i)).contains("\npair a\uD835\uDC00b lone \uFFFDc tab end\n");
  }

  @Test
  void columnsOfARangeAreTheColumnsOfTheSubstring() {
    qt().withExamples(EXAMPLES).withShrinkCycles(100)
        .forAll(in -> {
          Draw draw = new Draw(in);
          String s = text(draw, 0, 12);
          int start = draw.between(0, s.length());
          int end = draw.between(start, s.length());
          return new String[] {s, String.valueOf(start), String.valueOf(end)};
        })
        .checkAssert(
            args -> {
              String s = args[0];
              int start = Integer.parseInt(args[1]);
              int end = Integer.parseInt(args[2]);
              assertThat(Columns.of(s, start, end))
                  .as("columns of [%d, %d) in %s", start, end, s)
                  .isEqualTo(referenceColumns(s.substring(start, end)));
              assertThat(Columns.of(s)).isEqualTo(referenceColumns(s));
            });
  }

  @Test
  void printableInPlaceIsPrintableOfTheString() {
    List<String> unprintable =
        List.of("\u0000", "\u0007", "\t", "\n", "\r", "\u000B", "\u000C", "\u001B", "\u007F", "\u0085",
            "\u009B", "\u202A", "\u202E", "\u2066", "\u2069", "\u061C", "\u200E", "\u200F", "\u2028",
            "\u2029", "\u1680", "\u2000", "\u00A0", "\u3000", "\uD800", "\uDBFF", "\uDC00");
    qt().withExamples(EXAMPLES).withShrinkCycles(100)
        .forAll(in -> {
          Draw draw = new Draw(in);
          StringBuilder s = new StringBuilder();
          int n = draw.between(0, 12);
          for (int k = 0; k < n; k++) {
            s.append(draw.bool() ? draw.pick(PIECES) : draw.pick(unprintable));
          }
          return s.toString();
        })
        .checkAssert(
            s -> {
              assertThat(TerminalText.printable(s)).as("printable %s", s).isEqualTo(referencePrintable(s));
              assertThat(TerminalText.isPrintable(s)).as("is printable %s", s).isEqualTo(referencePrintable(s).equals(s));
              assertThat(TerminalText.makePrintable(new StringBuilder(s)).toString())
                  .as("printable in place %s", s)
                  .isEqualTo(referencePrintable(s));
            });
  }

  // ---------------------------------------------------------------------------------------------
  // The reference: the layout as first written, kept simple rather than fast.

  /** Columns summed over code points of the whole string. */
  private static int referenceColumns(String s) {
    return s.codePoints().map(Columns::of).sum();
  }

  private static String referencePrintable(String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints()
        .forEach(
            cp -> {
              if (cp == '\t' || cp == '\n' || cp == '\r' || cp == 0x0B || cp == 0x0C
                  || (cp != ' ' && Character.isWhitespace(cp))) {
                out.append(' ');
              } else if (Character.isISOControl(cp)
                  || Character.getType(cp) == Character.SURROGATE
                  || (cp >= 0x202A && cp <= 0x202E)
                  || (cp >= 0x2066 && cp <= 0x2069)
                  || cp == 0x061C
                  || cp == 0x200E
                  || cp == 0x200F) {
                out.append('\uFFFD');
              } else {
                out.appendCodePoint(cp);
              }
            });
    return out.toString();
  }

  /** Lines kept in a list, each built as a string from a list of words. */
  private static final class ReferenceLines {
    private final int width;
    private final List<String> lines = new ArrayList<>();
    private boolean blankPending;

    ReferenceLines(int width) {
      this.width = width;
    }

    void blank() {
      blankPending = !lines.isEmpty();
    }

    void line(String line) {
      String stripped = stripTrailing(line);
      if (stripped.isEmpty()) {
        blank();
        return;
      }
      if (blankPending) {
        lines.add("");
        blankPending = false;
      }
      lines.add(stripped);
    }

    int wrap(String text, String firstPrefix, String restPrefix) {
      List<String> words = words(text);
      if (words.isEmpty()) {
        return 0;
      }
      int added = 0;
      String current = firstPrefix;
      int columns = referenceColumns(firstPrefix);
      boolean empty = true;
      for (String word : words) {
        int w = referenceColumns(word);
        if (!empty && columns + 1 + w > width) {
          line(current);
          added++;
          current = restPrefix;
          columns = referenceColumns(restPrefix);
          empty = true;
        }
        current = empty ? current + word : current + " " + word;
        columns += (empty ? 0 : 1) + w;
        empty = false;
      }
      line(current);
      return added + 1;
    }

    /** A heading wrapped on its own, copied over, then underlined as wide as its widest line. */
    void heading(String text, String fallback, char underline) {
      blank();
      ReferenceLines heading = new ReferenceLines(width);
      heading.wrap(text, "", "");
      List<String> headingLines = heading.lines.isEmpty() ? List.of(fallback) : heading.lines;
      headingLines.forEach(this::line);
      int widest = headingLines.stream().mapToInt(TextLayoutReferenceTest::referenceColumns).max().orElse(0);
      line(String.valueOf(underline).repeat(Math.max(1, Math.min(width, widest))));
    }

    String text() {
      StringBuilder out = new StringBuilder();
      lines.forEach(line -> out.append(line).append('\n'));
      return out.toString();
    }

    private static List<String> words(String text) {
      List<String> words = new ArrayList<>();
      int start = -1;
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        boolean space = Character.isWhitespace(cp);
        if (space && start >= 0) {
          words.add(text.substring(start, i));
          start = -1;
        } else if (!space && start < 0) {
          start = i;
        }
        i += Character.charCount(cp);
      }
      if (start >= 0) {
        words.add(text.substring(start));
      }
      return words;
    }

    private static String stripTrailing(String line) {
      int end = line.length();
      while (end > 0) {
        int cp = line.codePointBefore(end);
        if (!(Character.isWhitespace(cp) || Character.isSpaceChar(cp))) {
          break;
        }
        end -= Character.charCount(cp);
      }
      return line.substring(0, end);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Scripts of layout operations.

  private enum Kind { BLANK, LINE, WRAP, HEADING }

  private static final class Operation {
    final Kind kind;
    final String text;
    final String first;
    final String rest;
    final char underline;

    Operation(Kind kind, String text, String first, String rest, char underline) {
      this.kind = kind;
      this.text = text;
      this.first = first;
      this.rest = rest;
      this.underline = underline;
    }

    @Override
    public String toString() {
      return kind + "(" + quoted(text) + ", " + quoted(first) + ", " + quoted(rest) + ")";
    }
  }

  private static final class Script {
    final int width;
    final String before;
    final List<Operation> operations;

    Script(int width, String before, List<Operation> operations) {
      this.width = width;
      this.before = before;
      this.operations = operations;
    }

    @Override
    public String toString() {
      return "width " + width + " after " + quoted(before) + ": " + operations;
    }
  }

  private static Gen<Script> operations() {
    return in -> {
      Draw draw = new Draw(in);
      int width = draw.between(1, 60);
      String before = draw.pick(List.of("", "", "earlier text\n", "ends in space "));
      List<Operation> operations = new ArrayList<>();
      int n = draw.between(1, 12);
      for (int k = 0; k < n; k++) {
        Kind kind = draw.pick(List.of(Kind.values()));
        String text = text(draw, 0, kind == Kind.WRAP ? 30 : 8);
        String first = draw.pick(PREFIXES);
        String rest = kind == Kind.HEADING ? draw.pick(List.of("Untitled", "", "\u00A0", " x ")) : draw.pick(PREFIXES);
        if (kind == Kind.HEADING) {
          first = rest;
        }
        operations.add(new Operation(kind, text, first, rest, draw.pick(List.of('=', '-'))));
      }
      return new Script(width, before, operations);
    };
  }

  private static String text(Draw draw, int min, int max) {
    StringBuilder text = new StringBuilder();
    int n = draw.between(min, max);
    for (int k = 0; k < n; k++) {
      text.append(draw.pick(GAPS)).append(draw.pick(PIECES));
    }
    return text.append(draw.pick(GAPS)).toString();
  }

  private static String quoted(String s) {
    StringBuilder out = new StringBuilder("\"");
    s.chars().forEach(c -> out.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c) : String.format("\\u%04X", c)));
    return out.append('"').toString();
  }
}
