package org.evidencetoolkit.testing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
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
import org.quicktheories.generators.Generate;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Text and addresses chosen to break software: the Big List of Naughty Strings, markup, attribute
 * breakers, Markdown and YAML syntax, bidi and invisible format characters, control characters,
 * characters outside the Basic Multilingual Plane and combining marks.
 *
 * <p>Every string is well-formed UTF-16 (no unpaired surrogate), so it can be written as UTF-8.
 */
public final class HostileText {
  private static final String BLNS = "/org/evidencetoolkit/testing/blns/blns.json";

  /** Markup that must come out as text, never as elements or attributes. */
  static final List<String> MARKUP =
      List.of(
          "<script>alert(1)</script>",
          "<img src=x onerror=alert(1)>",
          "</article><script>alert(1)</script>",
          "<svg onload=alert(1)>",
          "<a href=\"javascript:alert(1)\">x</a>",
          "<iframe src=\"https://example.org\"></iframe>",
          "<style>*{display:none}</style>",
          "</title></head><body>",
          "<!-- comment",
          "-->",
          "<![CDATA[x]]>",
          "<textarea>",
          "<base href=\"https://evil.example/\">",
          "&lt;script&gt;",
          "&#60;script&#62;",
          "&amp;amp;",
          "<<SCRIPT>alert(\"XSS\");//<</SCRIPT>");

  /** Breakers of quoted and unquoted attribute values and of URLs. */
  static final List<String> ATTRIBUTE_BREAKERS =
      List.of(
          "\"",
          "'",
          "`",
          "\" onmouseover=\"alert(1)",
          "' onfocus='alert(1)' autofocus '",
          "\"><script>alert(1)</script>",
          "javascript:alert(1)",
          " =x ",
          "&quot;",
          "\"/><x ",
          "x\" style=\"position:fixed;top:0");

  /** Markdown and YAML syntax that a writer must escape or quote. */
  static final List<String> SYNTAX =
      List.of(
          "*not emphasis*", "**", "_x_", "[link](javascript:alert(1))", "![image](https://example.org/x.png)",
          "# heading", "- item", "1. item", "> quote", "```", "<b>raw</b>", "\\", "[x]: https://example.org",
          "---", "| a | b |", "\\*", "  two leading", "trailing  ", "- ", ": ", "? ", "#", "&anchor",
          "*alias", "!!str", "!tag", "{", "[", "yes", "no", "~", "null", "on", "0x10", "1e3",
          "2024-01-01", "...", "%YAML 1.2", "@", "|", ">", "'single", "\"double", "key: value");

  /** Bidirectional and invisible format characters. */
  static final List<String> FORMAT_CHARACTERS =
      List.of(
          "\u202Eevil\u202C",
          "abc\u202Edcba",
          "\u202D\u202A\u202B",
          "\u2066isolate\u2069",
          "\u2067\u2068\u2069",
          "\u200E\u200F",
          "\u061C",
          "zero\u200Bwidth",
          "\uFEFFbom",
          "soft\u00ADhyphen",
          "word\u2060joiner",
          "a\u200Db");

  /** Characters outside the Basic Multilingual Plane and combining marks. */
  static final List<String> ASTRAL_AND_COMBINING =
      List.of(
          "😀",
          "𝕏",
          "𠜎𠜱",
          "👩‍👩‍👧‍👦",
          "🏳️‍🌈",
          "🇬🇧🇺🇸",
          "\uD83D\uDCA9",
          "\uDBFF\uDFFD",
          "\uDB40\uDC01\uDB40\uDC20",
          "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇",
          "\u0301a",
          "e\u0301\u0301\u0301",
          "𝒳𝒴𝒵 𝓐𝓑𝓒");

  /** Control characters and line separators. */
  static final List<String> CONTROLS =
      List.of(
          "\u0000", "\u0007", "\b", "\t", "\n", "\r", "\r\n", "\u000B", "\f", "\u001B[31mred\u001B[0m",
          "\u007F", "\u0085", "\u2028", "\u2029", "line\nbreak");

  /** Lengths that test wrapping and limits. */
  static final List<String> LONG = List.of("a".repeat(300), "word ".repeat(200).strip(), "ß".repeat(120));

  /** Addresses a renderer must refuse or neutralise, mixed with acceptable ones. */
  static final List<URI> URLS =
      List.of(
          URI.create("javascript:alert(1)"),
          URI.create("JAVASCRIPT:alert(1)"),
          URI.create("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="),
          URI.create("vbscript:msgbox(1)"),
          URI.create("file:///etc/passwd"),
          URI.create("ftp://example.org/x"),
          URI.create("//evil.example/x"),
          URI.create("/relative"),
          URI.create("relative/path"),
          URI.create("#fragment"),
          URI.create("?query"),
          URI.create("http:///nohost"),
          URI.create("https:opaque"),
          URI.create("https://example.org/%22%3E%3Cscript%3Ealert(1)%3C/script%3E"),
          URI.create("https://example.org/?q=%3Cscript%3E&a=1&b=%22"),
          URI.create("https://user:pass@example.org/"),
          URI.create("https://[::1]/"),
          URI.create("http://127.0.0.1:8080/x"),
          URI.create("https://xn--bcher-kva.example/"),
          URI.create("mailto:a@example.org?subject=%3Cscript%3E&body=%0D%0A"),
          URI.create("https://example.org/" + "a".repeat(500)),
          URI.create("https://example.org/"));

  private static final List<String> NAUGHTY = load();

  private HostileText() {}

  private static List<String> load() {
    try (InputStream in = HostileText.class.getResourceAsStream(BLNS)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + BLNS);
      }
      List<String> out = new ArrayList<>(600);
      try (JsonParser p = new JsonFactory().createParser(ObjectReadContext.empty(), in)) {
        if (p.nextToken() != JsonToken.START_ARRAY) {
          throw new IllegalStateException(BLNS + " is not a JSON array");
        }
        for (JsonToken t = p.nextToken(); t == JsonToken.VALUE_STRING; t = p.nextToken()) {
          out.add(p.getString());
        }
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The Big List of Naughty Strings, in its own order. */
  public static List<String> naughtyStrings() {
    return NAUGHTY;
  }

  /** Every hand-written hostile fragment (not the naughty strings). */
  public static List<String> fragments() {
    List<String> all = new ArrayList<>();
    all.addAll(MARKUP);
    all.addAll(ATTRIBUTE_BREAKERS);
    all.addAll(SYNTAX);
    all.addAll(FORMAT_CHARACTERS);
    all.addAll(ASTRAL_AND_COMBINING);
    all.addAll(CONTROLS);
    all.addAll(LONG);
    return List.copyOf(all);
  }

  /**
   * Hostile strings: a naughty string, a fragment, or ordinary words with fragments mixed in.
   * Shrinks towards the first naughty string (the empty string).
   */
  public static Gen<String> strings() {
    Gen<String> naughty = Gens.pick(NAUGHTY);
    Gen<String> fragment = Gens.pick(fragments());
    Gen<String> word = Gens.pick(Words.ENGLISH);
    Gen<Integer> kind = Generate.range(0, 2);
    Gen<Integer> parts = Generate.range(1, 5);
    Gen<Integer> which = Generate.range(0, 1);
    return in -> {
      int k = kind.generate(in);
      if (k == 0) {
        return naughty.generate(in);
      }
      if (k == 1) {
        return fragment.generate(in);
      }
      StringBuilder out = new StringBuilder();
      int n = parts.generate(in);
      for (int i = 0; i < n; i++) {
        if (i > 0) {
          out.append(' ');
        }
        out.append(which.generate(in) == 0 ? word.generate(in) : fragment.generate(in));
      }
      return out.toString();
    };
  }

  /** Hostile addresses: dangerous schemes, relative forms, escapes, and a few acceptable ones. */
  public static Gen<URI> urls() {
    return Gens.pick(URLS);
  }

  /**
   * Interventions that can be built but are rarely valid: hostile text in every text field and in
   * rich text, hostile addresses, hostile setting and sector labels, any ratings.
   */
  public static Gen<Intervention> interventions() {
    Gen<String> s = strings();
    Gen<URI> url = urls();
    Gen<RichText> rich = richText(s, url);
    Gen<ImpactBand> band = Generate.enumValues(ImpactBand.class);
    Gen<Integer> estimate = Generate.range(-1000, 1000);
    Gen<Integer> scale = Generate.range(0, 3);
    Gen<Integer> small = Generate.range(0, 3);
    return in -> {
      ImpactBand b = band.generate(in);
      ImpactRating impact =
          small.generate(in) == 0
              ? ImpactRating.of(b)
              : ImpactRating.of(b, BigDecimal.valueOf(estimate.generate(in), scale.generate(in)));
      Intervention.Builder i =
          Intervention.builder()
              .id(s.generate(in))
              .title(s.generate(in))
              .summary(s.generate(in))
              .impact(impact)
              .evidence(Generate.enumValues(EvidenceRating.class).generate(in))
              .cost(Generate.enumValues(CostRating.class).generate(in))
              .addPreventionType(Generate.enumValues(PreventionType.class).generate(in))
              .addSetting(Setting.of(s.generate(in), s.generate(in)))
              .addSetting(Setting.COMMUNITY)
              .addSector(Sector.of(s.generate(in), s.generate(in)))
              .whatIsIt(rich.generate(in))
              .effectiveness(rich.generate(in))
              .evidenceSecurity(rich.generate(in))
              .costDetails(rich.generate(in))
              .topicSummary(rich.generate(in))
              .addRelated(s.generate(in));
      int tips = small.generate(in);
      for (int t = 0; t < tips; t++) {
        i.addImplementation(ImplementationTip.of(s.generate(in), rich.generate(in)));
      }
      int resources = small.generate(in);
      for (int r = 0; r < resources; r++) {
        i.addResource(
            Resource.builder().title(s.generate(in)).description(s.generate(in)).url(url.generate(in)).build());
      }
      return i.build();
    };
  }

  private static Gen<RichText> richText(Gen<String> s, Gen<URI> url) {
    Gen<Integer> kind = Generate.range(0, 4);
    Gen<Integer> count = Generate.range(0, 3);
    Gen<Inline> inline =
        in -> {
          int k = kind.generate(in);
          Text text = new Text(s.generate(in));
          return switch (k) {
            case 1 -> new Emphasis(List.of(text));
            case 2 -> new Strong(List.of(new Emphasis(List.of(text))));
            case 3 -> new Link(url.generate(in), List.of(text));
            default -> text;
          };
        };
    Gen<List<Inline>> inlines = Gens.listOf(inline, 0, 3);
    return in -> {
      int n = count.generate(in);
      List<Block> blocks = new ArrayList<>(n);
      for (int b = 0; b < n; b++) {
        int k = kind.generate(in);
        blocks.add(
            switch (k) {
              case 1 -> new BulletList(Gens.listOf(inlines, 0, 3).generate(in));
              case 2 -> new OrderedList(Gens.listOf(inlines, 0, 3).generate(in));
              default -> new Paragraph(inlines.generate(in));
            });
      }
      return new RichText(blocks);
    };
  }
}
