package org.evidencetoolkit.render.internal;

/** Small syntax checks shared by the address policies. */
public final class UrlSyntax {
  private UrlSyntax() {}

  /** Whether every {@code %} in the address is followed by two hexadecimal digits. */
  public static boolean hasValidPercentEscapes(String url) {
    for (int i = url.indexOf('%'); i >= 0; i = url.indexOf('%', i + 1)) {
      if (i + 2 >= url.length() || !isHex(url.charAt(i + 1)) || !isHex(url.charAt(i + 2))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
