package org.evidencetoolkit.testing;

import java.util.Optional;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.rules.ContentRules;
import org.evidencetoolkit.render.HtmlRenderer;
import org.evidencetoolkit.render.MarkdownRenderer;
import org.evidencetoolkit.render.TextRenderer;
import org.evidencetoolkit.testing.internal.DocumentText;

/**
 * Assertions on one {@link Intervention}; start with {@link
 * ToolkitAssertions#assertThat(Intervention)}.
 *
 * <pre>{@code
 * assertThat(intervention).hasNoErrors();
 * assertThat(draft).usingRules(house).violatesOnly("house.high-impact-cites-two");
 * }</pre>
 */
public final class InterventionAssert extends AbstractContentAssert<InterventionAssert, Intervention> {
  InterventionAssert(Intervention actual) {
    super(actual, InterventionAssert.class, ContentRules::validate, DocumentText::of);
  }

  @Override
  RenderingAssert render(HtmlRenderer html, TextRenderer text) {
    return new RenderingAssert(
        html.renderPage(actual),
        html.render(actual),
        text.render(actual),
        Optional.of(MarkdownRenderer.defaults().render(actual)),
        documentText());
  }

  @Override
  protected String name() {
    return "intervention \"" + actual.id() + "\"";
  }
}
