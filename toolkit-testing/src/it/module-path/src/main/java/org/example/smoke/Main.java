package org.example.smoke;

import static org.quicktheories.QuickTheory.qt;

import java.util.concurrent.atomic.AtomicInteger;
import org.evidencetoolkit.io.DocumentFormat;
import org.evidencetoolkit.io.Source;
import org.evidencetoolkit.io.ToolkitReader;
import org.evidencetoolkit.io.ToolkitWriter;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.rules.ContentRules;
import org.evidencetoolkit.render.HtmlRenderer;
import org.evidencetoolkit.render.TextRenderer;
import org.evidencetoolkit.testing.Generators;
import org.evidencetoolkit.testing.ToolkitAssertions;

/** Uses every toolkit module from a named module, and fails loudly if any of them cannot be used. */
public final class Main {
  public static void main(String[] args) {
    ToolkitWriter yaml = ToolkitWriter.builder().format(DocumentFormat.YAML).build();
    ToolkitReader reader = ToolkitReader.defaults();
    AtomicInteger checked = new AtomicInteger();
    qt().withExamples(100)
        .forAll(Generators.interventions())
        .checkAssert(
            i -> {
              if (yaml.writeAsString(i).isEmpty()) {
                throw new AssertionError("no YAML for " + i.id());
              }
              ToolkitAssertions.assertThat(i).hasNoErrors().renders().hasSafeHtml();
              if (ContentRules.defaults().validate(i).hasErrors()
                  || HtmlRenderer.defaults().renderPage(i).isEmpty()
                  || TextRenderer.defaults().render(i).isEmpty()) {
                throw new AssertionError("unexpected result for " + i.id());
              }
              checked.incrementAndGet();
            });
    Intervention read =
        reader.with(DocumentFormat.YAML).readIntervention(
            Source.named("smoke.yaml")
                .text("id: smoke\ntitle: Smoke\nimpact: { band: insufficient-evidence }\n"));
    if (!read.id().equals("smoke")) {
      throw new AssertionError("read back " + read.id());
    }
    System.out.println("module-path smoke: OK, " + checked.get() + " interventions");
  }
}
