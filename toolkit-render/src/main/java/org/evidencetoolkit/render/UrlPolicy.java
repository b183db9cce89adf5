package org.evidencetoolkit.render;

import java.net.URI;
import java.util.Optional;
import org.evidencetoolkit.model.LinkPolicy;

/**
 * Which link addresses the renderers write as links: exactly those the model's {@link
 * LinkPolicy} allows (absolute {@code http} and {@code https} addresses with a host and no user
 * name, and {@code mailto} addresses naming a mailbox), the policy the {@code link.scheme}
 * content rule enforces too, so content that passes the rules never loses a link. A renderer
 * shows a refused link's text as plain text without its address. See {@link LinkPolicy} for
 * every detail of the policy.
 *
 * <pre>{@code
 * UrlPolicy.allows("https://example.org/a?b=c");    // true
 * UrlPolicy.allows("javascript:alert(1)");          // false
 * UrlPolicy.allows("//example.org");                // false: not absolute
 * }</pre>
 */
public final class UrlPolicy {
  private UrlPolicy() {}

  /** Whether a renderer may write this address as a link: {@link LinkPolicy#allows(String)}. */
  public static boolean allows(String url) {
    return LinkPolicy.allows(url);
  }

  /**
   * The address of a {@link URI} as it should appear in a link, if the policy allows it: {@link
   * LinkPolicy#href(URI)}.
   *
   * @return the address as written ({@link URI#toString()}), or empty if refused
   */
  public static Optional<String> href(URI uri) {
    return LinkPolicy.href(uri);
  }
}
