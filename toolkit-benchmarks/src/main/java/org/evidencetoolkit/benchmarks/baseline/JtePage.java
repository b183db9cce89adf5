package org.evidencetoolkit.benchmarks.baseline;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import gg.jte.output.Utf8ByteOutput;
import org.evidencetoolkit.model.Intervention;

/**
 * The primary HTML baseline: the page as a jte 3 template ({@code src/main/jte/page.jte}),
 * precompiled to Java at build time, with HTML escaping on ({@link JteHtmlOutput}: the toolkit's set
 * of escaped characters, jte's way of writing them). The controller work of building
 * the {@link PageView} is part of every render, as it would be in an application.
 */
public final class JtePage {
  private final TemplateEngine engine =
      TemplateEngine.createPrecompiled(null, ContentType.Html, null, "org.evidencetoolkit.benchmarks.jte");
  private final String css;

  /**
   * A renderer whose pages carry this stylesheet inline.
   *
   * @param css the stylesheet
   */
  public JtePage(String css) {
    this.css = PageView.css(css);
  }

  /** The page as a string. */
  public String render(Intervention intervention) {
    StringOutput out = new StringOutput(32_768);
    engine.render("page.jte", PageView.of(intervention, css), new JteHtmlOutput(out));
    return out.toString();
  }

  /** The page as UTF-8 bytes, through jte's byte output. */
  public byte[] renderUtf8(Intervention intervention) {
    Utf8ByteOutput out = new Utf8ByteOutput();
    engine.render("page.jte", PageView.of(intervention, css), new JteHtmlOutput(out));
    return out.toByteArray();
  }
}
