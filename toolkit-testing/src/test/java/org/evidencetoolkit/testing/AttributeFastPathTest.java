package org.evidencetoolkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.render.HtmlRenderer;
import org.junit.jupiter.api.Test;

/**
 * The HTML core writes an element's attributes straight when no attribute provider is registered,
 * and through a map offered to the providers otherwise. The fast path must write what the plain
 * definition writes: a provider that adds nothing changes no byte of any view.
 */
class AttributeFastPathTest {
  @Test
  void aProviderThatAddsNothingChangesNothing() {
    qt().withExamples(150)
        .forAll(Generators.toolkitsUnderProfiles())
        .checkAssert(
            t -> {
              for (HtmlRenderer.Builder[] pair :
                  List.of(
                      new HtmlRenderer.Builder[] {HtmlRenderer.builder(), HtmlRenderer.builder()},
                      new HtmlRenderer.Builder[] {
                        HtmlRenderer.builder().toolkit(t).linkTarget("_blank"),
                        HtmlRenderer.builder().toolkit(t).linkTarget("_blank")
                      })) {
                HtmlRenderer fast = pair[0].build();
                HtmlRenderer plain = pair[1].attributeProvider((part, tag, attributes) -> {}).build();
                assertThat(plain.renderIndexPage(t)).isEqualTo(fast.renderIndexPage(t));
                List<Intervention> all = t.interventions();
                assertThat(plain.renderComparisonPage(all, t.title()))
                    .isEqualTo(fast.renderComparisonPage(all, t.title()));
                for (Intervention i : all) {
                  assertThat(plain.renderPage(i)).isEqualTo(fast.renderPage(i));
                }
              }
            });
  }

  @Test
  void hostileInterventionsToo() {
    HtmlRenderer plain = HtmlRenderer.builder().attributeProvider((part, tag, attributes) -> {}).build();
    qt().withExamples(200)
        .forAll(Generators.hostileInterventions())
        .checkAssert(i -> assertThat(plain.renderPage(i)).isEqualTo(HtmlRenderer.defaults().renderPage(i)));
  }
}
