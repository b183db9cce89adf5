package org.evidencetoolkit.render;

import java.net.URI;
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
    int length = url.length();
    if (length == 0 || length > 8192) {
      return false;
    }
    for (int i = 0; i < length; ) {
      int cp = url.codePointAt(i);
      if (forbidden(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    if (!UrlSyntax.hasValidPercentEscapes(url)) {
      return false;
    }
    // Every check below works on index ranges of the address instead of substrings: links are
    // checked for every page, so this is on the rendering path.
    int colon = url.indexOf(':');
    if (colon <= 0 || !isSchemeSyntax(url, colon)) {
      return false;
    }
    // The scheme is ASCII (checked above), so ignoring case here is the same as lower-casing it.
    if (isScheme(url, colon, "http") || isScheme(url, colon, "https")) {
      return isNetworkAddress(url, colon + 1);
    }
    if (isScheme(url, colon, "mailto")) {
      return colon + 1 < length && url.charAt(colon + 1) != '/';
    }
    return false;
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
    if (cp < 0x7F) {
      // The answer of the general checks below for ASCII, without the Unicode tables.
      return cp <= 0x20 || cp == '\\' || cp == '<' || cp == '>' || cp == '"' || cp == '`';
    }
    if (cp <= 0x9F) {
      return true;
    }
    if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.FORMAT
        || type == Character.SURROGATE
        || type == Character.UNASSIGNED
        || type == Character.PRIVATE_USE;
  }

  /** Whether {@code url} up to {@code colon} is a scheme: a letter, then letters, digits, + - . */
  private static boolean isSchemeSyntax(String url, int colon) {
    if (!isAsciiLetter(url.charAt(0))) {
      return false;
    }
    for (int i = 1; i < colon; i++) {
      char c = url.charAt(i);
      if (!(isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isScheme(String url, int colon, String scheme) {
    return colon == scheme.length() && url.regionMatches(true, 0, scheme, 0, colon);
  }

  /** Whether {@code url} from {@code start} is {@code //host[:port]} and then a path, query or fragment. */
  private static boolean isNetworkAddress(String url, int start) {
    if (!url.startsWith("//", start)) {
      return false;
    }
    int from = start + 2; // the authority is [from, end)
    int end = from;
    while (end < url.length() && !isPathStart(url.charAt(end))) {
      end++;
    }
    if (from == end || indexOf(url, '@', from, end) >= 0) {
      return false;
    }
    int hostStart = from;
    int hostEnd = end;
    if (url.charAt(from) == '[') {
      int close = indexOf(url, ']', from, end);
      if (close < 0) {
        return false;
      }
      hostStart = from + 1;
      hostEnd = close;
      if (hostStart == hostEnd) {
        return false;
      }
      for (int i = hostStart; i < hostEnd; i++) {
        char c = url.charAt(i);
        if (!(isHexDigit(c) || c == ':' || c == '.')) {
          return false;
        }
      }
      return isPort(url, close + 1, end);
    }
    int portColon = url.lastIndexOf(':', end - 1);
    if (portColon >= from) {
      hostEnd = portColon;
      if (!isPort(url, portColon, end)) {
        return false;
      }
    }
    if (hostStart == hostEnd || url.charAt(hostStart) == '.' || url.charAt(hostStart) == '-') {
      return false;
    }
    // No surrogate pair is split here: the host is bounded by ASCII characters.
    for (int i = hostStart; i < hostEnd; ) {
      int c = url.codePointAt(i);
      if (!(c == '.' || c == '-' || Character.isLetterOrDigit(c))) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  private static boolean isPathStart(char c) {
    return c == '/' || c == '?' || c == '#';
  }

  /** Whether {@code url} in [start, end) is empty or a colon and one to five digits. */
  private static boolean isPort(String url, int start, int end) {
    if (start == end) {
      return true;
    }
    if (url.charAt(start) != ':' || end - start > 6 || end - start < 2) {
      return false;
    }
    for (int i = start + 1; i < end; i++) {
      char c = url.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(String s, char c, int from, int end) {
    int i = s.indexOf(c, from);
    return i < end ? i : -1;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isHexDigit(int c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
