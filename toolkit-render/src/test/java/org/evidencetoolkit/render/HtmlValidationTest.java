package org.evidencetoolkit.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Toolkit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import nu.validator.client.EmbeddedValidator;

/** The Nu Html Checker, in-process, finds no error in any page the renderer writes. */
class HtmlValidationTest {
  private static final Pattern ERROR = Pattern.compile("\"type\":\"error\"[^}]*?\"message\":\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final int GENERATED = 200;
  private static EmbeddedValidator validator;

  @BeforeAll
  static void startValidator() {
    validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
    validator.setNoLangDetect(true);
  }

  static List<String> errors(String page) throws Exception {
    String report = validator.validate(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
    List<String> errors = new ArrayList<>();
    if (report.contains("\"type\":\"error\"") || report.contains("\"subType\":\"fatal\"")) {
      Matcher m = ERROR.matcher(report);
      while (m.find()) {
        errors.add(m.group(1));
      }
      if (errors.isEmpty()) {
        errors.add(report);
      }
    }
    return errors;
  }

  private static String head(String page) {
    return page.substring(0, mainStart(page));
  }

  private static String withoutTitle(String head) {
    return head.substring(0, head.indexOf("<title>")) + head.substring(head.indexOf("</title>"));
  }

  private static String main(String page) {
    return page.substring(mainStart(page), page.lastIndexOf("</main>"));
  }

  /** Just after the start tag of {@code <main>}, whatever its attributes. */
  private static int mainStart(String page) {
    return page.indexOf('>', page.indexOf("<main")) + 1;
  }

  @Test
  void goldenPagesHaveNoErrors() throws Exception {
    List<String> pages =
        List.of("full.page.html", "minimal.page.html", "index.page.html", "comparison.page.html",
            "learning.page.html", "learning-index.page.html", "learning-comparison.page.html");
    for (String name : pages) {
      assertThat(errors(GoldenFiles.read(name))).as(name).isEmpty();
    }
  }

  @Test
  void generatedPagesHaveNoErrors() throws Exception {
    List<Intervention> interventions = new ArrayList<>();
    qt().withExamples(GENERATED).withShrinkCycles(50).withShrinkCycles(0).forAll(Generators.interventions()).checkAssert(interventions::add);
    List<Toolkit> toolkits = new ArrayList<>();
    List<List<Intervention>> comparisons = new ArrayList<>();
    qt().withExamples(20).withShrinkCycles(50).withShrinkCycles(0)
        .forAll(Generators.toolkits(), Generators.comparisons())
        .checkAssert((t, c) -> {
          toolkits.add(t);
          comparisons.add(c);
        });
    // No stylesheet here: the golden pages check the stylesheet, and vnu's CSS check is slow.
    HtmlRenderer renderer =
        HtmlRenderer.builder()
            .linkTarget("_blank")
            .stylesheet(Stylesheet.none())
            .interventionLink(i -> java.util.Optional.of(
                java.net.URLEncoder.encode(i.id(), StandardCharsets.UTF_8) + ".html"))
            .build();
    List<String> all = new ArrayList<>();
    interventions.forEach(i -> all.add(renderer.renderPage(i)));
    toolkits.forEach(t -> all.add(renderer.renderIndexPage(t)));
    comparisons.forEach(c -> all.add(renderer.renderComparisonPage(c, "Compare")));
    // Checked in batches: each page's <main> content joined under one page's head, so one run of
    // the checker covers many pages (every page's head is the same but for its title).
    int pages = 0;
    int batch = 25;
    for (int from = 0; from < all.size(); from += batch) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + batch));
      StringBuilder combined = new StringBuilder(head(chunk.get(0)));
      for (String page : chunk) {
        // Heads differ only in their (escaped, never empty) title, which the checker sees in the first.
        assertThat(withoutTitle(head(page))).isEqualTo(withoutTitle(head(chunk.get(0))));
        assertThat(page).doesNotContain("<title></title>");
        combined.append(main(page));
        pages++;
      }
      combined.append("</main>\n</body>\n</html>\n");
      String html = combined.toString();
      List<String> errors = errors(html);
      if (!errors.isEmpty()) {
        for (String page : chunk) {
          assertThat(errors(page)).as("%s", page).isEmpty();
        }
      }
      assertThat(errors).as("%s", html).isEmpty();
    }
    assertThat(pages).isGreaterThanOrEqualTo(GENERATED);
    System.out.printf("Nu Html Checker: %d generated pages, 0 errors%n", pages);
  }
}
