package org.example.smoke;

import static org.quicktheories.QuickTheory.qt;

import java.lang.module.ModuleDescriptor;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.evidencetoolkit.io.DocumentFormat;
import org.evidencetoolkit.io.Source;
import org.evidencetoolkit.io.ToolkitReader;
import org.evidencetoolkit.io.ToolkitWriter;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.diff.Change;
import org.evidencetoolkit.model.diff.ToolkitDiff;
import org.evidencetoolkit.model.rules.ContentRules;
import org.evidencetoolkit.model.rules.RuleIds;
import org.evidencetoolkit.model.text.RichText;
import org.evidencetoolkit.render.HtmlRenderer;
import org.evidencetoolkit.render.TextRenderer;
import org.evidencetoolkit.render.html.AttributeProvider;
import org.evidencetoolkit.testing.Generators;
import org.evidencetoolkit.testing.ToolkitAssertions;

/** Uses every toolkit module from a named module, and fails loudly if any of them cannot be used. */
public final class Main {
  /** The toolkit's modules and the packages each must export: its API, never an internal package. */
  private static final List<List<String>> EXPORTS =
      List.of(
          List.of(
              "org.evidencetoolkit.model",
              "org.evidencetoolkit.model",
              "org.evidencetoolkit.model.diff",
              "org.evidencetoolkit.model.rules",
              "org.evidencetoolkit.model.text"),
          List.of("org.evidencetoolkit.io", "org.evidencetoolkit.io"),
          List.of(
              "org.evidencetoolkit.render",
              "org.evidencetoolkit.render",
              "org.evidencetoolkit.render.html",
              "org.evidencetoolkit.render.labels"),
          List.of("org.evidencetoolkit.testing", "org.evidencetoolkit.testing"));

  public static void main(String[] args) {
    checkDescriptors();
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
    // model.rules, model.diff and model.text.
    Intervention renamed = Intervention.builder().from(read).title("Smoke, renamed").build();
    List<Change> changes = ToolkitDiff.between(read, renamed);
    if (changes.size() != 1 || RuleIds.all().isEmpty() || RichText.paragraph("x").blocks().isEmpty()) {
      throw new AssertionError("diff of a renamed title: " + changes);
    }
    // render.html: an attribute provider, called on every element.
    AtomicInteger elements = new AtomicInteger();
    AttributeProvider counter = (part, tag, attributes) -> elements.incrementAndGet();
    HtmlRenderer.builder().attributeProvider(counter).build().renderPage(read);
    if (elements.get() == 0) {
      throw new AssertionError("the attribute provider was never called");
    }
    System.out.println("module-path smoke: OK, " + checked.get() + " interventions");
  }

  /**
   * Each toolkit module is an explicit module (not an automatic one made from a jar's name) that
   * exports exactly its API packages.
   */
  private static void checkDescriptors() {
    for (List<String> expected : EXPORTS) {
      String name = expected.get(0);
      ModuleDescriptor descriptor =
          ModuleLayer.boot()
              .findModule(name)
              .orElseThrow(() -> new AssertionError(name + " is not on the module path"))
              .getDescriptor();
      Set<String> exported = new TreeSet<>();
      for (ModuleDescriptor.Exports e : descriptor.exports()) {
        if (e.isQualified()) {
          throw new AssertionError(name + " exports " + e + " to chosen modules only");
        }
        exported.add(e.source());
      }
      Set<String> wanted = new TreeSet<>(expected.subList(1, expected.size()));
      if (descriptor.isAutomatic() || !exported.equals(wanted)) {
        throw new AssertionError(
            name + (descriptor.isAutomatic() ? " is automatic" : " exports " + exported));
      }
      System.out.println("module " + name + " exports " + exported);
    }
  }
}
