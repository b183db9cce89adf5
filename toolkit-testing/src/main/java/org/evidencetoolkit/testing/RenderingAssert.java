package org.evidencetoolkit.testing;

import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.Assertions;
import org.evidencetoolkit.testing.internal.HtmlSafety;
import org.evidencetoolkit.testing.internal.ViolationText;

/**
 * Assertions on what the renderers made of a document; start with {@link
 * AbstractContentAssert#renders()}. Getting here already proves that every renderer finished
 * without throwing; the methods below look at the output.
 *
 * <pre>{@code
 * assertThat(intervention).renders().hasSafeHtml().hasNoTrailingSpaces();
 * assertThat(intervention).renders().html().contains("Moderate impact");
 * }</pre>
 */
public final class RenderingAssert extends AbstractAssert<RenderingAssert, String> {
  private final String document;
  private final String htmlFragment;
  private final String text;
  private final Optional<String> markdown;

  RenderingAssert(String htmlPage, String htmlFragment, String text, Optional<String> markdown, String document) {
    super(htmlPage, RenderingAssert.class);
    this.htmlFragment = htmlFragment;
    this.text = text;
    this.markdown = markdown;
    this.document = document;
  }

  /** The whole HTML page, for AssertJ's string assertions. */
  public AbstractStringAssert<?> html() {
    return Assertions.assertThat(actual).as("HTML page");
  }

  /** The embeddable HTML fragment. */
  public AbstractStringAssert<?> htmlFragment() {
    return Assertions.assertThat(htmlFragment).as("HTML fragment");
  }

  /** The plain-text rendering. */
  public AbstractStringAssert<?> text() {
    return Assertions.assertThat(text).as("text");
  }

  /** The Markdown rendering; fails for a toolkit, which has none. */
  public AbstractStringAssert<?> markdown() {
    if (markdown.isEmpty()) {
      failWithMessage("%s", "A toolkit has no Markdown rendering");
    }
    return Assertions.assertThat(markdown.orElse("")).as("Markdown");
  }

  /**
   * Asserts that the HTML page and fragment, parsed as a browser parses them, hold no script or
   * other active element, no event-handler attribute, no address other than http, https, mailto
   * or relative, and no external link without {@code rel="noopener noreferrer"}.
   */
  public RenderingAssert hasSafeHtml() {
    List<String> problems = HtmlSafety.problems(actual);
    problems.addAll(HtmlSafety.problems(htmlFragment));
    if (!problems.isEmpty()) {
      failWithMessage(
          "%s",
          "Expected safe HTML, but found:\n  "
              + String.join("\n  ", problems)
              + "\nDocument:\n"
              + ViolationText.indent(document));
    }
    return this;
  }

  /** Asserts that no line of the text rendering ends with white space. */
  public RenderingAssert hasNoTrailingSpaces() {
    String[] lines = text.split("\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n];
      if (!line.isEmpty() && Character.isWhitespace(line.charAt(line.length() - 1))) {
        failWithMessage(
            "%s",
            "Expected no trailing white space in the text, but line " + (n + 1) + " is \"" + line
                + "\"\nDocument:\n" + ViolationText.indent(document));
      }
    }
    return this;
  }
}
