package org.evidencetoolkit.model;

import java.net.URI;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The one judgement of which link addresses content may hold: the {@code link.scheme} content
 * rule reports every address this policy refuses, and the renderers write a link only for an
 * address it allows (a refused link is shown as its text alone). Because both ask the same
 * question of the same string, content that passes the rules never silently loses a link.
 *
 * <p>Allowed: absolute {@code http} and {@code https} addresses with a host, and {@code mailto}
 * addresses naming a mailbox. The check runs on the address exactly as written ({@link
 * URI#toString()} for a {@link URI}), with no decoding first, so an address that only becomes
 * acceptable after a browser strips or decodes something is refused. In detail:
 *
 * <ul>
 *   <li>at most {@value #MAX_LENGTH} characters, none of them a control character (C0, DEL,
 *       C1), white space, an invisible format character (such as a bidi override or a zero-width
 *       space), an unassigned or private-use code point, or one of {@code \ < > " `}
 *       ({@link Reason#CHARACTER});
 *   <li>every {@code %} begins a two-digit hexadecimal escape ({@link Reason#PERCENT_ESCAPE});
 *   <li>a scheme (a letter, then letters, digits, {@code +}, {@code -} or {@code .}, up to the
 *       first colon) is present ({@link Reason#NOT_ABSOLUTE}) and is {@code http}, {@code https}
 *       or {@code mailto}, compared without regard to case ({@link Reason#SCHEME});
 *   <li>{@code http} and {@code https} have {@code //} and a non-empty host of letters, digits,
 *       {@code .} and {@code -}, not starting with {@code .} or {@code -}, or a bracketed IPv6
 *       address ({@link Reason#NO_HOST}); no user information ({@code user@} or
 *       {@code user:password@}), because it disguises the real host:
 *       {@code https://example.org@evil.example} goes to {@code evil.example}
 *       ({@link Reason#USER_INFO}); an optional port of one to five digits
 *       ({@link Reason#PORT});
 *   <li>{@code mailto} names a mailbox: before any {@code ?} or {@code #} there is an {@code @}
 *       with something on both sides, and the address does not start with {@code /}
 *       ({@link Reason#NO_MAILBOX}). {@code mailto:?subject=x} is refused: it opens a message
 *       to nobody, which a reader cannot act on. An {@code @} written as {@code %40} does not
 *       count.
 * </ul>
 *
 * <pre>{@code
 * LinkPolicy.allows("https://example.org/a?b=c");        // true
 * LinkPolicy.allows("https://user@example.org/");        // false: USER_INFO
 * LinkPolicy.refusal("mailto:?subject=x");               // Refusal[reason=NO_MAILBOX, index=7]
 * }</pre>
 */
public final class LinkPolicy {
  /** The longest address allowed, in UTF-16 units. */
  public static final int MAX_LENGTH = 8192;

  /**
   * The ASCII characters {@link #forbidden(int)} refuses, as bits: the controls and the space
   * (0–32), {@code " < >} in the low word; {@code \ `} and DEL in the high word.
   */
  private static final long FORBIDDEN_LOW =
      0x1_FFFF_FFFFL | (1L << '"') | (1L << '<') | (1L << '>');

  private static final long FORBIDDEN_HIGH =
      (1L << ('\\' - 64)) | (1L << ('`' - 64)) | (1L << (0x7F - 64));

  private LinkPolicy() {}

  /** Why an address is refused. */
  public enum Reason {
    /** Longer than {@link #MAX_LENGTH}. */
    TOO_LONG,
    /** Holds a character that an address cannot hold as written. */
    CHARACTER,
    /** A {@code %} that does not begin a two-digit hexadecimal escape. */
    PERCENT_ESCAPE,
    /** No scheme: empty, relative, or something before the colon that is not a scheme. */
    NOT_ABSOLUTE,
    /** A scheme other than http, https and mailto. */
    SCHEME,
    /** An http or https address without {@code //} and a valid host. */
    NO_HOST,
    /** An http or https address with user information before the host. */
    USER_INFO,
    /** An http or https address whose port is not one to five digits. */
    PORT,
    /** A mailto address that names no mailbox. */
    NO_MAILBOX
  }

  /**
   * Why an address is refused, and where.
   *
   * @param reason what is wrong
   * @param index the index (UTF-16) in the address where the problem is: the refused character
   *     or {@code %}, or the start of the part that is wrong (0 for the whole address)
   */
  public record Refusal(Reason reason, int index) {}

  /** Whether content may hold this address and a renderer may write it as a link. */
  public static boolean allows(String address) {
    return verdict(address) == null;
  }

  /** Whether content may hold this address: {@link #allows(String)} of its string form. */
  public static boolean allows(URI address) {
    return allows(address.toString());
  }

  /**
   * The address of a {@link URI} as a renderer writes it in a link ({@link URI#toString()}), or
   * empty if the policy refuses it.
   */
  public static Optional<String> href(URI address) {
    String url = address.toString();
    return allows(url) ? Optional.of(url) : Optional.empty();
  }

  /** Why the address is refused, or empty if it is allowed. */
  public static Optional<Refusal> refusal(String address) {
    return Optional.ofNullable(verdict(address));
  }

  /** Why the address is refused, or empty: {@link #refusal(String)} of its string form. */
  public static Optional<Refusal> refusal(URI address) {
    return refusal(address.toString());
  }

  /** Whether every {@code %} in the text is followed by two hexadecimal digits. */
  public static boolean hasValidPercentEscapes(String text) {
    return badPercentEscape(text) < 0;
  }

  /**
   * The refusal, or null if the address is allowed: the renderers ask for every link of every
   * page, so allowing allocates nothing.
   */
  private static @Nullable Refusal verdict(String url) {
    int length = url.length();
    if (length > MAX_LENGTH) {
      return refused(Reason.TOO_LONG, MAX_LENGTH);
    }
    // One pass over the characters finds the first forbidden one, which is refused before any
    // percent escape; the first bad escape is kept until the pass has found no forbidden
    // character. ASCII, nearly every address, is judged by two bit masks.
    int badPercent = -1;
    for (int i = 0; i < length; ) {
      char c = url.charAt(i);
      if (c < 0x80) {
        if (forbiddenAscii(c)) {
          return refused(Reason.CHARACTER, i);
        }
        if (c == '%' && badPercent < 0 && !isPercentEscape(url, i)) {
          badPercent = i;
        }
        i++;
      } else {
        int cp = url.codePointAt(i);
        if (forbidden(cp)) {
          return refused(Reason.CHARACTER, i);
        }
        i += Character.charCount(cp);
      }
    }
    if (badPercent >= 0) {
      return refused(Reason.PERCENT_ESCAPE, badPercent);
    }
    // Every check below works on index ranges of the address instead of substrings.
    int colon = url.indexOf(':');
    if (colon <= 0 || !isSchemeSyntax(url, colon)) {
      return refused(Reason.NOT_ABSOLUTE, 0);
    }
    // The scheme is ASCII (checked above), so ignoring case here is the same as lower-casing it.
    if (isScheme(url, colon, "http") || isScheme(url, colon, "https")) {
      return networkAddress(url, colon + 1);
    }
    if (isScheme(url, colon, "mailto")) {
      return mailbox(url, colon + 1);
    }
    return refused(Reason.SCHEME, 0);
  }

  private static Refusal refused(Reason reason, int index) {
    return new Refusal(reason, index);
  }

  /** {@link #forbidden(int)} for a character below 0x80, without the Unicode tables. */
  private static boolean forbiddenAscii(char c) {
    return c < 64 ? ((FORBIDDEN_LOW >>> c) & 1) != 0 : ((FORBIDDEN_HIGH >>> (c - 64)) & 1) != 0;
  }

  private static boolean forbidden(int cp) {
    if (cp < 0x80) {
      return forbiddenAscii((char) cp);
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

  /** Whether the {@code %} at {@code i} is followed by two hexadecimal digits. */
  private static boolean isPercentEscape(String url, int i) {
    return i + 2 < url.length() && isHexDigit(url.charAt(i + 1)) && isHexDigit(url.charAt(i + 2));
  }

  /** The index of the first {@code %} not followed by two hexadecimal digits, or -1. */
  private static int badPercentEscape(String url) {
    for (int i = url.indexOf('%'); i >= 0; i = url.indexOf('%', i + 1)) {
      if (!isPercentEscape(url, i)) {
        return i;
      }
    }
    return -1;
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

  /** The verdict on {@code url} from {@code start}: {@code //host[:port]}, then a path, query or fragment. */
  private static @Nullable Refusal networkAddress(String url, int start) {
    if (!url.startsWith("//", start)) {
      return refused(Reason.NO_HOST, start);
    }
    int from = start + 2; // the authority is [from, end)
    int end = from;
    while (end < url.length() && !isPathStart(url.charAt(end))) {
      end++;
    }
    if (from == end) {
      return refused(Reason.NO_HOST, from);
    }
    int at = indexOf(url, '@', from, end);
    if (at >= 0) {
      return refused(Reason.USER_INFO, from);
    }
    if (url.charAt(from) == '[') {
      int close = indexOf(url, ']', from, end);
      if (close < 0 || close == from + 1) {
        return refused(Reason.NO_HOST, from);
      }
      for (int i = from + 1; i < close; i++) {
        char c = url.charAt(i);
        if (!(isHexDigit(c) || c == ':' || c == '.')) {
          return refused(Reason.NO_HOST, from);
        }
      }
      return isPort(url, close + 1, end) ? null : refused(Reason.PORT, close + 1);
    }
    int hostEnd = end;
    int portColon = url.lastIndexOf(':', end - 1);
    if (portColon >= from) {
      hostEnd = portColon;
      if (!isPort(url, portColon, end)) {
        return refused(Reason.PORT, portColon);
      }
    }
    if (from == hostEnd || url.charAt(from) == '.' || url.charAt(from) == '-') {
      return refused(Reason.NO_HOST, from);
    }
    // No surrogate pair is split here: the host is bounded by ASCII characters.
    for (int i = from; i < hostEnd; ) {
      char ascii = url.charAt(i);
      if (ascii < 0x80) {
        if (!(ascii == '.' || ascii == '-' || isAsciiLetter(ascii)
            || (ascii >= '0' && ascii <= '9'))) {
          return refused(Reason.NO_HOST, from);
        }
        i++;
        continue;
      }
      int c = url.codePointAt(i);
      if (!Character.isLetterOrDigit(c)) {
        return refused(Reason.NO_HOST, from);
      }
      i += Character.charCount(c);
    }
    return null;
  }

  /** The verdict on a mailto address's part from {@code start}: a mailbox, then any query. */
  private static @Nullable Refusal mailbox(String url, int start) {
    int end = start;
    while (end < url.length() && url.charAt(end) != '?' && url.charAt(end) != '#') {
      end++;
    }
    if (start == end || url.charAt(start) == '/') {
      return refused(Reason.NO_MAILBOX, start);
    }
    int at = indexOf(url, '@', start, end);
    if (at <= start || at == end - 1) {
      return refused(Reason.NO_MAILBOX, start);
    }
    return null;
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
