package org.evidencetoolkit.testing.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Small combinators over QuickTheories' {@link Gen}. Each draws only through other generators, so
 * QuickTheories shrinks the result by shrinking those draws: sizes towards their minimum, choices
 * towards the first entry, optional values towards absent.
 */
final class Gens {
  private Gens() {}

  /** Between {@code min} and {@code max} values, shrinking towards {@code min}. */
  static <T> Gen<List<T>> listOf(Gen<T> element, int min, int max) {
    Gen<Integer> sizes = Generate.range(min, Math.max(min, max));
    return in -> {
      int size = sizes.generate(in);
      List<T> out = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        out.add(element.generate(in));
      }
      return out;
    };
  }

  /** Like {@link #listOf}, dropping values whose key was already seen (so maybe fewer than min). */
  static <T, K> Gen<List<T>> distinctListOf(
      Gen<T> element, Function<T, K> key, int min, int max) {
    return listOf(element, min, max).map(values -> distinct(values, key));
  }

  static <T, K> List<T> distinct(List<T> values, Function<T, K> key) {
    Set<K> seen = new LinkedHashSet<>();
    List<T> out = new ArrayList<>(values.size());
    for (T value : values) {
      if (seen.add(key.apply(value))) {
        out.add(value);
      }
    }
    return out;
  }

  /** A value or nothing, shrinking towards nothing. */
  static <T> Gen<Optional<T>> optional(Gen<T> value) {
    Gen<Integer> present = Generate.range(0, 1);
    return in -> present.generate(in) == 1 ? Optional.of(value.generate(in)) : Optional.empty();
  }

  /** One of the values, shrinking towards the first. */
  static <T> Gen<T> pick(List<T> values) {
    return Generate.pick(values);
  }

  /** Draws an index in {@code [0, size)}; {@code size} must be positive. */
  static int index(RandomnessSource in, int size) {
    return Generate.range(0, size - 1).generate(in);
  }

  /** Draws between {@code min} and {@code max} inclusive, shrinking towards {@code min}. */
  static int between(RandomnessSource in, int min, int max) {
    return Generate.range(min, max).generate(in);
  }
}
