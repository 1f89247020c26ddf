package org.straits.search;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.Bits;

/**
 * Facet counts of our own, through Lucene's public API: every collected document's facet
 * ordinals (the one sorted-set doc-values field all dimensions share) counted into a plain int
 * array, as they are collected, each segment ordinal made global through the snapshot's kept
 * array ({@link FacetOrdinals#globalOrds}). The counts are Lucene's sorted-set counts: one per
 * document and ordinal. Lucene's own way first gathers the hits in a bit set per segment, counts
 * every dimension again for every drill-sideways dimension, and maps every ordinal through the
 * packed ordinal map (docs/benchmarks.md, "Facet counting of our own").
 *
 * <p>A manager counts the global ordinals from {@code first} to {@code last}: all of them for the
 * hits of a search, one dimension's range for a drill-sideways dimension (whose other dimensions
 * are never read).
 */
final class OrdinalCounting implements CollectorManager<OrdinalCounting.Counter, OrdinalCounting.Tally> {
  private final FacetOrdinals ordinals;
  private final int first;
  private final int last;

  private OrdinalCounting(FacetOrdinals ordinals, int first, int last) {
    this.ordinals = ordinals;
    this.first = first;
    this.last = last;
  }

  /** Counts every dimension. */
  static OrdinalCounting every(FacetOrdinals ordinals) {
    return new OrdinalCounting(ordinals, 0, ordinals.getSize() - 1);
  }

  /** Counts one dimension (nothing when no document has it). */
  static OrdinalCounting of(FacetOrdinals ordinals, String dim) {
    int[] range = ordinals.dimRange(dim);
    return range == null ? new OrdinalCounting(ordinals, 0, -1) : new OrdinalCounting(ordinals, range[0], range[1]);
  }

  /**
   * Counts of global ordinals {@code first} and up ({@code counts[ord - first]}). {@code counted} is
   * Lucene's "has counts": some segment with the facet field had a hit (else Lucene answers no
   * top values, no children, and 0 for a value that exists).
   */
  record Tally(int[] counts, int first, boolean counted) {
    int count(int ord) {
      int at = ord - first;
      return at >= 0 && at < counts.length ? counts[at] : 0;
    }
  }

  @Override
  public Counter newCollector() {
    return new Counter(this);
  }

  @Override
  public Tally reduce(Collection<Counter> collectors) {
    if (collectors.size() == 1) {
      Counter only = collectors.iterator().next();
      return new Tally(only.counts, first, only.counted);
    }
    int[] sum = new int[last - first + 1];
    boolean counted = false;
    for (Counter c : collectors) {
      for (int i = 0; i < sum.length; i++) {
        sum[i] += c.counts[i];
      }
      counted |= c.counted;
    }
    return new Tally(sum, first, counted);
  }

  /** Every live document of the snapshot, as Lucene's counts without hits. */
  static Tally everyDocument(FacetOrdinals ordinals) throws IOException {
    Counter counter = every(ordinals).newCollector();
    for (LeafReaderContext leaf : ordinals.getReader().leaves()) {
      SortedSetDocValues values = leaf.reader().getSortedSetDocValues(ordinals.getField());
      if (values != null) {
        counter.counted = true;
        Bits live = leaf.reader().getLiveDocs();
        int[] global = ordinals.globalOrds(leaf, values);
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
          if (live == null || live.get(doc)) {
            counter.countCurrent(values, global);
          }
        }
      }
    }
    return new Tally(counter.counts, 0, counter.counted);
  }

  /** The documents a Lucene facets collector gathered, every dimension counted the same way. */
  static Tally matching(FacetOrdinals ordinals, List<FacetsCollector.MatchingDocs> matching) throws IOException {
    return every(ordinals).count(matching);
  }

  /** The documents a Lucene facets collector gathered, one dimension counted. */
  static Tally matching(FacetOrdinals ordinals, String dim, List<FacetsCollector.MatchingDocs> matching)
      throws IOException {
    return of(ordinals, dim).count(matching);
  }

  private Tally count(List<FacetsCollector.MatchingDocs> matching) throws IOException {
    Counter counter = newCollector();
    for (FacetsCollector.MatchingDocs hits : matching) {
      SortedSetDocValues values = hits.totalHits() == 0 ? null
          : hits.context().reader().getSortedSetDocValues(ordinals.getField());
      if (values != null) {
        counter.counted = true;
        int[] global = ordinals.globalOrds(hits.context(), values);
        DocIdSetIterator docs = hits.bits().iterator();
        for (int doc = docs == null ? DocIdSetIterator.NO_MORE_DOCS : docs.nextDoc();
            doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
          if (values.advanceExact(doc)) {
            counter.countCurrent(values, global);
          }
        }
      }
    }
    return new Tally(counter.counts, first, counter.counted);
  }

  /** One slice's counts. */
  static final class Counter implements org.apache.lucene.search.Collector {
    private final OrdinalCounting manager;
    private final int[] counts;
    private boolean counted;

    private Counter(OrdinalCounting manager) {
      this.manager = manager;
      this.counts = new int[manager.last - manager.first + 1];
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext leaf) throws IOException {
      SortedSetDocValues values = leaf.reader().getSortedSetDocValues(manager.ordinals.getField());
      if (values == null) {
        return NOTHING;
      }
      int[] global = manager.ordinals.globalOrds(leaf, values);
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) throws IOException {
          counted = true;
          if (values.advanceExact(doc)) {
            countCurrent(values, global);
          }
        }
      };
    }

    /** The ordinals of the document {@code values} is on; they come in order, so counting stops past the range. */
    private void countCurrent(SortedSetDocValues values, int[] global) throws IOException {
      int first = manager.first;
      int last = manager.last;
      for (int i = values.docValueCount(); i > 0; i--) {
        int ord = global[(int) values.nextOrd()];
        if (ord > last) {
          return;
        }
        if (ord >= first) {
          counts[ord - first]++;
        }
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }

  private static final LeafCollector NOTHING = new LeafCollector() {
    @Override
    public void setScorer(Scorable scorer) {}

    @Override
    public void collect(int doc) {}
  };
}
