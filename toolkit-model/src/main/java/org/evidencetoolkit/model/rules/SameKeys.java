package org.evidencetoolkit.model.rules;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Finds, item by item, the first earlier item with the same key: what {@code
 * map.putIfAbsent(key(item), index)} answers, for rules that report repeats (tip titles, resource
 * addresses, and through {@link Vocabulary.Repeats} codes and related ids). A key is a string built from the item, which costs an allocation or several, while
 * its hash can often be worked out from the item as it is. So a short list (up to {@value
 * #SHORT} items, as almost every document has) compares hashes and builds the two keys only when
 * the hashes are equal; a longer (hostile) list keeps the map, so it costs linear time, not
 * quadratic.
 *
 * <p>Not thread-safe: a rule makes one for each list it checks.
 *
 * @param <T> the items
 */
final class SameKeys<T> {
  /** Lists up to this long compare hashes; longer ones use a map of keys. */
  static final int SHORT = 16;

  /** How an item is keyed. */
  interface Keys<T> {
    /** The key. */
    String key(T item);

    /** Exactly {@code key(item).hashCode()}, preferably without building the key. */
    int keyHash(T item);
  }

  /** Strings keyed by themselves: what repeats in a list of codes or ids. */
  static final Keys<String> ITSELF =
      new Keys<>() {
        @Override
        public String key(String item) {
          return item;
        }

        @Override
        public int keyHash(String item) {
          return item.hashCode();
        }
      };

  private final Keys<T> keys;
  private final @Nullable Map<String, Integer> firstByKey;
  private final Object[] firsts;
  private final int[] indices;
  private final int[] hashes;
  private int count;

  /** For a list of {@code size} items. */
  SameKeys(Keys<T> keys, int size) {
    this(keys, size, SHORT);
  }

  /** For a list of {@code size} items, comparing hashes when it has at most {@code short} items. */
  SameKeys(Keys<T> keys, int size, int shortList) {
    this.keys = keys;
    boolean small = size <= shortList;
    this.firstByKey = small ? null : new HashMap<>();
    int capacity = small ? size : 0;
    this.firsts = new Object[capacity];
    this.indices = new int[capacity];
    this.hashes = new int[capacity];
  }

  /**
   * The index of the first item given before with the same key as {@code item}, or -1 if there is
   * none; then {@code item}, at {@code index}, is remembered as the first of its key.
   */
  @SuppressWarnings("unchecked") // firsts holds only items of type T
  int firstSame(T item, int index) {
    if (firstByKey != null) {
      Integer first = firstByKey.putIfAbsent(keys.key(item), index);
      return first == null ? -1 : first;
    }
    int hash = keys.keyHash(item);
    @Nullable String key = null;
    for (int m = 0; m < count; m++) {
      if (hashes[m] == hash) {
        if (key == null) {
          key = keys.key(item);
        }
        if (keys.key((T) firsts[m]).equals(key)) {
          return indices[m];
        }
      }
    }
    firsts[count] = item;
    indices[count] = index;
    hashes[count] = hash;
    count++;
    return -1;
  }
}
