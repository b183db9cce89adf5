package org.evidencetoolkit.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.evidencetoolkit.model.CostRating;
import org.evidencetoolkit.model.EvidenceRating;
import org.evidencetoolkit.model.ImpactBand;
import org.evidencetoolkit.model.ImpactRating;
import org.evidencetoolkit.model.ImplementationTip;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Measure;
import org.evidencetoolkit.model.PreventionType;
import org.evidencetoolkit.model.Profile;
import org.evidencetoolkit.model.Resource;
import org.evidencetoolkit.model.Sector;
import org.evidencetoolkit.model.Setting;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.model.text.BulletList;
import org.evidencetoolkit.model.text.Emphasis;
import org.evidencetoolkit.model.text.Inline;
import org.evidencetoolkit.model.text.Link;
import org.evidencetoolkit.model.text.OrderedList;
import org.evidencetoolkit.model.text.Paragraph;
import org.evidencetoolkit.model.text.RichText;
import org.evidencetoolkit.model.text.Strong;
import org.evidencetoolkit.model.text.Text;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.Test;

/**
 * Hostile strings in every text and address field, with jsoup as the parser oracle: the parsed
 * page holds only the elements and attributes our templates write, no {@code on*} attribute, no
 * script or style from content, every link allowed by the policy, and exactly the text that went
 * in. A writer that does not escape must fail the same checks.
 */
class HtmlInjectionTest {
  static final String SAFE = "SAFE";
  static final URI SAFE_URL = URI.create("https://example.org/safe");

  static final Set<String> ELEMENTS =
      Set.of("html", "head", "meta", "title", "style", "body", "main", "article", "header", "h1",
          "h2", "h3", "p", "dl", "div", "dt", "dd", "span", "section", "ul", "ol", "li", "em",
          "strong", "a", "footer", "time", "table", "caption", "thead", "tbody", "tr", "th", "td");

  static final Set<String> ATTRIBUTES =
      Set.of("lang", "charset", "name", "content", "class", "aria-hidden", "href", "rel",
          "datetime", "scope", "id", "role", "tabindex", "aria-label");

  /** The text fields of one intervention page, each holding the hostile string. */
  static final int INTERVENTION_TEXT_FIELDS = 27;

  /** The toolkit title (index) and the comparison title (comparison page). */
  static final int VIEW_TEXT_FIELDS = 2;

  /** Resource address, link address in rich text, and the toolkit's source address. */
  static final int URL_FIELDS = 3;

  /**
   * Text a toolkit's profile and front matter put on a page: the language ({@code lang}), a
   * measure's three wordings, a label, a custom section's heading label, id (a class name, and the
   * heading when unlabelled) and rich text (× 4), the about (× 4) and the source's title.
   */
  static final int PROFILE_TEXT_FIELDS = 1 + 3 + 1 + 1 + 1 + 4 + 4 + 1;

  static Intervention document(String s, URI url) {
    List<Inline> text = List.of(new Text(s));
    RichText rich =
        RichText.of(
            new Paragraph(text),
            new BulletList(List.of(List.of(new Emphasis(text)))),
            new OrderedList(List.of(List.of(new Strong(text)))),
            new Paragraph(List.of(new Link(url, text))));
    return Intervention.builder()
        .id(s)
        .title(s)
        .summary(s)
        .impact(ImpactRating.of(ImpactBand.MODERATE, new BigDecimal("21")))
        .evidence(EvidenceRating.HIGH)
        .cost(CostRating.NOT_RATED)
        .studyCount(3)
        .addPreventionTypes(PreventionType.PRIMARY)
        .addSettings(Setting.of("custom", s))
        .addSectors(Sector.of("custom", s))
        .whatIsIt(rich)
        .effectiveness(rich)
        .evidenceSecurity(rich)
        .costDetails(rich)
        .topicSummary(rich)
        .addImplementation(ImplementationTip.of(s, RichText.of(new Paragraph(text))))
        .addResources(Resource.builder().title(s).description(s).url(url).build())
        .lastUpdated(LocalDate.of(2024, 3, 1))
        .build();
  }

  /** Text fields in {@link #document}: title, summary, setting, sector, 5 × 4 rich, tip title and body, resource title and description = 28, less the id which is not shown. */
  @Test
  void fieldCountIsWhatTheReportSays() {
    assertThat(INTERVENTION_TEXT_FIELDS).isEqualTo(2 + 2 + 5 * 4 + 2 + 2 - 1);
  }

  /**
   * The string as placed: a blank one or one equal to a label (such as "None") is bracketed so its
   * text nodes can be told apart from the page's own.
   */
  static String visible(String s, Set<String> constants) {
    return org.evidencetoolkit.render.internal.RatingText.isInvisible(s) || constants.contains(readBack(s))
        ? "[" + s + "]"
        : s;
  }

  /** A toolkit whose profile, about and source hold the string, and its one intervention. */
  static Toolkit profiled(String s, URI url) {
    List<Inline> text = List.of(new Text(s));
    RichText rich =
        RichText.of(
            new Paragraph(text),
            new BulletList(List.of(List.of(new Emphasis(text)))),
            new OrderedList(List.of(List.of(new Strong(text)))),
            new Paragraph(List.of(new Link(url, text))));
    Profile profile =
        Profile.builder()
            .name("hostile")
            .language(s)
            .addMeasure(
                Measure.builder().id("m").outcome(s).unit("u").better(s + " {0}").worse("{0} " + s).none(s).build())
            .addSections("what-is-it", "custom", s.equals("what-is-it") || s.equals("custom") ? "x" + s : s)
            .putLabel("section.custom", s)
            .putLabel("rating.evidence", s)
            .build();
    Intervention i =
        Intervention.builder()
            .from(Fixtures.minimal())
            .impact(ImpactRating.of(ImpactBand.MODERATE, new BigDecimal("3")))
            .whatIsIt(RichText.paragraph(SAFE))
            .putSection("custom", rich)
            .putSection(s.equals("what-is-it") || s.equals("custom") ? "x" + s : s, rich)
            .build();
    Intervention harmful = Intervention.builder().from(i).id("harmful")
        .impact(ImpactRating.of(ImpactBand.HARMFUL, new BigDecimal("-3"))).build();
    Intervention none = Intervention.builder().from(i).id("none")
        .impact(ImpactRating.of(ImpactBand.NO_EFFECT, BigDecimal.ZERO)).build();
    return Toolkit.builder()
        .title(SAFE)
        .profile(profile)
        .about(rich)
        .source(Resource.builder().title(s).url(url).build())
        .addInterventions(i, harmful, none)
        .build();
  }

  @Test
  void hostileTextInAProfileAboutAndSourceStaysText() {
    int checked = 0;
    for (String hostile : HostileStrings.all()) {
      String s = visible(hostile, Set.of());
      Toolkit toolkit = profiled(s, SAFE_URL);
      HtmlRenderer renderer = HtmlRenderer.builder().toolkit(toolkit).build();
      Intervention page = toolkit.interventions().get(0);
      String expected = readBack(s);
      // A wording's own "{0}" is a placeholder: that string cannot be looked for as written.
      boolean placeholder = s.contains(Measure.VALUE);
      String moderate = placeholder ? "" : "(" + expected + " 3)";
      String pageHtml = renderer.renderPage(page);
      String index = HtmlRenderer.defaults().renderIndexPage(toolkit);
      String comparison = renderer.renderComparisonPage(toolkit.interventions(), SAFE);
      for (String html : List.of(pageHtml, index, comparison)) {
        assertSafe(html, s, List.of());
        Document doc = Jsoup.parse(html);
        assertThat(doc.expectFirst("html").attr("lang")).as(html).isEqualTo(expected);
        assertThat(doc.wholeText()).as(html).contains(moderate);
        assertThat(pageTexts(html)).as(html).contains(expected);
      }
      for (String html : placeholder ? List.<String>of() : List.of(index, comparison)) {
        assertThat(Jsoup.parse(html).wholeText()).as(html).contains("(3 " + expected + ")", "(" + expected + ")");
      }
      List<String> headings =
          Jsoup.parse(pageHtml).select("section > h2").stream().map(Element::wholeText).toList();
      assertThat(headings).as(s).containsExactly("What is it?", expected, expected);
      checked++;
    }
    assertThat(checked).isGreaterThanOrEqualTo(600);
    System.out.printf(
        "HTML injection: %d hostile strings x %d profile, about and source fields = %d placements%n",
        checked, PROFILE_TEXT_FIELDS, checked * PROFILE_TEXT_FIELDS);
  }

  /** A small document with one link in text and one resource address. */
  static Intervention linkDocument(URI url) {
    return Intervention.builder()
        .from(Fixtures.minimal())
        .whatIsIt(RichText.of(new Paragraph(List.of(new Text("see "), new Link(url, List.of(new Text(SAFE)))))))
        .addResources(Resource.builder().title(SAFE).url(url).build())
        .build();
  }

  @Test
  void hostileTextInEveryFieldStaysText() {
    HtmlRenderer renderer = HtmlRenderer.defaults();
    List<String> benign = pageTexts(renderer.renderPage(document(SAFE, SAFE_URL)));
    List<String> benignIndex = pageTexts(renderer.renderIndexPage(toolkit(SAFE)));
    List<String> benignComparison = pageTexts(comparisonPage(renderer, SAFE));
    Set<String> constants = new java.util.HashSet<>(benign);
    constants.addAll(benignIndex);
    constants.addAll(benignComparison);
    int checked = 0;
    for (String hostile : HostileStrings.all()) {
      String s = visible(hostile, constants);
      assertSafe(renderer.renderPage(document(s, SAFE_URL)), s, benign);
      assertSafe(renderer.renderIndexPage(toolkit(s)), s, benignIndex);
      assertSafe(comparisonPage(renderer, s), s, benignComparison);
      checked++;
    }
    assertThat(checked).isGreaterThanOrEqualTo(600);
    System.out.printf(
        "HTML injection: %d hostile strings x %d text fields = %d placements%n",
        checked, INTERVENTION_TEXT_FIELDS + VIEW_TEXT_FIELDS,
        checked * (INTERVENTION_TEXT_FIELDS + VIEW_TEXT_FIELDS));
  }

  /** A renderer given a toolkit whose source has this address, so pages show "Source: …". */
  static HtmlRenderer withSource(URI url) {
    Toolkit toolkit = Toolkit.builder().title(SAFE).source(Resource.builder().title(SAFE).url(url).build()).build();
    return HtmlRenderer.builder().toolkit(toolkit).build();
  }

  @Test
  void hostileAddressesNeverBecomeUnsafeLinks() {
    // A refused link loses its <a>, which joins text nodes: compare the whole text instead.
    List<String> benign = List.of(Jsoup.parse(withSource(SAFE_URL).render(linkDocument(SAFE_URL))).wholeText());
    int urls = 0;
    int linked = 0;
    for (String hostile : HostileStrings.all()) {
      for (String candidate : List.of(hostile, "https://example.org/" + hostile, "javascript:" + hostile)) {
        Optional<URI> uri = uri(candidate);
        if (uri.isEmpty()) {
          continue;
        }
        urls++;
        String page = withSource(uri.get()).render(linkDocument(uri.get()));
        assertSafe(page, SAFE, List.of());
        Document doc = Jsoup.parse(page);
        assertThat(doc.wholeText()).isEqualTo(benign.get(0));
        for (Element a : doc.select("a")) {
          assertThat(a.attr("href")).isEqualTo(uri.get().toString());
          linked++;
        }
      }
    }
    assertThat(urls).isGreaterThan(500);
    System.out.printf("HTML injection: %d hostile addresses x %d address fields, %d links written%n",
        urls, URL_FIELDS, linked);
  }

  /**
   * The negative control. The writer has no seam to switch escaping off, so a page from a writer
   * that does not escape is made by hand: the page of a plain marker word, with every occurrence
   * of the marker replaced by the hostile string as it is. The checks must reject each such page.
   */
  @Test
  void aWriterThatDoesNotEscapeFailsTheSameChecks() {
    HtmlRenderer renderer = HtmlRenderer.defaults();
    String marker = "MARKERQX";
    String markerPage = renderer.renderPage(document(marker, SAFE_URL));
    assertThat(markerPage).contains(">" + marker + "<");
    List<String> benign = pageTexts(renderer.renderPage(document(SAFE, SAFE_URL)));
    int caught = 0;
    int markup = 0;
    for (String hostile : HostileStrings.all()) {
      // Anything that opens a tag, comment or end tag is markup once it goes out unescaped.
      if (!java.util.regex.Pattern.compile("<[A-Za-z!/]").matcher(hostile).find()) {
        continue;
      }
      markup++;
      String page = markerPage.replace(marker, hostile);
      assertThatThrownBy(() -> assertSafe(page, hostile, benign)).as(hostile).isInstanceOf(AssertionError.class);
      caught++;
    }
    assertThat(markup).isGreaterThan(60);
    for (String hostile : HostileStrings.ATTRIBUTE_BREAKERS) {
      URI url = URI.create("https://example.org/?q=" + java.net.URLEncoder.encode("x", java.nio.charset.StandardCharsets.UTF_8));
      Intervention i = Intervention.builder().from(document(SAFE, url))
          .addSettings(Setting.of("x", hostile)).build();
      String attack = "<p class=\"" + hostile + "\">";
      String page = renderer.renderPage(i).replace("<p class=\"et-summary\">", attack);
      assertThatThrownBy(() -> assertSafe(page, SAFE, benign)).as(hostile).isInstanceOf(AssertionError.class);
      caught++;
    }
    assertThat(caught).isEqualTo(markup + HostileStrings.ATTRIBUTE_BREAKERS.size());
    System.out.printf(
        "HTML injection negative control: a non-escaping writer fails the checks on all %d markup and %d attribute-breaking inputs%n",
        markup, HostileStrings.ATTRIBUTE_BREAKERS.size());
  }

  static Toolkit toolkit(String s) {
    return Toolkit.builder().title(s).addInterventions(document(s, SAFE_URL), Fixtures.minimal()).build();
  }

  static String comparisonPage(HtmlRenderer renderer, String s) {
    return renderer.renderComparisonPage(List.of(document(s, SAFE_URL), Fixtures.minimal()), s);
  }

  static Optional<URI> uri(String candidate) {
    try {
      return Optional.of(new URI(candidate));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** What a browser reads back from text the writer was given. */
  static String readBack(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\r') {
        if (i < text.length() && text.charAt(i) == '\n') {
          continue;
        }
        out.append('\n');
      } else if ((cp < 0x20 && cp != '\t' && cp != '\n')
          || (cp >= 0x7F && cp <= 0x9F)
          || (cp >= 0xD800 && cp <= 0xDFFF)
          || (cp >= 0xFDD0 && cp <= 0xFDEF)
          || (cp & 0xFFFE) == 0xFFFE) {
        out.append('\uFFFD');
      } else {
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

  /** Every text node of a page in document order (the stylesheet is data, not text). */
  static List<String> pageTexts(String page) {
    List<String> texts = new ArrayList<>();
    Document doc = Jsoup.parse(page);
    NodeTraversor.traverse(
        (NodeVisitor)
            (node, depth) -> {
              if (node instanceof TextNode t) {
                texts.add(t.getWholeText());
              }
            },
        doc);
    return texts;
  }

  /**
   * The checks: only our elements and attributes, nothing active, links allowed, and the page's
   * text equal to the benign page's text with the hostile string wherever the benign one had SAFE.
   */
  static void assertSafe(String page, String hostile, List<String> benignTexts) {
    Document doc = Jsoup.parse(page);
    for (Element e : doc.getAllElements()) {
      if (e instanceof Document) {
        continue;
      }
      String tag = e.normalName();
      if (!ELEMENTS.contains(tag)) {
        throw new AssertionError("element <" + tag + "> from content " + show(hostile));
      }
      Element parent = e.parent();
      if (tag.equals("style") && (parent == null || !parent.normalName().equals("head"))) {
        throw new AssertionError("style outside head from " + show(hostile));
      }
      for (Attribute attribute : e.attributes()) {
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        if (name.startsWith("on") || !ATTRIBUTES.contains(name)) {
          throw new AssertionError("attribute " + name + " on <" + tag + "> from " + show(hostile));
        }
      }
      if (tag.equals("a")) {
        String href = e.attr("href");
        if (!UrlPolicy.allows(href)) {
          throw new AssertionError("link to " + href + " from " + show(hostile));
        }
        String scheme = href.substring(0, href.indexOf(':')).toLowerCase(Locale.ROOT);
        if (!Set.of("http", "https", "mailto").contains(scheme)) {
          throw new AssertionError("scheme " + scheme + " from " + show(hostile));
        }
        if (!e.attr("rel").equals("noopener noreferrer")) {
          throw new AssertionError("link without rel from " + show(hostile));
        }
      }
    }
    if (doc.select("style").size() > 1 || doc.select("title").size() > 1) {
      throw new AssertionError("extra style or title from " + show(hostile));
    }
    if (benignTexts.isEmpty()) {
      return;
    }
    String expected = readBack(hostile);
    Function<String, String> asBenign = t -> t.equals(expected) ? SAFE : t;
    List<String> texts = pageTexts(page).stream().map(asBenign).toList();
    if (!texts.equals(benignTexts)) {
      throw new AssertionError("text changed for " + show(hostile) + ":\n" + texts + "\nexpected\n" + benignTexts);
    }
  }

  private static String show(String s) {
    StringBuilder out = new StringBuilder("'");
    s.codePoints().forEach(cp -> {
      if (cp < 0x20 || cp == 0x7F) {
        out.append(String.format("\\u%04X", cp));
      } else {
        out.appendCodePoint(cp);
      }
    });
    return out.append('\'').toString();
  }
}
