package org.evidencetoolkit.model.rules;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/** What {@code link.scheme} accepts as an address, and when two addresses are the same. */
final class Addresses {
  private Addresses() {}

  /**
   * What is wrong with an address, or empty if it is an absolute {@code http} or {@code https}
   * address with a host, or a {@code mailto} address naming a mailbox ({@code name@domain}).
   * Schemes are compared ignoring case, as RFC 3986 says they are.
   */
  static Optional<String> problem(URI uri) {
    String scheme = uri.getScheme();
    if (scheme == null) {
      return Optional.of(
          "is not a full address; write it with its scheme, e.g. https://example.org/page");
    }
    String lower = scheme.toLowerCase(Locale.ROOT);
    switch (lower) {
      case "http", "https" -> {
        String host = uri.getHost();
        if (uri.isOpaque() || host == null || host.isEmpty()) {
          return Optional.of(
              "names no valid host; write it as "
                  + lower
                  + "://host/path, e.g. "
                  + lower
                  + "://example.org/page");
        }
        return Optional.empty();
      }
      case "mailto" -> {
        String ssp = uri.getSchemeSpecificPart();
        String part = ssp == null ? "" : ssp;
        int query = part.indexOf('?');
        String mailbox = query < 0 ? part : part.substring(0, query);
        int at = mailbox.indexOf('@');
        if (at <= 0 || at == mailbox.length() - 1) {
          return Optional.of("names no e-mail address; write it as mailto:name@example.org");
        }
        return Optional.empty();
      }
      default -> {
        return Optional.of(
            "uses the scheme "
                + Wording.quote(scheme)
                + "; only http, https and mailto addresses are allowed");
      }
    }
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
