package org.evidencetoolkit.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.evidencetoolkit.model.ImpactBand;
import org.evidencetoolkit.model.ImpactRating;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.LabelKeys;
import org.evidencetoolkit.model.Measure;
import org.evidencetoolkit.model.Profile;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.model.diff.Change;
import org.evidencetoolkit.model.diff.ToolkitDiff;
import org.evidencetoolkit.render.ChangelogRenderer.Format;
import org.evidencetoolkit.render.labels.Labels;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The changelog in each format: golden files of the issue's scenario, the sentence the issue
 * gives, the profile's words, valid HTML with every piece of content escaped, and labels that are
 * all known keys.
 */
class ChangelogRendererTest {
  private static final List<Change> CHANGES =
      ToolkitDiff.between(ChangelogFixtures.before(), ChangelogFixtures.after());

  private static String render(ChangelogRenderer renderer, Format format) {
    return renderer.render(format, CHANGES, ChangelogFixtures.before(), ChangelogFixtures.after());
  }

  @Test
  void goldenChangelogsInEveryFormat() {
    ChangelogRenderer renderer = ChangelogRenderer.builder()
        .interventionLink(i -> Optional.of("interventions/" + i.id() + ".html")).build();
    GoldenFiles.check("changelog.txt", render(renderer, Format.TEXT));
    GoldenFiles.check("changelog-40.txt", render(ChangelogRenderer.builder().width(40).build(), Format.TEXT));
    GoldenFiles.check("changelog.md", render(renderer, Format.MARKDOWN));
    GoldenFiles.check("changelog.fragment.html", render(renderer, Format.HTML_FRAGMENT));
    GoldenFiles.check("changelog.page.html", render(renderer, Format.HTML_PAGE));
  }

  /**
   * An introduction goes under the heading in every format, escaped; a whole page has the
   * renderers' skeleton, and its navigation and footer are the application's part renderers.
   */
  @Test
  void anIntroductionAndTheApplicationsNavigationAndFooter() {
    ChangelogRenderer renderer = ChangelogRenderer.builder()
        .introduction("Since the <2024> edition & before")
        .partRendererFactory(context -> new org.evidencetoolkit.render.html.HtmlPartRenderer() {
          @Override
          public Set<Class<? extends org.evidencetoolkit.render.html.HtmlPart>> partTypes() {
            return Set.of(org.evidencetoolkit.render.html.HtmlPart.Navigation.class,
                org.evidencetoolkit.render.html.HtmlPart.PageFooter.class);
          }

          @Override
          public void render(org.evidencetoolkit.render.html.HtmlPart part) {
            String tag = part instanceof org.evidencetoolkit.render.html.HtmlPart.Navigation ? "nav" : "footer";
            context.writer().tag(tag, "class", "app");
            context.writer().text(part.toString());
            context.writer().end(tag);
          }
        })
        .build();
    assertThat(render(renderer, Format.TEXT)).contains("\n\nSince the <2024> edition & before\n");
    assertThat(render(renderer, Format.MARKDOWN)).contains("\n\nSince the ").doesNotContain("<2024>");
    Document fragment = Jsoup.parse(render(renderer, Format.HTML_FRAGMENT));
    assertThat(fragment.select("h1 + p.et-changes-intro").text()).isEqualTo("Since the <2024> edition & before");
    assertThat(fragment.select("nav, footer")).isEmpty();
    Document page = Jsoup.parse(render(renderer, Format.HTML_PAGE));
    assertThat(page.select("body.et-page > nav.app").text()).contains("CHANGES");
    assertThat(page.select("body.et-page > footer.app").text()).contains("CHANGES");
    assertThat(page.select("main#et-main h1 + p.et-changes-intro").text())
        .isEqualTo("Since the <2024> edition & before");
  }

  @Test
  void theIssuesSentence() {
    assertThat(render(ChangelogRenderer.builder().width(400).build(), Format.TEXT)).contains(
        "Mentoring pilot \u2014 impact raised from Moderate impact (14% less violence) to High"
            + " impact (31% less violence); evidence quality raised from 2/5 Low to 3/5 Moderate;"
            + " tip added: Supervise the matches; further reading removed: An older review <2019>"
            + " & notes\n");
  }

  @Test
  void noChangesSaysSo() {
    Toolkit same = ChangelogFixtures.before();
    String text = ChangelogRenderer.defaults().render(Format.TEXT, List.of(), same, same);
    assertThat(text).isEqualTo("What's changed\n==============\n\nNo changes.\n");
    assertThat(ChangelogRenderer.defaults().render(Format.MARKDOWN, List.of(), same, same))
        .isEqualTo("# What's changed\n\nNo changes.\n");
  }

  @Test
  void estimatesAreWordedByEachEditionsProfile() {
    Measure months = Measure.builder().id("attainment").outcome("attainment").unit("months")
        .better("+{0} months").worse("\u2212{0} months").none("no change").build();
    Profile learning = Profile.builder().name("learning").addMeasure(months)
        .putLabel("changes.field.impact", "average progress").build();
    Intervention reading = Intervention.builder().id("reading").title("Reading circles")
        .impact(ImpactRating.of(ImpactBand.LOW, new BigDecimal("1"))).build();
    Intervention better = Intervention.builder().from(reading)
        .impact(ImpactRating.of(ImpactBand.MODERATE, new BigDecimal("3"))).build();
    Toolkit old = Toolkit.builder().title("T").profile(learning).addIntervention(reading).build();
    Toolkit next = Toolkit.builder().title("T").profile(learning).addIntervention(better).build();
    assertThat(ChangelogRenderer.builder().width(200).build().render(Format.TEXT, ToolkitDiff.between(old, next), old, next))
        .contains("Reading circles \u2014 average progress raised from Low impact (+1 months) to"
            + " Moderate impact (+3 months)");
    // Two interventions compared directly use the builder's profile.
    assertThat(ChangelogRenderer.builder().profile(learning).build()
            .render(Format.TEXT, ToolkitDiff.between(reading, better), reading, better))
        .contains("(+1 months)").contains("(+3 months)");
  }

  @Test
  void htmlEscapesContentAndLinksOnlySafeAddresses() {
    Intervention evil = Intervention.builder().id("evil").title("<script>alert(1)</script>")
        .impact(ImpactRating.of(ImpactBand.LOW)).build();
    Toolkit old = Toolkit.builder().title("T").build();
    Toolkit next = Toolkit.builder().title("T").addIntervention(evil).build();
    String html = ChangelogRenderer.builder()
        .interventionLink(i -> Optional.of("javascript:alert(2)")).build()
        .render(Format.HTML_FRAGMENT, ToolkitDiff.between(old, next), old, next);
    Document parsed = Jsoup.parseBodyFragment(html);
    assertThat(parsed.select("script")).isEmpty();
    assertThat(parsed.select("a")).isEmpty();
    assertThat(parsed.select("li").text()).isEqualTo("<script>alert(1)</script> \u2014 added");
  }

  @Test
  void htmlPageIsValid() throws Exception {
    HtmlValidationTest.startValidator();
    assertThat(HtmlValidationTest.errors(GoldenFiles.read("changelog.page.html"))).isEmpty();
    Toolkit same = ChangelogFixtures.after();
    assertThat(HtmlValidationTest.errors(
        ChangelogRenderer.defaults().render(Format.HTML_PAGE, List.of(), same, same))).isEmpty();
  }

  @Test
  void theChangelogsLabelsAreKnownKeys() throws IOException {
    Properties bundle = new Properties();
    try (InputStream in = Labels.class.getResourceAsStream("/org/evidencetoolkit/render/labels.properties")) {
      bundle.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    Set<String> shipped = bundle.stringPropertyNames().stream()
        .filter(k -> k.startsWith("changes.")).collect(Collectors.toCollection(TreeSet::new));
    Set<String> known = LabelKeys.builtIn().stream()
        .filter(k -> k.startsWith("changes.")).collect(Collectors.toCollection(TreeSet::new));
    assertThat(shipped).isNotEmpty().isEqualTo(known);
  }

  @Test
  void optionsAreChecked() {
    assertThatThrownBy(() -> ChangelogRenderer.builder().width(5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ChangelogRenderer.builder().headingBaseLevel(7)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ChangelogRenderer.builder().classPrefix("a b")).isInstanceOf(IllegalArgumentException.class);
  }
}
