package org.evidencetoolkit.model.text;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * A link. The address is a {@link URI}; whether its scheme is acceptable (absolute http, https or
 * mailto) is the {@code link.scheme} content rule, and renderers refuse any other scheme on their
 * own account too.
 *
 * @param url where it points
 * @param children the link text
 */
public record Link(URI url, List<Inline> children) implements Inline {
  /** Copies the list; refuses nulls. */
  public Link {
    Objects.requireNonNull(url, "url");
    children = List.copyOf(children);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visitLink(this);
  }
}
