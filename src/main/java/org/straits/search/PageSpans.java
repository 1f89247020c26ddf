package org.straits.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queries.spans.SpanCollector;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanScorer;
import org.apache.lucene.queries.spans.Spans;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.PriorityQueue;

/**
 * The span (phrase) offsets of one field in one segment's hits of a page, as Lucene's
 * {@code PhraseHelper.createOffsetsEnumsForSpans} finds them, with each span query's weight and
 * scorer built once for the segment instead of once per hit: the scorers advance from hit to hit
 * in doc id order. The spans are visited and collected in Lucene's order (the helper's set of span
 * queries, a priority queue by start position, one collected enum per term), so the enums are the
 * same.
 */
final class PageSpans {
  private final Predicate<String> fieldMatcher;
  private final Set<BytesRef> insensitiveTerms;
  private final int queries;
  /** Per span query, in the helper's order: its scorer in this segment (null: it matches nowhere here) and its two-phase view. */
  private final List<Scorer> scorers = new ArrayList<>();
  private final List<TwoPhaseIterator> twoPhase = new ArrayList<>();

  PageSpans(LeafReader reader, UHComponents components) throws IOException {
    this.fieldMatcher = components.fieldMatcher();
    this.insensitiveTerms = new HashSet<>(Arrays.asList(components.phraseHelper().getAllPositionInsensitiveTerms()));
    Set<SpanQuery> spanQueries = components.phraseHelper().getSpanQueries();
    this.queries = spanQueries.size();
    LeafReader single = new SingleFieldReader(reader, components.field());
    IndexSearcher searcher = new IndexSearcher(single);
    searcher.setQueryCache(null);
    for (SpanQuery query : spanQueries) {
      Scorer scorer = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1)
          .scorer(single.getContext());
      scorers.add(scorer);
      twoPhase.add(scorer == null ? null : scorer.twoPhaseIterator());
    }
  }

  /** Adds the hit's span-collected enums to {@code found}, as Lucene does. */
  void offsets(int docId, List<OffsetArrays> found) throws IOException {
    PriorityQueue<Spans> queue = new PriorityQueue<>(queries) {
      @Override
      protected boolean lessThan(Spans a, Spans b) {
        return a.startPosition() <= b.startPosition();
      }
    };
    for (int i = 0; i < scorers.size(); i++) {
      Scorer scorer = scorers.get(i);
      if (scorer == null || !positioned(scorer, twoPhase.get(i), docId)) {
        continue;
      }
      Spans spans = ((SpanScorer) scorer).getSpans();
      if (spans.nextStartPosition() != Spans.NO_MORE_POSITIONS) {
        queue.add(spans);
      }
    }
    Collector collector = new Collector();
    while (queue.size() > 0) {
      Spans spans = queue.top();
      spans.collect(collector);
      if (spans.nextStartPosition() == Spans.NO_MORE_POSITIONS) {
        queue.pop();
      } else {
        queue.updateTop();
      }
    }
    found.addAll(collector.byTerm.values());
  }

  /** Whether the scorer matches {@code docId}, advancing it there if it is not past it. */
  private static boolean positioned(Scorer scorer, TwoPhaseIterator twoPhase, int docId) throws IOException {
    DocIdSetIterator approximation = twoPhase != null ? twoPhase.approximation() : scorer.iterator();
    int at = approximation.docID() < docId ? approximation.advance(docId) : approximation.docID();
    return at == docId && (twoPhase == null || twoPhase.matches());
  }

  /** Lucene's offset span collector: one enum per term, position-insensitive terms left to the term enums. */
  private final class Collector implements SpanCollector {
    final Map<BytesRef, OffsetArrays> byTerm = new HashMap<>();

    @Override
    public void collectLeaf(PostingsEnum postings, int position, Term term) throws IOException {
      if (!fieldMatcher.test(term.field())) {
        return;
      }
      OffsetArrays offsets = byTerm.get(term.bytes());
      if (offsets == null) {
        if (insensitiveTerms.contains(term.bytes())) {
          return;
        }
        offsets = OffsetArrays.collecting(term.bytes(), postings.freq());
        byTerm.put(term.bytes(), offsets);
      }
      offsets.collect(postings.startOffset(), postings.endOffset());
    }

    @Override
    public void reset() {}
  }

  /**
   * Every field read as the highlighted one, its postings with offsets: Lucene's
   * {@code SingleFieldWithOffsetsFilterLeafReader} (private there), for the span queries of a
   * masked field.
   */
  private static final class SingleFieldReader extends FilterLeafReader {
    private final String field;

    SingleFieldReader(LeafReader in, String field) {
      super(in);
      this.field = field;
    }

    @Override
    public FieldInfos getFieldInfos() {
      throw new UnsupportedOperationException("the field infos of a highlighted field's reader");
    }

    @Override
    public Terms terms(String ignored) throws IOException {
      Terms terms = super.terms(field);
      return terms == null ? null : new FilterTerms(terms) {
        @Override
        public TermsEnum iterator() throws IOException {
          return new FilterTermsEnum(in.iterator()) {
            @Override
            public PostingsEnum postings(PostingsEnum reuse, int flags) throws IOException {
              return super.postings(reuse, flags | PostingsEnum.OFFSETS);
            }
          };
        }
      };
    }

    @Override
    public NumericDocValues getNormValues(String ignored) throws IOException {
      return super.getNormValues(field);
    }

    @Override
    public CacheHelper getCoreCacheHelper() {
      return null;
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
      return null;
    }
  }
}
