package org.straits.search;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;

/**
 * A search of a large index in two halves at once (issue 11, the 200k tail): the request thread
 * matches and collects one half of the segments while a second thread does the other (when it is
 * free; else the request thread does both); the facets are then counted over both halves' matches.
 * Only for an index of at least {@link #MIN_DOCS} documents and a search without filters (a
 * drill-sideways search with filters runs its own scorer); the hits, totals and counts are those of
 * one pass, merged by document id.
 */
final class SlicedSearch {
  /** Below this many documents a search is short enough that a hand-off costs more than it saves. */
  static final int MIN_DOCS = 100_000;
  private static final ExecutorService HELPERS = Executors.newFixedThreadPool(1, task -> {
    Thread thread = new Thread(task, "straits-search-half");
    thread.setDaemon(true);
    return thread;
  });

  private SlicedSearch() {}

  /** Whether {@code reader} is worth searching in halves: at least {@code minDocs} documents in several segments. */
  static boolean applies(IndexReader reader, int minDocs) {
    return reader.maxDoc() >= minDocs && reader.leaves().size() > 1;
  }

  /** The hits' result and the facet counts of {@code query}, both halves searched at once. */
  record Both<R>(R hits, SortedSetDocValuesFacetCounts facets) {}

  @SuppressWarnings("unchecked")
  static <R> Both<R> search(IndexSearcher searcher, SortedSetDocValuesReaderState state, Query query,
      CollectorManager<?, R> hits) throws IOException {
    IndexSearcher halves = halves(searcher.getIndexReader());
    Object[] both = halves.search(query, new MultiCollectorManager(new FacetsCollectorManager(), hits));
    // Counted on the request thread: a count waiting for the one helper, busy with another
    // request's half, would stall; the search's halves do not (a half no thread has started is run
    // by the request thread itself).
    return new Both<>((R) both[1], new SortedSetDocValuesFacetCounts(state, (FacetsCollector) both[0]));
  }

  private static IndexSearcher halves(IndexReader reader) {
    int half = reader.maxDoc() / 2 + 1;
    return new IndexSearcher(reader, HELPERS) {
      @Override
      protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
        return slices(leaves, half, Integer.MAX_VALUE, false);
      }
    };
  }
}
