package org.evidencetoolkit.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

/** The one terminal escaper: what it makes visible, and that its output can never drive a terminal. */
class TerminalTextTest {
  private static final String OSC8 = "\u001B]8;;https://evil.example/\u001B\\click\u001B]8;;\u001B\\";

  @Test
  void escapeSpellsOutEscapeSequencesBidiControlsAndLineBreaks() {
    assertThat(TerminalText.escape("a\u001B[31mred")).isEqualTo("a\\u001B[31mred");
    assertThat(TerminalText.escape(OSC8)).doesNotContain("\u001B").contains("\\u001B]8;;https://evil.example/");
    assertThat(TerminalText.escape("abc\u202Efdp.exe")).isEqualTo("abc\\u202Efdp.exe");
    assertThat(TerminalText.escape("x\u2066y\u2069")).isEqualTo("x\\u2066y\\u2069");
    assertThat(TerminalText.escape("a.yaml\nOther.java:1:1: error: forged"))
        .isEqualTo("a.yaml\\u000AOther.java:1:1: error: forged");
    assertThat(TerminalText.escape("tab\there\r\u2028\u0085\u009B"))
        .isEqualTo("tab\\u0009here\\u000D\\u2028\\u0085\\u009B");
    assertThat(TerminalText.escape("lone \uD800 surrogate")).isEqualTo("lone \\uD800 surrogate");
  }

  @Test
  void ordinaryTextIsLeftAlone() {
    for (String s : new String[] {"", "mentoring", "Café 🙂 ×", "日本語のタイトル", "a b  c", "x\u00A0y"}) {
      assertThat(TerminalText.escape(s)).isEqualTo(s);
      assertThat(TerminalText.printable(s)).isEqualTo(s);
      assertThat(TerminalText.isPrintable(s)).isTrue();
    }
  }

  @Test
  void printableKeepsTheLengthAndReplacesUnsafeCodePoints() {
    assertThat(TerminalText.printable("a\u001B[31mb\u202Ec\td\ne"))
        .isEqualTo("a\uFFFD[31mb\uFFFDc d e");
    assertThat(TerminalText.makePrintable(new StringBuilder("\u0007bell")).toString())
        .isEqualTo("\uFFFDbell");
    assertThat(TerminalText.isPrintable("a\u001Bb")).isFalse();
  }

  @Test
  void nothingEitherFormGivesCanDriveATerminalOrBreakALine() {
    qt().withExamples(3000)
        .forAll(strings().allPossible().ofLengthBetween(0, 40))
        .checkAssert(s -> {
          String escaped = TerminalText.escape(s);
          assertThat(unsafeOrBreak(escaped, true)).as("escaped %s", escaped).isFalse();
          String printable = TerminalText.printable(s);
          assertThat(printable).hasSameSizeAs(s);
          assertThat(unsafeOrBreak(printable, false)).as("printable %s", printable).isFalse();
        });
  }

  /** Checked independently of the class under test: C0, DEL, C1, lone surrogates, bidi controls. */
  private static boolean unsafeOrBreak(String s, boolean spacesOnly) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      boolean control = cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
      boolean lone = Character.isSurrogate((char) cp) && Character.charCount(cp) == 1;
      boolean bidi = cp == 0x061C || cp == 0x200E || cp == 0x200F
          || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
      boolean lineBreak = cp == 0x2028 || cp == 0x2029 || cp == 0x85;
      if (control || lone || bidi || lineBreak || (spacesOnly && Character.isWhitespace(cp) && cp != ' ')) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }
}
