package org.evidencetoolkit.model;

import org.jspecify.annotations.Nullable;

/**
 * {@link LinkPolicy}'s judgement as it was written before its one-pass character check (issue 15):
 * a code point at a time through the general check, then a second scan for percent escapes.
 * Kept verbatim as the oracle of {@code LinkPolicyFastPathTest}.
 */
final class ReferenceLinkPolicy {
  private ReferenceLinkPolicy() {}

  /**
   * The refusal, or null if the address is allowed: the renderers ask for every link of every
   * page, so allowing allocates nothing.
   */
  static LinkPolicy.@Nullable Refusal verdict(String url) {
    int length = url.length();
    if (length > LinkPolicy.MAX_LENGTH) {
      return refused(LinkPolicy.Reason.TOO_LONG, LinkPolicy.MAX_LENGTH);
    }
    for (int i = 0; i < length; ) {
      int cp = url.codePointAt(i);
      if (forbidden(cp)) {
        return refused(LinkPolicy.Reason.CHARACTER, i);
      }
      i += Character.charCount(cp);
    }
    int percent = badPercentEscape(url);
    if (percent >= 0) {
      return refused(LinkPolicy.Reason.PERCENT_ESCAPE, percent);
    }
    // Every check below works on index ranges of the address instead of substrings.
    int colon = url.indexOf(':');
    if (colon <= 0 || !isSchemeSyntax(url, colon)) {
      return refused(LinkPolicy.Reason.NOT_ABSOLUTE, 0);
    }
    // The scheme is ASCII (checked above), so ignoring case here is the same as lower-casing it.
    if (isScheme(url, colon, "http") || isScheme(url, colon, "https")) {
      return networkAddress(url, colon + 1);
    }
    if (isScheme(url, colon, "mailto")) {
      return mailbox(url, colon + 1);
    }
    return refused(LinkPolicy.Reason.SCHEME, 0);
  }

  private static LinkPolicy.Refusal refused(LinkPolicy.Reason reason, int index) {
    return new LinkPolicy.Refusal(reason, index);
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

  /** The index of the first {@code %} not followed by two hexadecimal digits, or -1. */
  private static int badPercentEscape(String url) {
    for (int i = url.indexOf('%'); i >= 0; i = url.indexOf('%', i + 1)) {
      if (i + 2 >= url.length() || !isHexDigit(url.charAt(i + 1))
          || !isHexDigit(url.charAt(i + 2))) {
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
  private static LinkPolicy.@Nullable Refusal networkAddress(String url, int start) {
    if (!url.startsWith("//", start)) {
      return refused(LinkPolicy.Reason.NO_HOST, start);
    }
    int from = start + 2; // the authority is [from, end)
    int end = from;
    while (end < url.length() && !isPathStart(url.charAt(end))) {
      end++;
    }
    if (from == end) {
      return refused(LinkPolicy.Reason.NO_HOST, from);
    }
    int at = indexOf(url, '@', from, end);
    if (at >= 0) {
      return refused(LinkPolicy.Reason.USER_INFO, from);
    }
    if (url.charAt(from) == '[') {
      int close = indexOf(url, ']', from, end);
      if (close < 0 || close == from + 1) {
        return refused(LinkPolicy.Reason.NO_HOST, from);
      }
      for (int i = from + 1; i < close; i++) {
        char c = url.charAt(i);
        if (!(isHexDigit(c) || c == ':' || c == '.')) {
          return refused(LinkPolicy.Reason.NO_HOST, from);
        }
      }
      return isPort(url, close + 1, end) ? null : refused(LinkPolicy.Reason.PORT, close + 1);
    }
    int hostEnd = end;
    int portColon = url.lastIndexOf(':', end - 1);
    if (portColon >= from) {
      hostEnd = portColon;
      if (!isPort(url, portColon, end)) {
        return refused(LinkPolicy.Reason.PORT, portColon);
      }
    }
    if (from == hostEnd || url.charAt(from) == '.' || url.charAt(from) == '-') {
      return refused(LinkPolicy.Reason.NO_HOST, from);
    }
    // No surrogate pair is split here: the host is bounded by ASCII characters.
    for (int i = from; i < hostEnd; ) {
      int c = url.codePointAt(i);
      if (!(c == '.' || c == '-' || Character.isLetterOrDigit(c))) {
        return refused(LinkPolicy.Reason.NO_HOST, from);
      }
      i += Character.charCount(c);
    }
    return null;
  }

  /** The verdict on a mailto address's part from {@code start}: a mailbox, then any query. */
  private static LinkPolicy.@Nullable Refusal mailbox(String url, int start) {
    int end = start;
    while (end < url.length() && url.charAt(end) != '?' && url.charAt(end) != '#') {
      end++;
    }
    if (start == end || url.charAt(start) == '/') {
      return refused(LinkPolicy.Reason.NO_MAILBOX, start);
    }
    int at = indexOf(url, '@', start, end);
    if (at <= start || at == end - 1) {
      return refused(LinkPolicy.Reason.NO_MAILBOX, start);
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
