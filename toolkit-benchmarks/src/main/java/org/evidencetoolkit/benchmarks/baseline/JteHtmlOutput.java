package org.evidencetoolkit.benchmarks.baseline;

import gg.jte.Content;
import gg.jte.TemplateOutput;
import gg.jte.html.HtmlTemplateOutput;
import org.jspecify.annotations.Nullable;

/**
 * jte's HTML output with the toolkit's escaping rules: ampersand, less-than, greater-than, double
 * and single quote become the entities OWASP's {@code Encode.forHtml} writes, in text and
 * attributes alike.
 * jte's own escaper leaves apostrophes in text alone; the pages must be byte-equal to compare
 * fairly, so this output escapes the same set, written the way jte's escaper is (runs of safe
 * characters copied in one call, no allocation).
 */
final class JteHtmlOutput implements HtmlTemplateOutput {
  private final TemplateOutput out;

  JteHtmlOutput(TemplateOutput out) {
    this.out = out;
  }

  @Override
  public void setContext(String tagName, @Nullable String attributeName) {
    // One escaping for text and attribute values, as the toolkit's writer has.
  }

  @Override
  public void writeUserContent(@Nullable String value) {
    if (value == null) {
      return;
    }
    int length = value.length();
    int start = 0;
    for (int i = 0; i < length; i++) {
      String entity;
      switch (value.charAt(i)) {
        case '&' -> entity = "&amp;";
        case '<' -> entity = "&lt;";
        case '>' -> entity = "&gt;";
        case '"' -> entity = "&#34;";
        case '\'' -> entity = "&#39;";
        default -> {
          continue;
        }
      }
      if (i > start) {
        out.writeContent(value, start, i);
      }
      out.writeContent(entity);
      start = i + 1;
    }
    if (start == 0) {
      out.writeContent(value);
    } else if (start < length) {
      out.writeContent(value, start, length);
    }
  }

  @Override
  public void writeUserContent(@Nullable Content content) {
    if (content != null) {
      content.writeTo(this);
    }
  }

  @Override
  public void writeContent(String value) {
    out.writeContent(value);
  }

  @Override
  public void writeContent(String value, int beginIndex, int endIndex) {
    out.writeContent(value, beginIndex, endIndex);
  }

  @Override
  public void writeBinaryContent(byte[] value) {
    out.writeBinaryContent(value);
  }
}
