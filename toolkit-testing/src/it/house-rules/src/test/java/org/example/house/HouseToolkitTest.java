package org.example.house;

import static org.evidencetoolkit.testing.ToolkitAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.evidencetoolkit.io.ToolkitReader;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.model.rules.ContentRules;
import org.evidencetoolkit.render.HtmlRenderer;
import org.junit.jupiter.api.Test;

class HouseToolkitTest {
  static final ContentRules HOUSE = ContentRules.defaults().with(new CitesTwoSources());

  @Test
  void readsValidatesAndRendersTheContentFolder() throws Exception {
    Toolkit toolkit = ToolkitReader.defaults().readToolkit(Path.of("src/test/resources/content"));
    assertThat(toolkit.interventions()).hasSize(2);

    // The defaults accept the content; the house rule finds the high-impact strand with one source.
    assertThat(toolkit).hasNoErrors();
    assertThat(toolkit).usingRules(HOUSE).violatesOnly(CitesTwoSources.ID)
        .violatesAt(CitesTwoSources.ID, "/interventions/0/resources");

    Path site = Files.createDirectories(Path.of("target/house-site"));
    Files.writeString(site.resolve("index.html"), HtmlRenderer.defaults().renderIndexPage(toolkit));
    for (Intervention i : toolkit.interventions()) {
      assertThat(i).renders().hasSafeHtml().hasNoTrailingSpaces();
      Files.writeString(site.resolve(i.id() + ".html"), HtmlRenderer.defaults().renderPage(i));
    }
    assertThat(toolkit).renders().hasSafeHtml().html().contains("After-school tutoring");
  }
}
