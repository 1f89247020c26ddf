package org.straits.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * The counts of browsing without a query or filter, kept per index snapshot: every document's
 * facet counts, the number of documents and of versions hidden behind their story. They are the
 * same for every such request until the index changes, and counting them is the most expensive
 * search there is (every document; 18 ms at 200k documents). An entry lives as long as its
 * reader: a refresh to a new commit opens a new reader, so a commit can never be served stale
 * counts, and closing the old reader drops its entry.
 *
 * <p>Browsing with filters only (a language, a source, a region, a date range; no query text) is
 * kept the same way, per snapshot and filtered query, for the {@value #FILTERED_PER_SNAPSHOT} most
 * recently used filter sets: its drill-sideways counts are again the same until the index changes,
 * and counting them at 200k documents was 20–30 ms (docs/benchmarks.md, "The 200k tail").
 */
final class MatchAllCounts {
  static final int FILTERED_PER_SNAPSHOT = 32;

  /** Counts of one snapshot. */
  record Counts(long total, long hidden, FacetCounts facets) {}

  /** Counts a filtered browse when they are not kept. */
  interface Counter {
    Counts count() throws IOException;
  }

  private final Map<IndexReader.CacheKey, Counts> byReader = new ConcurrentHashMap<>();
  private final Map<IndexReader.CacheKey, Map<FilterSet, Counts>> filteredByReader = new ConcurrentHashMap<>();

  /**
   * What a filtered browse's counts depend on: the base query (every document, less exclusions)
   * and each dimension's drill-down query. Not the {@link DrillDownQuery} itself, whose equality is
   * that of the builders it holds (identity): two requests with the same filters would never meet.
   */
  private record FilterSet(Query base, List<Query> drillDowns) {
    static FilterSet of(DrillDownQuery query) {
      return new FilterSet(query.getBaseQuery(), List.of(query.getDrillDownQueries()));
    }
  }

  Counts of(IndexSearcher searcher, SortedSetDocValuesReaderState state) throws IOException {
    IndexReader.CacheHelper helper = searcher.getIndexReader().getReaderCacheHelper();
    if (helper == null) {
      return count(searcher, state);
    }
    try {
      return byReader.computeIfAbsent(helper.getKey(), key -> {
        helper.addClosedListener(byReader::remove);
        try {
          return count(searcher, state);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** The counts of browsing with the filters of {@code filtered}, kept for this snapshot or counted by {@code counter}. */
  Counts filtered(IndexSearcher searcher, DrillDownQuery filtered, Counter counter) throws IOException {
    IndexReader.CacheHelper helper = searcher.getIndexReader().getReaderCacheHelper();
    if (helper == null) {
      return counter.count();
    }
    Map<FilterSet, Counts> kept = filteredByReader.computeIfAbsent(helper.getKey(), key -> {
      helper.addClosedListener(filteredByReader::remove);
      return java.util.Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<FilterSet, Counts> eldest) {
          return size() > FILTERED_PER_SNAPSHOT;
        }
      });
    });
    FilterSet key = FilterSet.of(filtered);
    Counts counts = kept.get(key);
    if (counts == null) {
      // Counted outside the lock: two requests may both count a new filter set, never wait on each other.
      counts = counter.count();
      kept.put(key, counts);
    }
    return counts;
  }

  /** Filter sets kept for the snapshot of {@code searcher} (for tests). */
  int filteredSize(IndexSearcher searcher) {
    IndexReader.CacheHelper helper = searcher.getIndexReader().getReaderCacheHelper();
    Map<FilterSet, Counts> kept = helper == null ? null : filteredByReader.get(helper.getKey());
    return kept == null ? 0 : kept.size();
  }

  /** Snapshots with an entry (for tests: one per open reader at most). */
  int size() {
    return byReader.size();
  }

  private static Counts count(IndexSearcher searcher, SortedSetDocValuesReaderState state) throws IOException {
    long total = searcher.getIndexReader().numDocs();
    long hidden = searcher.count(RequestQuery.hiddenVersions());
    return new Counts(total, hidden, FacetCounts.ofAll(state));
  }
}
