package org.straits.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;

/**
 * What a phrase weighs in BM25 before its frequency and length: the sum of its terms' idf, as
 * Lucene's phrase weight sums them, in the index a search will read. Entity widening compares an
 * alias's title phrase with the typed name's title match by it ({@link EntityExpansion}).
 */
@FunctionalInterface
public interface PhraseIdf {
  /** No index to ask (another engine): every figure unknown. */
  PhraseIdf NONE = terms -> Double.NaN;

  /** The summed idf of {@code terms} (one field), or NaN when unknown. */
  double of(List<Term> terms);

  /** The idf of whatever reader {@code index} serves now. */
  static PhraseIdf over(IndexView index) {
    return new Current(index);
  }

  /** BM25's idf of a term held by {@code docFreq} of the {@code docCount} documents with the field (Lucene's formula). */
  static double idf(long docFreq, long docCount) {
    return Math.log(1 + (docCount - docFreq + 0.5D) / (docFreq + 0.5D));
  }

  /** The figures of the reader an {@link IndexView} serves, each term's kept for that reader (names recur). */
  final class Current implements PhraseIdf {
    /** Terms kept per reader at most: the gazetteer's names' words, and what readers type, bounded. */
    private static final int MAX_KEPT = 100_000;
    private final IndexView index;
    private volatile Kept kept;

    private record Kept(IndexReader.CacheKey reader, Map<Term, Double> idf) {}

    private Current(IndexView index) {
      this.index = index;
    }

    @Override
    public double of(List<Term> terms) {
      try {
        return index.read((searcher, facets) -> sum(searcher, terms));
      } catch (IOException e) {
        throw new UncheckedIOException("reading term statistics of " + index.path(), e);
      }
    }

    private double sum(IndexSearcher searcher, List<Term> terms) throws IOException {
      Map<Term, Double> known = forReader(searcher.getIndexReader());
      double sum = 0;
      for (Term term : terms) {
        Double idf = known.get(term);
        if (idf == null) {
          CollectionStatistics field = searcher.collectionStatistics(term.field());
          if (field == null) {
            return Double.NaN;
          }
          idf = idf(searcher.getIndexReader().docFreq(term), field.docCount());
          if (known.size() < MAX_KEPT) {
            known.put(term, idf);
          }
        }
        sum += idf;
      }
      return sum;
    }

    private Map<Term, Double> forReader(IndexReader reader) {
      IndexReader.CacheKey key = reader.getReaderCacheHelper().getKey();
      Kept current = kept;
      if (current == null || current.reader() != key) {
        current = new Kept(key, new ConcurrentHashMap<>());
        kept = current;
      }
      return current.idf();
    }
  }
}
