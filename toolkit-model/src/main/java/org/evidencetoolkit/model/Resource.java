package org.evidencetoolkit.model;

import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An item of further reading: a title, an optional description and an optional address.
 *
 * <p>The address is a {@link URI}, so text that is not a URI at all is refused when a document is
 * read; whether its scheme is acceptable (absolute http, https or mailto) is the {@code
 * link.scheme} content rule.
 */
@Value.Immutable
public interface Resource {
  /** The title as published. */
  String title();

  /** What the reader will find there, in one or two plain sentences. */
  Optional<String> description();

  /** Where to find it; left out rather than invented when not known. */
  Optional<URI> url();

  /** A resource with only a title. */
  static Resource of(String title) {
    return builder().title(title).build();
  }

  /** A builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Resource}; the title is required. */
  final class Builder extends ImmutableResource.Builder {
    /** An empty builder, the same as {@link Resource#builder()}. */
    public Builder() {}
  }
}
