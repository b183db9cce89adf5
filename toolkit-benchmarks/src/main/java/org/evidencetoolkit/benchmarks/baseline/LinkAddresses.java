package org.evidencetoolkit.benchmarks.baseline;

import java.net.URI;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Which addresses the templates write as links: absolute http and https with a plain
 * host, and mailto; nothing with controls, spaces or markup characters. The same policy as the
 * toolkit's renderers, written compactly.
 */
public final class LinkAddresses {
  private LinkAddresses() {}

  /** The address to write, or null when refused. */
  public static @Nullable String href(URI uri) {
    String url = uri.toString();
    return allows(url) ? url : null;
  }

  static boolean allows(String url) {
    if (url.isEmpty() || url.length() > 8192) {
      return false;
    }
    for (int i = 0; i < url.length(); ) {
      int cp = url.codePointAt(i);
      if (cp <= 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == '\\' || cp == '<' || cp == '>'
          || cp == '"' || cp == '`') {
        return false;
      }
      if (cp >= 0x80) {
        int type = Character.getType(cp);
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || type == Character.FORMAT
            || type == Character.SURROGATE || type == Character.UNASSIGNED
            || type == Character.PRIVATE_USE) {
          return false;
        }
      }
      i += Character.charCount(cp);
    }
    for (int i = url.indexOf('%'); i >= 0; i = url.indexOf('%', i + 1)) {
      if (i + 2 >= url.length() || Character.digit(url.charAt(i + 1), 16) < 0
          || Character.digit(url.charAt(i + 2), 16) < 0) {
        return false;
      }
    }
    int colon = url.indexOf(':');
    if (colon <= 0) {
      return false;
    }
    String scheme = url.substring(0, colon);
    for (int i = 0; i < scheme.length(); i++) {
      char c = scheme.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      if (!(letter || (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')))) {
        return false;
      }
    }
    String rest = url.substring(colon + 1);
    return switch (scheme.toLowerCase(Locale.ROOT)) {
      case "mailto" -> !rest.isEmpty() && rest.charAt(0) != '/';
      case "http", "https" -> networkAddress(rest);
      default -> false;
    };
  }

  private static boolean networkAddress(String rest) {
    if (!rest.startsWith("//")) {
      return false;
    }
    int end = 2;
    while (end < rest.length() && "/?#".indexOf(rest.charAt(end)) < 0) {
      end++;
    }
    String authority = rest.substring(2, end);
    if (authority.isEmpty() || authority.indexOf('@') >= 0) {
      return false;
    }
    if (authority.startsWith("[")) {
      int close = authority.indexOf(']');
      if (close <= 1) {
        return false;
      }
      for (int i = 1; i < close; i++) {
        char c = authority.charAt(i);
        if (!(Character.digit(c, 16) >= 0 || c == ':' || c == '.')) {
          return false;
        }
      }
      return port(authority.substring(close + 1));
    }
    String host = authority;
    int portColon = authority.lastIndexOf(':');
    if (portColon >= 0) {
      host = authority.substring(0, portColon);
      if (!port(authority.substring(portColon))) {
        return false;
      }
    }
    if (host.isEmpty() || host.startsWith(".") || host.startsWith("-")) {
      return false;
    }
    return host.codePoints().allMatch(c -> c == '.' || c == '-' || Character.isLetterOrDigit(c));
  }

  private static boolean port(String colonAndPort) {
    if (colonAndPort.isEmpty()) {
      return true;
    }
    if (colonAndPort.charAt(0) != ':' || colonAndPort.length() > 6 || colonAndPort.length() < 2) {
      return false;
    }
    for (int i = 1; i < colonAndPort.length(); i++) {
      char c = colonAndPort.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
