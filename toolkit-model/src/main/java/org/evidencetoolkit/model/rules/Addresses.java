package org.evidencetoolkit.model.rules;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.evidencetoolkit.model.LinkPolicy;

/**
 * What {@code link.scheme} says about an address the {@link LinkPolicy} refuses, and when two
 * addresses are the same.
 */
final class Addresses {
  private Addresses() {}

  /**
   * What is wrong with an address in words for a content editor, or empty if the {@link
   * LinkPolicy} allows it. The policy, not this rule, decides: the renderers ask it too.
   */
  static Optional<String> problem(URI uri) {
    String address = uri.toString();
    return LinkPolicy.refusal(address).map(refusal -> problem(address, refusal));
  }

  private static String problem(String address, LinkPolicy.Refusal refusal) {
    int colon = address.indexOf(':');
    String scheme = colon < 0 ? "" : address.substring(0, colon).toLowerCase(Locale.ROOT);
    return switch (refusal.reason()) {
      case TOO_LONG -> "is longer than " + LinkPolicy.MAX_LENGTH + " characters";
      case CHARACTER -> {
        int cp = address.codePointAt(refusal.index());
        yield "holds " + String.format(Locale.ROOT, "U+%04X", cp)
            + (cp > 0x20 && cp < 0x7F ? " (" + Character.toString(cp) + ")" : "")
            + " at character " + (refusal.index() + 1)
            + ", which an address cannot hold as written; percent-encode it (a space is %20)";
      }
      case PERCENT_ESCAPE -> "has a '%' at character " + (refusal.index() + 1)
          + " that does not begin a two-digit escape such as %20; write a '%' itself as %25";
      case NOT_ABSOLUTE ->
          "is not a full address; write it with its scheme, e.g. https://example.org/page";
      case SCHEME -> "uses the scheme " + Wording.quote(address.substring(0, colon))
          + "; only http, https and mailto addresses are allowed";
      case NO_HOST -> "names no valid host; write it as " + scheme + "://host/path, e.g. "
          + scheme + "://example.org/page";
      case USER_INFO -> "has a user name before the host (the part ending in '@'), which hides"
          + " the real host from the reader; remove it";
      case PORT -> "has an invalid port; a port is one to five digits after the host, e.g. "
          + scheme + "://example.org:8443/page";
      case NO_MAILBOX -> "names no e-mail address; write it as mailto:name@example.org";
    };
  }

  /**
   * The address reduced to what tells two addresses apart: scheme and host in lower case, a default
   * port dropped, an empty path as {@code /}, dot segments resolved; the rest as written.
   */
  static String key(URI uri) {
    URI normal = uri.normalize();
    String scheme = normal.getScheme() == null ? "" : normal.getScheme().toLowerCase(Locale.ROOT);
    if (normal.isOpaque() || normal.getRawAuthority() == null) {
      return scheme + ":" + normal.getRawSchemeSpecificPart() + fragment(normal);
    }
    StringBuilder key = new StringBuilder(scheme).append("://");
    String host = normal.getHost();
    if (host == null) {
      key.append(normal.getRawAuthority());
    } else {
      if (normal.getRawUserInfo() != null) {
        key.append(normal.getRawUserInfo()).append('@');
      }
      key.append(host.toLowerCase(Locale.ROOT));
      int port = normal.getPort();
      boolean defaultPort =
          (port == 80 && scheme.equals("http")) || (port == 443 && scheme.equals("https"));
      if (port != -1 && !defaultPort) {
        key.append(':').append(port);
      }
    }
    String path = normal.getRawPath();
    key.append(path == null || path.isEmpty() ? "/" : path);
    if (normal.getRawQuery() != null) {
      key.append('?').append(normal.getRawQuery());
    }
    return key.append(fragment(normal)).toString();
  }

  private static String fragment(URI uri) {
    return uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment();
  }
}
