package org.evidencetoolkit.render.internal;

import org.evidencetoolkit.model.LinkPolicy;

/**
 * Relative addresses an application supplies (links between its own pages, its stylesheet). They
 * must have no scheme and not start with {@code //} or a backslash, so a browser cannot read them
 * as an address on another host or in another scheme, and every {@code %} must begin a two-digit
 * hexadecimal escape.
 */
public final class RelativeUrls {
  private RelativeUrls() {}

  /** Whether this is a plain relative address. */
  public static boolean isSafe(String href) {
    if (href.isEmpty() || href.startsWith("//") || href.startsWith("/\\")) {
      return false;
    }
    for (int i = 0; i < href.length(); ) {
      int cp = href.codePointAt(i);
      if (cp <= 0x20
          || (cp >= 0x7F && cp <= 0x9F)
          || Character.isWhitespace(cp)
          || Character.isSpaceChar(cp)
          || Character.getType(cp) == Character.FORMAT
          || Character.getType(cp) == Character.SURROGATE
          || cp == '\\' || cp == '<' || cp == '>' || cp == '"' || cp == '`') {
        return false;
      }
      i += Character.charCount(cp);
    }
    if (!LinkPolicy.hasValidPercentEscapes(href)) {
      return false;
    }
    int colon = href.indexOf(':');
    if (colon < 0) {
      return true;
    }
    // A colon is harmless only after the path has visibly started, e.g. "a/b:c" or "?q=a:b".
    for (int i = 0; i < colon; i++) {
      if ("/?#".indexOf(href.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
