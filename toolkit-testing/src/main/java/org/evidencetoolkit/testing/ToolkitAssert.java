package org.evidencetoolkit.testing;

import java.util.Optional;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.model.rules.ContentRules;
import org.evidencetoolkit.render.HtmlRenderer;
import org.evidencetoolkit.render.TextRenderer;
import org.evidencetoolkit.testing.internal.DocumentText;

/**
 * Assertions on a whole {@link Toolkit}: every intervention against the toolkit's vocabularies,
 * then the rules across interventions. Start with {@link ToolkitAssertions#assertThat(Toolkit)}.
 *
 * <pre>{@code
 * assertThat(ToolkitReader.defaults().readToolkit(Path.of("content"))).hasNoErrors();
 * }</pre>
 */
public final class ToolkitAssert extends AbstractContentAssert<ToolkitAssert, Toolkit> {
  ToolkitAssert(Toolkit actual) {
    super(actual, ToolkitAssert.class, ContentRules::validate, DocumentText::of);
  }

  /** Renders the toolkit's index: the HTML index page and fragment and the text index. */
  @Override
  RenderingAssert render(HtmlRenderer html, TextRenderer text) {
    return new RenderingAssert(
        html.renderIndexPage(actual),
        html.renderIndex(actual),
        text.renderIndex(actual),
        Optional.empty(),
        documentText());
  }

  @Override
  protected String name() {
    return "toolkit \"" + actual.title() + "\"";
  }
}
