package org.straits.search;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;

/**
 * Facet counts that answer "nothing" for a dimension no document has yet. Lucene's sorted-set
 * facets throw for such a dimension, and for a hierarchical one fail with a NullPointerException
 * rather than the documented exception, so presence is checked before asking.
 */
final class FacetCounts {
  private final Facets facets;
  private final Set<String> indexedDims = new HashSet<>();

  FacetCounts(Facets facets, SortedSetDocValuesReaderState state) {
    this.facets = facets;
    state.getDims().forEach(indexedDims::add);
  }

  /** All children of {@code path} in {@code dim}; null when the dimension or path is absent. */
  FacetResult all(String dim, String... path) throws IOException {
    if (!indexedDims.contains(dim)) {
      return null;
    }
    try {
      return facets.getAllChildren(dim, path);
    } catch (IllegalArgumentException noSuchPath) {
      return null;
    }
  }

  /** The {@code limit} most frequent children of {@code path}; null when absent. */
  FacetResult top(int limit, String dim, String... path) throws IOException {
    if (!indexedDims.contains(dim)) {
      return null;
    }
    try {
      return facets.getTopChildren(limit, dim, path);
    } catch (IllegalArgumentException noSuchPath) {
      return null;
    }
  }
}
