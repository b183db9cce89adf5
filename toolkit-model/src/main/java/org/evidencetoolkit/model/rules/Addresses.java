package org.evidencetoolkit.model.rules;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.evidencetoolkit.model.LinkPolicy;
import org.jspecify.annotations.Nullable;

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
    // No lambda capturing the address for Optional.map: it would be made for every link.
    Optional<LinkPolicy.Refusal> refusal = LinkPolicy.refusal(address);
    return refusal.isEmpty() ? Optional.empty() : Optional.of(problem(address, refusal.get()));
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
    KeyText.Built key = new KeyText.Built();
    key(uri, key);
    return key.text.toString();
  }

  /**
   * Exactly {@code key(uri).hashCode()}, worked out from the same pieces without building the key
   * (the pieces are the URI's own strings; a lower-cased scheme or host is a copy only when it has
   * capitals).
   */
  static int keyHash(URI uri) {
    KeyText.Hashed key = new KeyText.Hashed();
    key(uri, key);
    return key.hash;
  }

  /** Addresses keyed by {@link #key}, for {@link SameKeys}. */
  static final SameKeys.Keys<URI> KEYS =
      new SameKeys.Keys<>() {
        @Override
        public String key(URI uri) {
          return Addresses.key(uri);
        }

        @Override
        public int keyHash(URI uri) {
          return Addresses.keyHash(uri);
        }
      };

  /** The one definition of the key, written piece by piece to a string or a hash. */
  private static void key(URI uri, KeyText key) {
    URI normal = uri.normalize();
    String scheme = normal.getScheme() == null ? "" : normal.getScheme().toLowerCase(Locale.ROOT);
    if (normal.isOpaque() || normal.getRawAuthority() == null) {
      key.add(scheme).add(':').add(normal.getRawSchemeSpecificPart());
      fragment(normal, key);
      return;
    }
    key.add(scheme).add("://");
    String host = normal.getHost();
    if (host == null) {
      key.add(normal.getRawAuthority());
    } else {
      if (normal.getRawUserInfo() != null) {
        key.add(normal.getRawUserInfo()).add('@');
      }
      key.add(host.toLowerCase(Locale.ROOT));
      int port = normal.getPort();
      boolean defaultPort =
          (port == 80 && scheme.equals("http")) || (port == 443 && scheme.equals("https"));
      if (port != -1 && !defaultPort) {
        key.add(':').add(Integer.toString(port));
      }
    }
    String path = normal.getRawPath();
    key.add(path == null || path.isEmpty() ? "/" : path);
    if (normal.getRawQuery() != null) {
      key.add('?').add(normal.getRawQuery());
    }
    fragment(normal, key);
  }

  private static void fragment(URI uri, KeyText key) {
    if (uri.getRawFragment() != null) {
      key.add('#').add(uri.getRawFragment());
    }
  }

  /** Where {@link #key(URI, KeyText)} writes: a string, or its hash. */
  private abstract static class KeyText {
    /** Adds a piece; {@code null} as {@code "null"}, as string concatenation writes it. */
    abstract KeyText add(@Nullable String piece);

    abstract KeyText add(char c);

    /** The key as a string. */
    static final class Built extends KeyText {
      final StringBuilder text = new StringBuilder();

      @Override
      KeyText add(@Nullable String piece) {
        text.append(piece);
        return this;
      }

      @Override
      KeyText add(char c) {
        text.append(c);
        return this;
      }
    }

    /** The key's {@link String#hashCode()}, character by character. */
    static final class Hashed extends KeyText {
      int hash;

      @Override
      KeyText add(@Nullable String piece) {
        String s = String.valueOf(piece);
        for (int i = 0; i < s.length(); i++) {
          hash = 31 * hash + s.charAt(i);
        }
        return this;
      }

      @Override
      KeyText add(char c) {
        hash = 31 * hash + c;
        return this;
      }
    }
  }
}
