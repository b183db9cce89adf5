package org.evidencetoolkit.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidencetoolkit.model.CostRating;
import org.evidencetoolkit.model.EvidenceRating;
import org.evidencetoolkit.model.ImpactBand;
import org.evidencetoolkit.model.ImpactRating;
import org.evidencetoolkit.model.ImplementationTip;
import org.evidencetoolkit.model.Measure;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.PreventionType;
import org.evidencetoolkit.model.Profile;
import org.evidencetoolkit.model.Resource;
import org.evidencetoolkit.model.Section;
import org.evidencetoolkit.model.Sector;
import org.evidencetoolkit.model.Setting;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.model.text.RichText;
import org.evidencetoolkit.render.labels.Labels;
import org.jsoup.Jsoup;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/** Every word a reader sees comes from {@link Labels}. */
class LabelsTest {
  @Test
  void theShippedBundleHasTheSpecifiedWords() {
    Labels labels = Labels.defaults();
    assertThat(labels.languageTag()).isEqualTo("en-GB");
    assertThat(List.of(ImpactBand.values()).stream().map(labels::band).toList())
        .containsExactly("Harmful", "No effect", "Insufficient evidence of impact", "Low impact",
            "Moderate impact", "High impact");
    assertThat(List.of(EvidenceRating.values()).stream().map(labels::evidence).toList())
        .containsExactly("Not rated", "Very low", "Low", "Moderate", "High", "Very high");
    assertThat(List.of(Section.values()).stream().map(labels::section).toList())
        .containsExactly("What is it?", "Is it effective?", "How secure is the evidence?",
            "How can you implement it well?", "How much does it cost?", "Topic summary", "Further reading");
    assertThat(labels.text("cost.not-rated")).isEqualTo("?");
    assertThat(labels.setting(Setting.SCHOOL_AND_COLLEGE)).isEqualTo("School and college");
    assertThat(labels.setting(Setting.of("ae", "A&E departments"))).isEqualTo("A&E departments");
    assertThat(labels.studies(1)).isEqualTo("1 study");
    assertThat(labels.date(LocalDate.of(2024, 3, 1))).isEqualTo("1 March 2024");
  }

  @Test
  void overridesAndBundlesReplaceWords() {
    Labels plain = Labels.defaults().with("band.moderate", "Some impact");
    assertThat(TextRenderer.builder().labels(plain).build().render(Fixtures.full()))
        .contains("Some impact (21% less violence)")
        .doesNotContain("Moderate impact");
    ResourceBundle bundle =
        new ListResourceBundle() {
          @Override
          protected Object[][] getContents() {
            return new Object[][] {{"section.what-is-it", "Qu'est-ce que c'est ?"}, {"language", "fr"}};
          }
        };
    Labels french = Labels.of(bundle);
    assertThat(french.section(Section.WHAT_IS_IT)).isEqualTo("Qu'est-ce que c'est ?");
    assertThat(french.section(Section.COST)).isEqualTo("How much does it cost?");
    assertThat(HtmlRenderer.builder().labels(french).build().renderPage(Fixtures.minimal())).contains("<html lang=\"fr\">");
    assertThatThrownBy(() -> Labels.defaults().text("no.such.key")).isInstanceOf(IllegalArgumentException.class);
    assertThat(Labels.defaults().format("impact.with-estimate", "A", "B")).isEqualTo("A (B)");
  }

  /** A profile whose one measure words estimates as keys in brackets, as {@link #keysOnly()}. */
  static Profile keysOnlyProfile() {
    return Profile.builder()
        .name("keys-only")
        .addMeasure(
            Measure.builder().id("zzz").outcome("zzz").unit("zzz")
                .better("⟦measure.better⟧ {0}").worse("⟦measure.worse⟧ {0}").none("⟦measure.none⟧")
                .build())
        .build();
  }

  /** Every label replaced by its key in brackets; placeholders kept. */
  static Labels keysOnly() {
    Labels labels = Labels.defaults().with("date.pattern", "yyyy-MM-dd");
    ResourceBundle shipped = ResourceBundle.getBundle(Labels.BUNDLE);
    for (String key : shipped.keySet()) {
      if (List.of("language", "date.pattern", "list.separator").contains(key)) {
        continue;
      }
      StringBuilder value = new StringBuilder("⟦").append(key).append('⟧');
      Matcher m = Pattern.compile("\\{\\d}").matcher(shipped.getString(key));
      while (m.find()) {
        value.append(' ').append(m.group());
      }
      labels = labels.with(key, value.toString());
    }
    return labels;
  }

  static Intervention neutral() {
    RichText zzz = RichText.paragraph("zzz");
    return Intervention.builder()
        .id("zzz").title("zzz").summary("zzz")
        .impact(ImpactRating.of(ImpactBand.MODERATE, new BigDecimal("21")))
        .evidence(EvidenceRating.HIGH).cost(CostRating.NOT_RATED).studyCount(1)
        .addPreventionTypes(PreventionType.PRIMARY, PreventionType.TERTIARY)
        .addSettings(Setting.COMMUNITY).addSectors(Sector.HEALTH)
        .whatIsIt(zzz).effectiveness(zzz).evidenceSecurity(zzz).costDetails(zzz).topicSummary(zzz)
        .addImplementation(ImplementationTip.of("zzz", zzz))
        .addResources(Resource.builder().title("zzz").description("zzz").url(URI.create("https://zzz.zzz/zzz")).build())
        .lastUpdated(LocalDate.of(2024, 3, 1))
        .build();
  }

  /** What is left of an output once labels, content and digits are taken out: no words at all. */
  static String leftover(String output) {
    return output.replaceAll("⟦[a-z0-9.-]+⟧", "").replace("zzz", "").replaceAll("[0-9]", "");
  }

  static List<String> words(String text) {
    return Pattern.compile("[A-Za-z]+").matcher(text).results().map(m -> m.group()).toList();
  }

  /**
   * With every label and the measure's wordings replaced by keys, no word is left: every word
   * comes from the labels or the profile. The index takes the profile from its toolkit, the rest
   * from the builder's {@code toolkit(..)}.
   */
  @Test
  void noRendererShowsAWordOfItsOwn() {
    Labels labels = keysOnly();
    Intervention i = neutral();
    Toolkit toolkit = Toolkit.builder().title("zzz").profile(keysOnlyProfile())
        .about(RichText.paragraph("zzz"))
        .source(Resource.builder().title("zzz").url(URI.create("https://zzz.zzz/zzz")).build())
        .addInterventions(i, Fixtures.headline("zzz", "zzz", ImpactBand.HARMFUL, "")).build();
    TextRenderer text = TextRenderer.builder().labels(labels).toolkit(toolkit).build();
    TextRenderer textIndex = TextRenderer.builder().labels(labels).build();
    for (String output : List.of(text.render(i), textIndex.renderIndex(toolkit), text.renderComparison(toolkit.interventions()),
        MarkdownRenderer.builder().labels(labels).toolkit(toolkit).build().render(i))) {
      assertThat(output.replaceAll("\\s+", " ")).contains("⟦measure.better⟧ 21");
      assertThat(words(leftover(output).replace("https://./", ""))).as(output).isEmpty();
    }
    assertThat(text.render(i)).contains("⟦source⟧ zzz [1]");
    assertThat(textIndex.renderIndex(toolkit)).contains("⟦source⟧ zzz [1]");
    HtmlRenderer html = HtmlRenderer.builder().labels(labels).toolkit(toolkit).build();
    HtmlRenderer htmlIndex = HtmlRenderer.builder().labels(labels).build();
    for (String page : List.of(html.renderPage(i), htmlIndex.renderIndexPage(toolkit), html.renderComparisonPage(toolkit.interventions(), "zzz"))) {
      assertThat(page).contains("⟦measure.better⟧ 21");
      StringBuilder words = new StringBuilder();
      Jsoup.parse(page).body().traverse((node, depth) -> {
        if (node instanceof TextNode t) {
          words.append(t.getWholeText()).append(' ');
        }
      });
      assertThat(words(leftover(words.toString()))).as(page).isEmpty();
    }
  }
}
