package org.evidencetoolkit.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.ListResourceBundle;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import org.evidencetoolkit.model.LabelKeys;
import org.evidencetoolkit.model.Profile;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.render.labels.Labels;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Labels layer as built-in English ← profile labels ← the application's labels (SPEC §11). */
class LabelLayersTest {
  static final Profile LEARNING = LearningFixtures.profile();

  static ResourceBundle bundle(Map<String, String> entries) {
    return new ListResourceBundle() {
      @Override
      protected Object[][] getContents() {
        return entries.entrySet().stream().map(e -> new Object[] {e.getKey(), e.getValue()}).toArray(Object[][]::new);
      }
    };
  }

  @Test
  void aProfileOverridesTheBuiltInWordsAndKeepsTheRest() {
    Labels labels = Labels.forProfile(LEARNING);
    assertThat(labels.text("rating.evidence")).isEqualTo("Evidence strength");
    assertThat(labels.text("section.effectiveness")).isEqualTo("How effective is the approach?");
    assertThat(labels.section("behind-the-average")).isEqualTo("Behind the average");
    assertThat(labels.text("rating.cost")).isEqualTo("Cost");
    assertThat(Labels.defaults().text("rating.evidence")).isEqualTo("Evidence quality");
    assertThat(labels.applicationLabels()).isEmpty();
  }

  @Test
  void theApplicationOverridesTheProfileWhicheverComesFirst() {
    Labels before = Labels.defaults().with("rating.evidence", "Strength of evidence").under(LEARNING);
    Labels after = Labels.forProfile(LEARNING).with("rating.evidence", "Strength of evidence");
    for (Labels labels : new Labels[] {before, after}) {
      assertThat(labels.text("rating.evidence")).isEqualTo("Strength of evidence");
      assertThat(labels.text("section.effectiveness")).isEqualTo("How effective is the approach?");
    }
    assertThat(before).isEqualTo(after).hasSameHashCodeAs(after);
    assertThat(before.applicationLabels()).containsExactly(Map.entry("rating.evidence", "Strength of evidence"));
  }

  @Test
  void anApplicationBundleIsOnTopButItsShippedWordsDoNotHideTheProfile() {
    // A translation beside the shipped bundle answers every shipped key through its parent.
    Labels labels =
        Labels.of(bundle(Map.of("rating.cost", "Coût", "rating.evidence", "Evidence quality"))).under(LEARNING);
    assertThat(labels.text("rating.cost")).isEqualTo("Coût");
    assertThat(labels.text("rating.evidence")).isEqualTo("Evidence strength");
    assertThat(labels.applicationLabels()).containsOnlyKeys("rating.cost");
    // Insisting on the shipped word in code wins over the profile.
    assertThat(labels.with("rating.evidence", "Evidence quality").text("rating.evidence")).isEqualTo("Evidence quality");
  }

  @Test
  void underReplacesTheProfileAndYefChangesNothing() {
    Labels custom = Labels.defaults().with("band.high", "Big impact");
    assertThat(custom.under(Profile.yef())).isSameAs(custom);
    assertThat(Labels.defaults().under(Profile.yef())).isSameAs(Labels.defaults());
    Labels learning = custom.under(LEARNING);
    assertThat(learning).isNotEqualTo(custom);
    assertThat(learning.under(Profile.yef())).isEqualTo(custom);
    assertThat(learning.under(Profile.yef()).text("rating.evidence")).isEqualTo("Evidence quality");
    assertThat(learning.under(Profile.yef()).text("band.high")).isEqualTo("Big impact");
  }

  @Test
  void theLanguageFollowsTheProfileUnlessTheApplicationSetsIt() {
    Profile welsh = Profile.builder().name("welsh").language("cy").build();
    assertThat(Labels.forProfile(welsh).languageTag()).isEqualTo("cy");
    assertThat(Labels.forProfile(welsh).locale().getLanguage()).isEqualTo("cy");
    assertThat(Labels.defaults().with("language", "fr").under(welsh).languageTag()).isEqualTo("fr");
    // A profile's own language label is more specific than its language attribute.
    Profile both = Profile.builder().name("both").language("cy").putLabel("language", "ga").build();
    assertThat(Labels.forProfile(both).languageTag()).isEqualTo("ga");

    Toolkit toolkit = Toolkit.builder().title("Pecyn").profile(welsh).addIntervention(Fixtures.minimal()).build();
    assertThat(Jsoup.parse(HtmlRenderer.defaults().renderIndexPage(toolkit)).expectFirst("html").attr("lang"))
        .isEqualTo("cy");
    assertThat(HtmlRenderer.builder().toolkit(toolkit).build().renderPage(Fixtures.minimal()))
        .startsWith("<!doctype html>\n<html lang=\"cy\">");
    assertThat(HtmlRenderer.builder().toolkit(toolkit).labels(Labels.defaults().with("language", "en")).build()
            .renderPage(Fixtures.minimal()))
        .startsWith("<!doctype html>\n<html lang=\"en\">");
    assertThat(HtmlRenderer.defaults().renderPage(Fixtures.minimal())).startsWith("<!doctype html>\n<html lang=\"en-GB\">");
  }

  @Test
  void aProfileDatePatternThatIsNoPatternIsRefusedNamingTheProfile() {
    Profile broken = Profile.builder().name("broken-dates").putLabel("date.pattern", "d MMMM yyyy {").build();
    assertThatThrownBy(() -> Labels.forProfile(broken))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("broken-dates")
        .hasMessageContaining("date.pattern");
  }

  @Test
  void renderersPutTheToolkitsProfileUnderTheApplicationsLabels() {
    Toolkit toolkit = LearningFixtures.toolkit();
    String plain = HtmlRenderer.defaults().renderIndex(toolkit);
    assertThat(Jsoup.parse(plain).select("th.et-cell-evidence").text()).isEqualTo("Evidence strength");
    Labels mine = Labels.defaults().with("rating.evidence", "How sure are we?");
    String overridden = HtmlRenderer.builder().labels(mine).build().renderIndex(toolkit);
    assertThat(Jsoup.parse(overridden).select("th.et-cell-evidence").text()).isEqualTo("How sure are we?");
    assertThat(TextRenderer.builder().labels(mine).build().renderIndex(toolkit))
        .contains("How sure are we?  ●●●○○ 3/5 Moderate")
        .doesNotContain("Evidence strength");
    assertThat(MarkdownRenderer.builder().labels(mine).toolkit(toolkit).build().render(LearningFixtures.readingCircles()))
        .contains("- **How sure are we?:** 3/5 Moderate", "## How effective is the approach?");
  }

  @Test
  void theBuildersProfileWinsOverTheToolkits() {
    Toolkit toolkit = LearningFixtures.toolkit();
    String index = TextRenderer.builder().profile(Profile.yef()).build().renderIndex(toolkit);
    assertThat(index).contains("Evidence quality", "Moderate impact (3% less violence)").doesNotContain("+3 months");
    String html = HtmlRenderer.builder().profile(Profile.yef()).build().renderIndexPage(toolkit);
    assertThat(html).contains("<html lang=\"en-GB\">", "Evidence quality").doesNotContain("Evidence strength");
    // toolkit(..) and profile(..): the later call sets the profile.
    assertThat(TextRenderer.builder().toolkit(toolkit).profile(Profile.yef()).build().render(LearningFixtures.readingCircles()))
        .contains("3% less violence", "Source: Where the real figures are published");
    assertThat(TextRenderer.builder().profile(Profile.yef()).toolkit(toolkit).build().render(LearningFixtures.readingCircles()))
        .contains("+3 months");
  }

  /**
   * The shipped bundle's keys plus the site's ({@code site.*}) are exactly the model's list of
   * label keys, which {@code toolkit-io} checks a profile's labels against.
   */
  @Test
  void theShippedKeysAreTheModelsLabelKeys() throws IOException {
    Properties shipped = new Properties();
    try (InputStream in = Labels.class.getResourceAsStream("/org/evidencetoolkit/render/labels.properties")) {
      assertThat(in).isNotNull();
      shipped.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    Set<String> keys = new LinkedHashSet<>(shipped.stringPropertyNames());
    assertThat(keys).noneMatch(k -> k.startsWith("site."));
    assertThat(keys).doesNotContain("impact.estimate.less", "impact.estimate.more", "impact.estimate.none");
    LabelKeys.builtIn().stream().filter(k -> k.startsWith("site.")).forEach(keys::add);
    assertThat(keys).containsExactlyInAnyOrderElementsOf(LabelKeys.builtIn());
    assertThat(Labels.defaults().text("source")).isEqualTo("Source: {0}");
  }
}
