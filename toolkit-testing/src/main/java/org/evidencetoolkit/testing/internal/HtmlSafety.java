package org.evidencetoolkit.testing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds what would let content run code or leave the page in rendered HTML, by parsing it as a
 * browser does (jsoup follows the HTML5 parsing algorithm) rather than by searching the markup.
 */
public final class HtmlSafety {
  /** Elements that run code, load other documents or take input; no renderer needs them. */
  private static final Set<String> FORBIDDEN_ELEMENTS =
      Set.of(
          "script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "form",
          "input", "button", "textarea", "select", "img", "svg", "math", "video", "audio",
          "source", "noscript", "template", "portal");

  /** Attributes that hold addresses. */
  private static final Set<String> URL_ATTRIBUTES =
      Set.of("href", "src", "action", "formaction", "cite", "data", "poster", "xlink:href", "srcset");

  private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");

  private HtmlSafety() {}

  /** Every problem found, one line each; empty when the HTML is safe. */
  public static List<String> problems(String html) {
    Document document = Jsoup.parse(html);
    List<String> problems = new ArrayList<>();
    for (Element e : document.getAllElements()) {
      String tag = e.normalName();
      if (FORBIDDEN_ELEMENTS.contains(tag)) {
        problems.add("<" + tag + "> element: " + excerpt(e.outerHtml()));
      }
      if (tag.equals("meta") && e.hasAttr("http-equiv")) {
        problems.add("<meta http-equiv> element: " + excerpt(e.outerHtml()));
      }
      for (Attribute a : e.attributes()) {
        String name = a.getKey().toLowerCase(Locale.ROOT);
        if (name.startsWith("on")) {
          problems.add("event handler attribute " + name + " on <" + tag + ">");
        }
        if (name.equals("srcdoc")) {
          problems.add("srcdoc attribute on <" + tag + ">");
        }
        if (URL_ATTRIBUTES.contains(name)) {
          String scheme = scheme(a.getValue());
          boolean allowed =
              scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto")
                  || (scheme.isEmpty() && !browserUrl(a.getValue()).startsWith("//"));
          if (!allowed) {
            problems.add(name + "=\"" + excerpt(a.getValue()) + "\" on <" + tag + ">: only http, https, mailto and relative addresses are safe");
          }
        }
      }
      if (tag.equals("a") && (scheme(e.attr("href")).equals("http") || scheme(e.attr("href")).equals("https"))) {
        Set<String> rel = Set.of(e.attr("rel").toLowerCase(Locale.ROOT).split("\\s+"));
        if (!rel.contains("noopener") || !rel.contains("noreferrer")) {
          problems.add("external link without rel=\"noopener noreferrer\": " + excerpt(e.outerHtml()));
        }
      }
    }
    return problems;
  }

  /** The address as a browser reads it: tabs and line breaks removed, leading controls stripped. */
  private static String browserUrl(String value) {
    String s = value.replaceAll("[\\t\\n\\r]", "");
    int start = 0;
    while (start < s.length() && s.charAt(start) <= ' ') {
      start++;
    }
    return s.substring(start);
  }

  /** The lower-case scheme, or {@code ""} for a relative address. */
  private static String scheme(String value) {
    Matcher m = SCHEME.matcher(browserUrl(value));
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
  }

  private static String excerpt(String s) {
    return s.length() > 120 ? s.substring(0, 120) + "…" : s;
  }
}
