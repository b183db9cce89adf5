package org.evidencetoolkit.render;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.evidencetoolkit.render.internal.UrlSyntax;

/**
 * Which link addresses the renderers write as links: only absolute {@code http}, {@code https}
 * and {@code mailto} addresses. Every other address is refused, and a renderer shows a refused
 * link's text as plain text without its address.
 *
 * <p>The check runs on the address exactly as written, with no decoding first, so an address
 * that only becomes acceptable after a browser strips or decodes something is refused. In detail:
 *
 * <ul>
 *   <li>the scheme is letters, digits, {@code +}, {@code -} or {@code .} up to the first colon,
 *       compared without regard to case ({@code HTTPS:} is https), and must be one of the three;
 *       a control character, white space or entity inside or before the scheme makes it no scheme
 *       at all, so the address is relative and refused;
 *   <li>no control character (C0, DEL, C1), no white space, no invisible format character (such
 *       as a bidi override or zero-width space), and none of {@code \ < > " `} anywhere; every
 *       {@code %} begins a two-digit hexadecimal escape;
 *   <li>{@code http} and {@code https} need {@code //} and a non-empty host made of letters,
 *       digits, {@code .} and {@code -} (or a bracketed IPv6 address) with an optional numeric
 *       port; user information ({@code user@}) is refused because it disguises the real host;
 *   <li>{@code mailto} needs something after the colon that does not start with {@code /}.
 * </ul>
 *
 * <pre>{@code
 * UrlPolicy.allows("https://example.org/a?b=c");    // true
 * UrlPolicy.allows("javascript:alert(1)");          // false
 * UrlPolicy.allows("//example.org");                // false: not absolute
 * }</pre>
 */
public final class UrlPolicy {
  private UrlPolicy() {}

  /** Whether a renderer may write this address as a link. */
  public static boolean allows(String url) {
    if (url.isEmpty() || url.length() > 8192) {
      return false;
    }
    for (int i = 0; i < url.length(); ) {
      int cp = url.codePointAt(i);
      if (forbidden(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    if (!UrlSyntax.hasValidPercentEscapes(url)) {
      return false;
    }
    int colon = url.indexOf(':');
    if (colon <= 0) {
      return false;
    }
    String scheme = url.substring(0, colon);
    if (!isSchemeSyntax(scheme)) {
      return false;
    }
    String rest = url.substring(colon + 1);
    return switch (scheme.toLowerCase(Locale.ROOT)) {
      case "http", "https" -> isNetworkAddress(rest);
      case "mailto" -> !rest.isEmpty() && rest.charAt(0) != '/';
      default -> false;
    };
  }

  /**
   * The address of a {@link URI} as it should appear in a link, if the policy allows it.
   *
   * @return the address as written ({@link URI#toString()}), or empty if refused
   */
  public static Optional<String> href(URI uri) {
    String url = uri.toString();
    return allows(url) ? Optional.of(url) : Optional.empty();
  }

  private static boolean forbidden(int cp) {
    if (cp <= 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
      return true;
    }
    if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    if (type == Character.FORMAT
        || type == Character.SURROGATE
        || type == Character.UNASSIGNED
        || type == Character.PRIVATE_USE) {
      return true;
    }
    return cp == '\\' || cp == '<' || cp == '>' || cp == '"' || cp == '`';
  }

  private static boolean isSchemeSyntax(String scheme) {
    if (!isAsciiLetter(scheme.charAt(0))) {
      return false;
    }
    for (int i = 1; i < scheme.length(); i++) {
      char c = scheme.charAt(i);
      if (!(isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isNetworkAddress(String rest) {
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
    String host = authority;
    if (authority.startsWith("[")) {
      int close = authority.indexOf(']');
      if (close < 0) {
        return false;
      }
      host = authority.substring(1, close);
      if (host.isEmpty() || !host.chars().allMatch(c -> isHexDigit(c) || c == ':' || c == '.')) {
        return false;
      }
      return isPort(authority.substring(close + 1));
    }
    int portColon = authority.lastIndexOf(':');
    if (portColon >= 0) {
      host = authority.substring(0, portColon);
      if (!isPort(authority.substring(portColon))) {
        return false;
      }
    }
    if (host.isEmpty() || host.startsWith(".") || host.startsWith("-")) {
      return false;
    }
    return host.codePoints().allMatch(c -> c == '.' || c == '-' || Character.isLetterOrDigit(c));
  }

  private static boolean isPort(String colonAndPort) {
    if (colonAndPort.isEmpty()) {
      return true;
    }
    if (colonAndPort.charAt(0) != ':' || colonAndPort.length() > 6) {
      return false;
    }
    String digits = colonAndPort.substring(1);
    return !digits.isEmpty() && digits.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isHexDigit(int c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
