package org.straits.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;

/**
 * The facet counts of one search ({@link OrdinalCounting}), and the one guard every facet read
 * goes through: counts that answer "nothing" for a dimension no document has (an index whose
 * documents carry no date has no date dimension at all) or a path that is absent, where Lucene's
 * sorted-set facets throw (for a hierarchical dimension a NullPointerException, "dimTree is null").
 * A dimension with a drill-sideways tally of its own (one the search filtered on) is answered
 * from it, every other dimension from the hits' tally, as Lucene's drill-sideways facets do.
 */
final class FacetCounts {
  private final FacetOrdinals ordinals;
  private final OrdinalCounting.Tally hits;
  private final Map<String, OrdinalCounting.Tally> sideways;

  /** No counts at all: {@code ordinals} is null (an index without facets) or nothing was counted. */
  FacetCounts(FacetOrdinals ordinals, OrdinalCounting.Tally hits, Map<String, OrdinalCounting.Tally> sideways) {
    this.ordinals = ordinals;
    this.hits = hits;
    this.sideways = Map.copyOf(sideways);
  }

  /** No facets (none asked for, or an index without any). */
  static FacetCounts none() {
    return new FacetCounts(null, null, Map.of());
  }

  /** Counts over every document of the snapshot; no dimension at all when {@code state} is null. */
  static FacetCounts ofAll(SortedSetDocValuesReaderState state) throws IOException {
    FacetOrdinals ordinals = FacetOrdinals.of(state);
    return ordinals == null ? none() : new FacetCounts(ordinals, OrdinalCounting.everyDocument(ordinals), Map.of());
  }

  /** Counts over the documents a Lucene facets collector gathered. */
  static FacetCounts of(SortedSetDocValuesReaderState state, FacetsCollector collected) throws IOException {
    FacetOrdinals ordinals = FacetOrdinals.of(state);
    List<FacetsCollector.MatchingDocs> matching = collected.getMatchingDocs();
    return ordinals == null ? none() : new FacetCounts(ordinals, OrdinalCounting.matching(ordinals, matching), Map.of());
  }

  boolean has(String dim) {
    return ordinals != null && hits != null && ordinals.dimRange(dim) != null;
  }

  /** All children of {@code path} in {@code dim}; null when the dimension or path is absent. */
  FacetResult all(String dim, String... path) throws IOException {
    if (!has(dim)) {
      return null;
    }
    try {
      return counts(dim).all(dim, path);
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
      return counts(dim).specific(dim, path);
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
      return counts(dim).top(limit, dim, path);
    } catch (IllegalArgumentException noSuchPath) {
      return null;
    }
  }

  private OrdinalCounts counts(String dim) {
    return new OrdinalCounts(sideways.getOrDefault(dim, hits), ordinals, dim);
  }
}
