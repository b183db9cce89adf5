package org.evidencetoolkit.testing;

import java.util.Set;
import org.evidencetoolkit.model.ImpactScale;
import org.immutables.value.Value;

/**
 * How big generated content gets and which optional parts it has. Every size is an upper bound; the
 * generators shrink towards the lower bound, so a failing example shrinks to a small document.
 *
 * <pre>{@code
 * GeneratorConfig small = GeneratorConfig.builder()
 *     .maxBlocks(1)
 *     .maxTips(2)
 *     .alphabet(TextAlphabet.ENGLISH)
 *     .exclude(Part.RELATED, Part.LAST_UPDATED)
 *     .alwaysInclude(Part.RESOURCES)
 *     .build();
 * qt().forAll(Generators.interventions(small)).check(...);
 * }</pre>
 */
// Immutables' annotations are compile-only: required statically, not passed on to consumers.
@SuppressWarnings("exports")
@Value.Immutable
public interface GeneratorConfig {
  /** Blocks per rich-text section, at least 1; default 2. */
  @Value.Default
  default int maxBlocks() {
    return 2;
  }

  /** Runs of text (plain, emphasised, linked) per paragraph or list item, at least 1; default 3. */
  @Value.Default
  default int maxInlines() {
    return 3;
  }

  /** Items per list, at least 1; default 3. */
  @Value.Default
  default int maxListItems() {
    return 3;
  }

  /** Words per run of text, at least 1; default 8. */
  @Value.Default
  default int maxWords() {
    return 8;
  }

  /** Implementation tips per intervention; default 3. */
  @Value.Default
  default int maxTips() {
    return 3;
  }

  /** Resources per intervention; default 3. */
  @Value.Default
  default int maxResources() {
    return 3;
  }

  /** Related ids per intervention; default 3. */
  @Value.Default
  default int maxRelated() {
    return 3;
  }

  /** Interventions per toolkit; default 4. */
  @Value.Default
  default int maxInterventions() {
    return 4;
  }

  /** Settings, and separately sectors, that a toolkit declares; default 3. */
  @Value.Default
  default int maxDeclaredVocabulary() {
    return 3;
  }

  /** The words valid text is made of; default {@link TextAlphabet#UNICODE}. */
  @Value.Default
  default TextAlphabet alphabet() {
    return TextAlphabet.UNICODE;
  }

  /**
   * The scale that generated estimates fit; default {@link ImpactScale#defaults()}. Validate with
   * {@code ContentRules.defaults().withImpactScale(scale)} when you change it.
   */
  @Value.Default
  default ImpactScale impactScale() {
    return ImpactScale.defaults();
  }

  /** Optional parts that never appear; default none. */
  Set<Part> excludedParts();

  /** Optional parts that always appear; default none (each appears in some examples only). */
  Set<Part> alwaysPresentParts();

  /** Whether a part may appear. */
  default boolean includes(Part part) {
    return !excludedParts().contains(part);
  }

  /** Whether a part always appears. */
  default boolean requires(Part part) {
    return alwaysPresentParts().contains(part);
  }

  /** Sizes must make sense and a part cannot be both excluded and always present. */
  @Value.Check
  default void check() {
    positive("maxBlocks", maxBlocks());
    positive("maxInlines", maxInlines());
    positive("maxListItems", maxListItems());
    positive("maxWords", maxWords());
    notNegative("maxTips", maxTips());
    notNegative("maxResources", maxResources());
    notNegative("maxRelated", maxRelated());
    notNegative("maxInterventions", maxInterventions());
    notNegative("maxDeclaredVocabulary", maxDeclaredVocabulary());
    for (Part part : alwaysPresentParts()) {
      if (excludedParts().contains(part)) {
        throw new IllegalStateException(
            "Part " + part + " is both excluded and always present; choose one");
      }
    }
  }

  private static void positive(String name, int value) {
    if (value < 1) {
      throw new IllegalStateException(name + " must be at least 1, was " + value);
    }
  }

  private static void notNegative(String name, int value) {
    if (value < 0) {
      throw new IllegalStateException(name + " must not be negative, was " + value);
    }
  }

  /** Every size at its default, every part optional, Unicode text. */
  static GeneratorConfig defaults() {
    return Defaults.CONFIG;
  }

  /** A builder starting from the defaults. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GeneratorConfig}. */
  final class Builder extends ImmutableGeneratorConfig.Builder {
    /** An empty builder, the same as {@link GeneratorConfig#builder()}. */
    public Builder() {}

    /** Leaves these parts out of every generated document. */
    public Builder exclude(Part... parts) {
      addExcludedParts(parts);
      return this;
    }

    /** Puts these parts in every generated document. */
    public Builder alwaysInclude(Part... parts) {
      addAlwaysPresentParts(parts);
      return this;
    }
  }

  /** Holds the default so it is built once. */
  final class Defaults {
    static final GeneratorConfig CONFIG = builder().build();

    private Defaults() {}
  }
}
