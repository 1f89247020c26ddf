package org.straits.search;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;

/**
 * The one guard every facet read goes through: counts that answer "nothing" for a dimension no
 * document has (an index whose documents carry no date has no date dimension at all) or a path
 * that is absent. Lucene's sorted-set facets throw for such a dimension, and for a hierarchical
 * one fail with a NullPointerException ("dimTree is null") rather than the documented exception,
 * so presence is checked before asking.
 */
final class FacetCounts {
  /**
   * Read under its own lock: sorted-set facets look labels up through one doc-values instance, which
   * is not thread-safe, and the match-all counts ({@link MatchAllCounts}) share one instance among
   * every request of a snapshot (8 concurrent clients read corrupt labels without the lock).
   * Where the counts can be read as arrays ({@link OrdinalCounts}) they are answered from them
   * and the snapshot's kept labels instead, without the lock.
   */
  private final Facets facets;
  private final SortedSetDocValuesReaderState state;
  private final Set<String> indexedDims = new HashSet<>();

  FacetCounts(Facets facets, SortedSetDocValuesReaderState state) {
    this.facets = facets;
    this.state = state;
    if (state != null) {
      state.getDims().forEach(indexedDims::add);
    }
  }

  /** Counts over every document of the snapshot; no dimension at all when {@code state} is null. */
  static FacetCounts ofAll(SortedSetDocValuesReaderState state) throws IOException {
    return new FacetCounts(state == null ? null : new SortedSetDocValuesFacetCounts(state), state);
  }

  boolean has(String dim) {
    return facets != null && indexedDims.contains(dim);
  }

  /** All children of {@code path} in {@code dim}; null when the dimension or path is absent. */
  FacetResult all(String dim, String... path) throws IOException {
    if (!has(dim)) {
      return null;
    }
    try {
      OrdinalCounts counted = OrdinalCounts.of(facets, dim, state);
      if (counted != null) {
        return counted.all(dim, path);
      }
      synchronized (facets) {
        return facets.getAllChildren(dim, path);
      }
    } catch (IllegalArgumentException noSuchPath) {
      return null;
    }
  }

  /** The count of the value at {@code path}; -1 when the dimension or the value is absent. */
  long specific(String dim, String... path) throws IOException {
    if (!has(dim)) {
      return -1;
    }
    try {
      OrdinalCounts counted = OrdinalCounts.of(facets, dim, state);
      if (counted != null) {
        return counted.specific(dim, path);
      }
      synchronized (facets) {
        Number count = facets.getSpecificValue(dim, path);
        return count == null ? -1 : count.longValue();
      }
    } catch (IllegalArgumentException noSuchPath) {
      return -1;
    }
  }

  /** The {@code limit} most frequent children of {@code path}; null when absent. */
  FacetResult top(int limit, String dim, String... path) throws IOException {
    if (!has(dim)) {
      return null;
    }
    try {
      OrdinalCounts counted = OrdinalCounts.of(facets, dim, state);
      if (counted != null) {
        return counted.top(limit, dim, path);
      }
      synchronized (facets) {
        return facets.getTopChildren(limit, dim, path);
      }
    } catch (IllegalArgumentException noSuchPath) {
      return null;
    }
  }
}
