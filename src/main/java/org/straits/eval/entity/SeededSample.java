package org.straits.eval.entity;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * A seeded uniform random sample drawn as the {@code size} items with the smallest seeded hash
 * of their key ("bottom-k" sampling). Unlike shuffling the population, an item's rank does not
 * depend on the other items: after a gazetteer edit adds or removes assignments, every earlier
 * sample item that still exists and still ranks in the bottom k stays in the sample, so earlier
 * judgements keep applying.
 */
public final class SeededSample {
  private SeededSample() {}

  /** The sample, ordered by hash; the same seed and population always give the same sample. */
  public static <T> List<T> of(List<T> population, Function<T, String> key, long seed, int size) {
    return population.stream()
        .sorted(Comparator.comparingLong((T item) -> hash(seed, key.apply(item)))
            .thenComparing(key))
        .limit(size)
        .toList();
  }

  /** FNV-1a over the UTF-8 key, then the SplitMix64 finaliser with the seed mixed in. */
  static long hash(long seed, String key) {
    long h = 0xcbf29ce484222325L;
    for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    long z = h + seed * 0x9e3779b97f4a7c15L;
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
