package org.straits.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.straits.index.Fields;

/**
 * Collects the top hits among the documents not hidden behind their group's representative while
 * counting every match: one pass gives the hits of collapsed versions and the document counts
 * (the Lucene engine's shortcut for "the query, and the query without hidden versions").
 */
final class CollapsingCollectorManager<C extends Collector>
    implements CollectorManager<CollapsingCollectorManager.Counting<C>, CollapsingCollectorManager.Collapsed> {
  private final CollectorManager<C, ? extends TopDocs> top;

  /** {@code top} must count every hit it is given (no early termination). */
  CollapsingCollectorManager(CollectorManager<C, ? extends TopDocs> top) {
    this.top = top;
  }

  /** The top hits among the listed documents, all matching documents, and those hidden. */
  record Collapsed(TopDocs top, long total, long hidden) {}

  @Override
  public Counting<C> newCollector() throws IOException {
    return new Counting<>(top.newCollector());
  }

  @Override
  public Collapsed reduce(Collection<Counting<C>> collectors) throws IOException {
    List<C> delegates = new ArrayList<>();
    long total = 0;
    long hidden = 0;
    for (Counting<C> c : collectors) {
      delegates.add(c.delegate);
      total += c.total;
      hidden += c.hidden;
    }
    return new Collapsed(top.reduce(delegates), total, hidden);
  }

  /** Passes on the listed documents only; counts all. */
  static final class Counting<C extends Collector> implements Collector {
    final C delegate;
    long total;
    long hidden;

    Counting(C delegate) {
      this.delegate = delegate;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      NumericDocValues flags = context.reader().getNumericDocValues(Fields.DUP_HIDDEN);
      return new FilterLeafCollector(delegate.getLeafCollector(context)) {
        @Override
        public void collect(int doc) throws IOException {
          total++;
          if (flags != null && flags.advanceExact(doc) && flags.longValue() == 1) {
            hidden++;
            return;
          }
          super.collect(doc);
        }
      };
    }

    @Override
    public ScoreMode scoreMode() {
      // Every match must be seen to be counted: never skip ahead.
      return delegate.scoreMode().needsScores() ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
