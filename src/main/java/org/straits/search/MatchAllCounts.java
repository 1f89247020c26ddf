package org.straits.search;

import java.io.IOException;
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

  /** Counts a browse whose counts are not kept yet. */
  interface Counter {
    Counts count() throws IOException;
  }

  private final Map<IndexReader.CacheKey, Snapshot> bySnapshot = new ConcurrentHashMap<>();

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

  /** What is kept for one snapshot: the unfiltered counts, and the most recently used filter sets'. */
  private static final class Snapshot {
    private Counts all;
    private final Map<FilterSet, Counts> filtered = java.util.Collections.synchronizedMap(
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<FilterSet, Counts> eldest) {
            return size() > FILTERED_PER_SNAPSHOT;
          }
        });

    /** Counted once per snapshot: concurrent first browses wait for the one count (18 ms at 200k). */
    synchronized Counts all(Counter counter) throws IOException {
      if (all == null) {
        all = counter.count();
      }
      return all;
    }
  }

  /** The entry of {@code searcher}'s snapshot, dropped when its reader closes; null if it cannot be kept. */
  private Snapshot snapshot(IndexSearcher searcher) {
    IndexReader.CacheHelper helper = searcher.getIndexReader().getReaderCacheHelper();
    return helper == null ? null : bySnapshot.computeIfAbsent(helper.getKey(), key -> {
      helper.addClosedListener(bySnapshot::remove);
      return new Snapshot();
    });
  }

  Counts of(IndexSearcher searcher, SortedSetDocValuesReaderState state) throws IOException {
    Snapshot snapshot = snapshot(searcher);
    Counter counter = () -> count(searcher, state);
    return snapshot == null ? counter.count() : snapshot.all(counter);
  }

  /** The counts of browsing with the filters of {@code filtered}, kept for this snapshot or counted by {@code counter}. */
  Counts filtered(IndexSearcher searcher, DrillDownQuery filtered, Counter counter) throws IOException {
    Snapshot snapshot = snapshot(searcher);
    if (snapshot == null) {
      return counter.count();
    }
    FilterSet key = FilterSet.of(filtered);
    Counts counts = snapshot.filtered.get(key);
    if (counts == null) {
      // Counted outside the lock: two requests may both count a new filter set, never wait on each other.
      counts = counter.count();
      snapshot.filtered.put(key, counts);
    }
    return counts;
  }

  /** Filter sets kept for the snapshot of {@code searcher} (for tests). */
  int filteredSize(IndexSearcher searcher) {
    IndexReader.CacheHelper helper = searcher.getIndexReader().getReaderCacheHelper();
    Snapshot snapshot = helper == null ? null : bySnapshot.get(helper.getKey());
    return snapshot == null ? 0 : snapshot.filtered.size();
  }

  /** Snapshots with an entry (for tests: one per open reader at most). */
  int size() {
    return bySnapshot.size();
  }

  private static Counts count(IndexSearcher searcher, SortedSetDocValuesReaderState state) throws IOException {
    long total = searcher.getIndexReader().numDocs();
    long hidden = searcher.count(RequestQuery.hiddenVersions());
    return new Counts(total, hidden, FacetCounts.ofAll(state));
  }
}
