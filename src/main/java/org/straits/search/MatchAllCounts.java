package org.straits.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * The counts of browsing without a query or filter, kept per index snapshot: every document's
 * facet counts, the number of documents and of versions hidden behind their story. They are the
 * same for every such request until the index changes, and counting them is the most expensive
 * search there is (every document; 18 ms at 200k documents). An entry lives as long as its
 * reader: a refresh to a new commit opens a new reader, so a commit can never be served stale
 * counts, and closing the old reader drops its entry.
 */
final class MatchAllCounts {
  /** Counts of one snapshot. */
  record Counts(long total, long hidden, FacetCounts facets) {}

  private final Map<IndexReader.CacheKey, Counts> byReader = new ConcurrentHashMap<>();

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
