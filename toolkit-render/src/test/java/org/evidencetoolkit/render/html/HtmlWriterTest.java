package org.evidencetoolkit.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.owasp.encoder.Encode;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The writer's single escaping pass against the two steps it replaced ({@code Encode.forHtml}
 * after the forbidden-character clean-up, kept here as a reference copy), and its name checks
 * against the regular expressions they replaced.
 */
class HtmlWriterTest {
  private static final int EXAMPLES = 2_000;

  /** Characters on every edge the escaping has: the five specials, CR/LF, controls, surrogates, non-characters. */
  private static final List<String> EDGES =
      List.of("&", "<", ">", "\"", "'", "\r", "\n", "\r\n", "\n\r", "\t", "\u0000", "\u0008", "\u000B",
          "\u001F", " ", "~", "\u007F", "\u0080", "\u0085", "\u009F", "\u00A0", "é", "’", "—", "\uD7FF",
          "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uE000", "\uFDCF", "\uFDD0", "\uFDEF", "\uFDF0", "\uFFFD",
          "\uFFFE", "\uFFFF", "\uD83D\uDE00", "\uD83F\uDFFE", "\uD83F\uDFFF", "\uDBFF\uDFFF", "\uDBFF\uDFFD",
          "\uD800\uDC00", "plain words ", "a", "&amp;");

  /** Strings of edge characters, any UTF-16 unit (lone surrogates included) and any code point. */
  static Gen<String> hostileStrings() {
    Gen<String> piece =
        Generate.pick(EDGES)
            .mix(integers().between(0, 0xFFFF).map(c -> String.valueOf((char) c.intValue())), 30)
            .mix(integers().between(0x10000, 0x10FFFF).map(cp -> new String(Character.toChars(cp))), 15);
    return lists().of(piece).ofSizeBetween(0, 24).map(parts -> String.join("", parts));
  }

  /** What the writer wrote before the single pass: {@code Encode.forHtml(clean(s))}. */
  static String twoSteps(String s) {
    return Encode.forHtml(referenceClean(s));
  }

  /** A copy of the clean-up the writer ran before encoding, kept as the reference. */
  static String referenceClean(String text) {
    StringBuilder out = null;
    int length = text.length();
    for (int i = 0; i < length; ) {
      int cp = text.codePointAt(i);
      int n = Character.charCount(cp);
      int replacement = cp;
      if (cp == '\r') {
        replacement = (i + 1 < length && text.charAt(i + 1) == '\n') ? -1 : '\n';
      } else if (referenceForbidden(cp)) {
        replacement = 0xFFFD;
      }
      if (replacement != cp && out == null) {
        out = new StringBuilder(length);
        out.append(text, 0, i);
      }
      if (out != null && replacement >= 0) {
        out.appendCodePoint(replacement);
      }
      i += n;
    }
    return out == null ? text : out.toString();
  }

  private static boolean referenceForbidden(int cp) {
    if (cp < 0x20) {
      return cp != '\t' && cp != '\n';
    }
    if (cp >= 0x7F && cp <= 0x9F) {
      return true;
    }
    if (cp >= 0xD800 && cp <= 0xDFFF) {
      return true;
    }
    return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
  }

  static String text(String s) {
    StringBuilder out = new StringBuilder();
    new HtmlWriter(out).text(s);
    return out.toString();
  }

  @Test
  void textIsEscapedInOnePassExactlyAsInTwoSteps() {
    qt().withExamples(EXAMPLES)
        .forAll(hostileStrings())
        .checkAssert(s -> assertThat(text(s)).as(codes(s)).isEqualTo(twoSteps(s)));
  }

  @Test
  void attributeValuesAreEscapedInOnePassExactlyAsInTwoSteps() {
    qt().withExamples(EXAMPLES)
        .forAll(hostileStrings(), hostileStrings())
        .checkAssert(
            (a, b) -> {
              String expected = "<p title=\"" + twoSteps(a) + "\" data-b=\"" + twoSteps(b) + "\">";
              StringBuilder pairs = new StringBuilder();
              new HtmlWriter(pairs).tag("p", "title", a, "data-b", b);
              Map<String, String> map = new LinkedHashMap<>();
              map.put("title", a);
              map.put("data-b", b);
              StringBuilder mapped = new StringBuilder();
              new HtmlWriter(mapped).tag("p", map);
              assertThat(pairs.toString()).as(codes(a) + " " + codes(b)).isEqualTo(expected);
              assertThat(mapped.toString()).as(codes(a) + " " + codes(b)).isEqualTo(expected);
            });
  }

  /** Any Appendable, not only a StringBuilder; and a new line is started exactly when the output does not end one. */
  @Test
  void anyAppendableGetsTheSameAndLinesFollowTheLastCharacterWritten() {
    qt().withExamples(EXAMPLES)
        .forAll(hostileStrings(), hostileStrings())
        .checkAssert(
            (a, b) -> {
              StringWriter out = new StringWriter();
              HtmlWriter html = new HtmlWriter(out);
              html.raw("x");
              html.text(a);
              html.line();
              html.text(b);
              html.line();
              String first = "x" + twoSteps(a);
              first = first.endsWith("\n") ? first : first + "\n";
              String second = first + twoSteps(b);
              second = second.endsWith("\n") ? second : second + "\n";
              assertThat(out.toString()).as(codes(a) + " " + codes(b)).isEqualTo(second);
            });
  }

  @Test
  void theFiveSpecialsGetOwaspsEntities() {
    assertThat(text("a & b < c > d \" e ' f")).isEqualTo("a &amp; b &lt; c &gt; d &#34; e &#39; f");
    assertThat(text("\r\n\r\u0000\uD800x\uFFFF")).isEqualTo("\n\n\uFFFD\uFFFDx\uFFFD");
    assertThat(text("")).isEmpty();
  }

  /** One escaping path: the writer cannot be subclassed, and has no hook a subclass could use. */
  @Test
  void theWriterIsFinalWithNoProtectedMembers() {
    assertThat(Modifier.isFinal(HtmlWriter.class.getModifiers())).isTrue();
    assertThat(HtmlWriter.class.getDeclaredMethods())
        .noneMatch(m -> Modifier.isProtected(m.getModifiers()));
    assertThat(HtmlWriter.class.getDeclaredConstructors())
        .allMatch(c -> Modifier.isPublic(c.getModifiers()) && c.getParameterCount() == 1);
  }

  /** A sink's IOException reaches the caller wrapped, from text, tags and raw markup alike. */
  @Test
  void aFailingSinkSurfacesAsUncheckedIoException() {
    Appendable failing =
        new Appendable() {
          @Override
          public Appendable append(CharSequence csq) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public Appendable append(CharSequence csq, int start, int end) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public Appendable append(char c) throws IOException {
            throw new IOException("disk full");
          }
        };
    HtmlWriter html = new HtmlWriter(failing);
    for (Runnable call :
        List.<Runnable>of(
            () -> html.text("a & b"), () -> html.text("plain"), () -> html.tag("p"),
            () -> html.tag("p", "class", "x"), () -> html.end("p"), () -> html.raw("<br>"))) {
      assertThatThrownBy(call::run)
          .isInstanceOf(UncheckedIOException.class)
          .hasCauseInstanceOf(IOException.class)
          .hasRootCauseMessage("disk full");
    }
  }

  @Test
  void tagNamesAreLowerCaseLettersThenDigits() {
    for (String name : List.of("a", "p", "h1", "h6", "strong", "x9y", "abcdefghijklmnopqrstuvwxyz0123456789")) {
      StringBuilder out = new StringBuilder();
      HtmlWriter html = new HtmlWriter(out);
      html.tag(name);
      html.end(name);
      assertThat(out).hasToString("<" + name + "></" + name + ">");
    }
    for (String name : List.of("", "A", "P", "1a", "9", "a-b", "a_b", "a b", " a", "a>", "<a", "a/", "é", "a\u0000", "h1\n", "\uD835\uDC00")) {
      StringBuilder out = new StringBuilder();
      HtmlWriter html = new HtmlWriter(out);
      assertThatThrownBy(() -> html.tag(name)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Not an HTML tag name: '" + name + "'");
      assertThatThrownBy(() -> html.tag(name, "class", "x")).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Not an HTML tag name: '" + name + "'");
      assertThatThrownBy(() -> html.tag(name, Map.of())).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Not an HTML tag name: '" + name + "'");
      assertThatThrownBy(() -> html.end(name)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Not an HTML tag name: '" + name + "'");
      assertThat(out).as("a refused tag writes nothing").isEmpty();
    }
  }

  @Test
  void attributeNamesAreLettersOrUnderscoreThenNameCharacters() {
    for (String name : List.of("a", "X", "_", "class", "data-band", "aria-hidden", "xml:lang", "a.b", "_9", "Zz-_.:0")) {
      StringBuilder out = new StringBuilder();
      new HtmlWriter(out).tag("p", name, "v");
      assertThat(out).hasToString("<p " + name + "=\"v\">");
    }
    for (String name : List.of("", "1a", "-a", ".a", ":a", "a b", "a=b", "a\"", "a'", "a>", "a/", "é", "a\u0000", "on load", "\uD835\uDC00")) {
      StringBuilder out = new StringBuilder();
      HtmlWriter html = new HtmlWriter(out);
      // A bad name after a good one: nothing of the tag is written.
      assertThatThrownBy(() -> html.tag("p", "class", "x", name, "v")).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Not an HTML attribute name: '" + name + "'");
      Map<String, String> map = new LinkedHashMap<>();
      map.put("class", "x");
      map.put(name, "v");
      assertThatThrownBy(() -> html.tag("p", map)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Not an HTML attribute name: '" + name + "'");
      assertThat(out).as("a refused tag writes nothing").isEmpty();
    }
    assertThatThrownBy(() -> new HtmlWriter(new StringBuilder()).tag("p", "class", "x", "id"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Attribute 'id' of <p> has no value");
  }

  /** The name checks accept exactly what the regular expressions they replaced accepted. */
  @Test
  void nameChecksAgreeWithTheRegularExpressions() {
    Pattern tag = Pattern.compile("[a-z][a-z0-9]*");
    Pattern attribute = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_.:-]*");
    Gen<String> names =
        lists().of(Generate.pick(List.of("a", "z", "A", "Z", "0", "9", "_", ".", ":", "-", " ", "=", "\"", "<", "é", "`", "@", "[", "{", "/")))
            .ofSizeBetween(0, 5)
            .map(parts -> String.join("", parts));
    qt().withExamples(EXAMPLES)
        .forAll(names)
        .checkAssert(
            name -> {
              assertThat(HtmlWriter.isTagName(name)).as(name).isEqualTo(tag.matcher(name).matches());
              assertThat(HtmlWriter.isAttributeName(name)).as(name).isEqualTo(attribute.matcher(name).matches());
            });
  }

  private static String codes(String s) {
    StringBuilder out = new StringBuilder();
    s.chars().forEach(c -> out.append(String.format("\\u%04X", c)));
    return out.toString();
  }
}
