package org.evidencetoolkit.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.evidencetoolkit.model.Section;
import org.evidencetoolkit.render.html.HtmlContext;
import org.evidencetoolkit.render.html.HtmlPart;
import org.evidencetoolkit.render.html.HtmlPartRenderer;
import org.evidencetoolkit.render.html.HtmlPartRendererFactory;
import org.evidencetoolkit.render.html.HtmlWriter;
import org.evidencetoolkit.render.html.IndexColumn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Part renderers and attribute providers work as in commonmark-java: first registered wins, core last. */
class ExtensionPointsTest {
  /** Draws tips as a details element, with a marker so a test can tell who drew them. */
  static HtmlPartRendererFactory tipsAs(String marker) {
    return context ->
        new HtmlPartRenderer() {
          @Override
          public Set<Class<? extends HtmlPart>> partTypes() {
            return Set.of(HtmlPart.Tip.class);
          }

          @Override
          public void render(HtmlPart part) {
            HtmlPart.Tip tip = (HtmlPart.Tip) part;
            HtmlWriter html = context.writer();
            html.tag("details", context.attributes(part, "details", Map.of("class", marker)));
            html.tag("summary");
            html.text(tip.tip().title());
            html.end("summary");
            context.renderRichText(part, tip.tip().body());
            html.end("details");
          }
        };
  }

  @Test
  void aPartRendererReplacesOnePartAndTheFirstRegisteredWins() {
    HtmlRenderer renderer =
        HtmlRenderer.builder().partRendererFactory(tipsAs("first")).partRendererFactory(tipsAs("second")).build();
    Document doc = Jsoup.parse(renderer.render(Fixtures.full()));
    assertThat(doc.select("details.first")).hasSize(2);
    assertThat(doc.select("details.second")).isEmpty();
    assertThat(doc.select("section.et-tip")).isEmpty();
    assertThat(doc.expectFirst("details.first summary").text()).isEqualTo("Choose mentors carefully");
    // Everything else is still the core's.
    assertThat(doc.select("div.et-headline")).hasSize(1);
  }

  @Test
  void aPartRendererCanWrapTheDefault() {
    HtmlPartRendererFactory wrapRatings =
        context ->
            new HtmlPartRenderer() {
              @Override
              public Set<Class<? extends HtmlPart>> partTypes() {
                return Set.of(HtmlPart.Ratings.class);
              }

              @Override
              public void render(HtmlPart part) {
                context.writer().tag("div", Map.of("class", context.cssClass("wrapped")));
                context.renderDefault(part);
                context.writer().end("div");
              }
            };
    Document doc = Jsoup.parse(HtmlRenderer.builder().partRendererFactory(wrapRatings).build().render(Fixtures.full()));
    assertThat(doc.select("div.et-wrapped > div.et-headline")).hasSize(1);
  }

  @Test
  void aSectionCanBeReplacedAlone() {
    HtmlPartRendererFactory hideCost =
        context ->
            new HtmlPartRenderer() {
              @Override
              public Set<Class<? extends HtmlPart>> partTypes() {
                return Set.of(HtmlPart.NarrativeSection.class);
              }

              @Override
              public void render(HtmlPart part) {
                if (((HtmlPart.NarrativeSection) part).section() != Section.COST) {
                  context.renderDefault(part);
                }
              }
            };
    Document doc = Jsoup.parse(HtmlRenderer.builder().partRendererFactory(hideCost).build().render(Fixtures.full()));
    assertThat(doc.select("section.et-section-cost")).isEmpty();
    assertThat(doc.select("section.et-section")).hasSize(6);
  }

  @Test
  void attributeProvidersAddDataAttributesToIndexRowsAndCells() {
    HtmlRenderer renderer =
        HtmlRenderer.builder()
            .attributeProvider(
                (part, tag, attributes) -> {
                  if (part instanceof HtmlPart.IndexRow row && tag.equals("tr")) {
                    attributes.put("data-band", row.intervention().impact().band().name().toLowerCase(Locale.ROOT));
                  }
                  if (part instanceof HtmlPart.IndexCell cell && cell.column() == IndexColumn.EVIDENCE) {
                    attributes.put("data-evidence", String.valueOf(cell.intervention().evidence().level().orElse(0)));
                  }
                })
            .build();
    Document doc = Jsoup.parse(renderer.renderIndex(Fixtures.toolkit()));
    assertThat(doc.select("tbody tr").eachAttr("data-band"))
        .containsExactly("moderate", "insufficient_evidence", "high", "low", "no_effect", "harmful");
    assertThat(doc.select("td.et-cell-evidence").eachAttr("data-evidence")).containsExactly("3", "0", "0", "0", "0", "0");
  }

  @Test
  void theFirstRegisteredProviderHasTheFinalWord() {
    HtmlRenderer renderer =
        HtmlRenderer.builder()
            .attributeProvider((part, tag, attributes) -> attributes.put("data-who", "first"))
            .attributeProvider((part, tag, attributes) -> attributes.put("data-who", "second"))
            .attributeProvider((part, tag, attributes) -> {
              if (tag.equals("article")) {
                attributes.put("class", attributes.get("class") + " extra");
              }
            })
            .build();
    Element article = Jsoup.parse(renderer.render(Fixtures.minimal())).expectFirst("article");
    assertThat(article.attr("data-who")).isEqualTo("first");
    assertThat(article.attr("class")).isEqualTo("et-intervention extra");
  }

  @Test
  void providerValuesAreEscapedAndBadNamesRefused() {
    HtmlRenderer escaping =
        HtmlRenderer.builder().attributeProvider((p, t, a) -> a.put("data-x", "\"><script>x</script>")).build();
    Document doc = Jsoup.parse(escaping.render(Fixtures.minimal()));
    assertThat(doc.select("script")).isEmpty();
    assertThat(doc.expectFirst("article").attr("data-x")).isEqualTo("\"><script>x</script>");
    HtmlRenderer badName =
        HtmlRenderer.builder().attributeProvider((p, t, a) -> a.put("x onload=alert(1)", "y")).build();
    assertThatThrownBy(() -> badName.render(Fixtures.minimal()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Not an HTML attribute name");
  }

  @Test
  void optionsChangeTheMarkup() {
    HtmlRenderer renderer =
        HtmlRenderer.builder()
            .headingBaseLevel(2)
            .classPrefix("yef-")
            .linkTarget("_blank")
            .interventionLink(i -> Optional.of(i.id().equals("focused-deterrence") ? "javascript:alert(1)" : i.id() + ".html"))
            .build();
    Document doc = Jsoup.parse(renderer.render(Fixtures.full()));
    assertThat(doc.select("h2.yef-title")).hasSize(1);
    // Seven sections and "Related approaches".
    assertThat(doc.select("h3")).hasSize(8);
    assertThat(doc.select("h4.yef-tip-title")).hasSize(2);
    assertThat(doc.select("[class^=et-]")).isEmpty();
    assertThat(doc.select("a[href]").eachAttr("target")).containsOnly("_blank");
    Document index = Jsoup.parse(renderer.renderIndex(Fixtures.toolkit()));
    assertThat(index.select("th a").eachAttr("href")).contains("example-mentoring.html").doesNotContain("javascript:alert(1)");
    assertThat(index.select("th a")).hasSize(5);
    assertThatThrownBy(() -> HtmlRenderer.builder().headingBaseLevel(5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HtmlRenderer.builder().classPrefix("a b")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HtmlRenderer.builder().linkTarget("\"x")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void stylesheetsAreChecked() {
    assertThat(HtmlRenderer.builder().stylesheet(Stylesheet.link("site.css")).build().renderPage(Fixtures.minimal()))
        .contains("<link rel=\"stylesheet\" href=\"site.css\">")
        .doesNotContain("<style>");
    assertThat(HtmlRenderer.builder().stylesheet(Stylesheet.none()).build().renderPage(Fixtures.minimal()))
        .doesNotContain("<style>").doesNotContain("<link");
    assertThatThrownBy(() -> Stylesheet.link("javascript:alert(1)")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Stylesheet.link("//evil.example/x.css")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Stylesheet.inline("</style><script>")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void contextGivesTheCoreBuildingBlocks() {
    HtmlPartRendererFactory probe =
        context ->
            new HtmlPartRenderer() {
              @Override
              public Set<Class<? extends HtmlPart>> partTypes() {
                return Set.of(HtmlPart.Footer.class);
              }

              @Override
              public void render(HtmlPart part) {
                HtmlContext c = context;
                c.writer().tag("p", Map.of("class", c.cssClass("a", "b"), "data-level", String.valueOf(c.headingLevel(2))));
                c.writer().text(c.labels().text("references"));
                c.writer().end("p");
              }
            };
    Element p = Jsoup.parse(HtmlRenderer.builder().partRendererFactory(probe).build().render(Fixtures.full())).expectFirst("p.et-a.et-b");
    assertThat(p).isNotNull();
    assertThat(p.text()).isEqualTo("References");
    assertThat(p.attr("data-level")).isEqualTo("3");
  }
}
