package org.evidencetoolkit.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;

/** The Nu Html Checker finds no error on any page of the sample's site. */
class SitePagesAreValidHtmlTest {
  @Test
  void everyPageOfTheSampleSiteIsValidHtml() throws Exception {
    assertValid(BundledSample.load());
  }

  @Test
  void everyPageOfASiteUnderAnotherProfileIsValidHtml() throws Exception {
    assertValid(LearningToolkit.load());
  }

  private static void assertValid(org.evidencetoolkit.model.Toolkit toolkit) throws Exception {
    InMemorySiteSink site = SiteSink.inMemory();
    SiteBuilder.defaults().write(toolkit, site);
    EmbeddedValidator validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
    int pages = 0;
    for (Map.Entry<String, String> file : site.files().entrySet()) {
      if (!file.getKey().endsWith(".html")) {
        continue;
      }
      String report = validator.validate(
          new ByteArrayInputStream(file.getValue().getBytes(StandardCharsets.UTF_8)));
      List<String> errors = report.lines().filter(l -> l.contains("error:")).toList();
      assertThat(errors).as(file.getKey() + "\n" + report).isEmpty();
      pages++;
    }
    assertThat(pages).isEqualTo(toolkit.interventions().size() + 2);
  }

  /** The same for the site of the example non-YEF toolkit, {@code examples/learning-toolkit/}. */
  @Test
  void everyPageOfTheExampleToolkitsSiteIsValidHtml() throws Exception {
    org.evidencetoolkit.model.Toolkit learning = org.evidencetoolkit.io.ToolkitReader.defaults()
        .readToolkit(java.nio.file.Path.of("..", "examples", "learning-toolkit"));
    InMemorySiteSink site = SiteSink.inMemory();
    SiteBuilder.defaults().write(learning, site);
    EmbeddedValidator validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
    int pages = 0;
    for (Map.Entry<String, String> file : site.files().entrySet()) {
      if (!file.getKey().endsWith(".html")) {
        continue;
      }
      assertThat(file.getValue()).as(file.getKey()).doesNotContain("violence");
      String report = validator.validate(
          new ByteArrayInputStream(file.getValue().getBytes(StandardCharsets.UTF_8)));
      assertThat(report.lines().filter(l -> l.contains("error:")).toList())
          .as(file.getKey() + "\n" + report).isEmpty();
      pages++;
    }
    assertThat(pages).isEqualTo(learning.interventions().size() + 2);
  }

  /** The check can fail: a page with a stray end tag and a duplicate id is caught. */
  @Test
  void theCheckerCatchesABrokenPage() throws Exception {
    EmbeddedValidator validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
    String broken = "<!DOCTYPE html><html lang=en><head><title>x</title></head>"
        + "<body><p id=a>one</p><p id=a>two</p></div></body></html>";
    String report = validator.validate(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)));
    assertThat(report.lines().filter(l -> l.contains("error:"))).hasSizeGreaterThanOrEqualTo(2);
  }
}
