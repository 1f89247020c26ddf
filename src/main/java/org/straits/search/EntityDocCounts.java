package org.straits.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.straits.index.Fields;

/**
 * How many documents mention each entity, read from the term dictionary of the entity field once
 * per index snapshot: suggestions rank by it on every keystroke. Document frequencies still count
 * deleted documents until their segment merges; for ranking that is close enough.
 */
final class EntityDocCounts {
  private record Snapshot(IndexReader reader, Map<String, Integer> counts) {}

  private volatile Snapshot last;

  /** Entity id → documents mentioning it, for the snapshot {@code reader} belongs to. */
  Map<String, Integer> of(IndexReader reader) throws IOException {
    Snapshot known = last;
    if (known == null || known.reader() != reader) {
      known = new Snapshot(reader, count(reader));
      last = known;
    }
    return known.counts();
  }

  private static Map<String, Integer> count(IndexReader reader) throws IOException {
    Map<String, Integer> counts = new HashMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(Fields.ENTITY);
      if (terms == null) {
        continue;
      }
      TermsEnum term = terms.iterator();
      for (BytesRef id = term.next(); id != null; id = term.next()) {
        counts.merge(id.utf8ToString(), term.docFreq(), Integer::sum);
      }
    }
    return Map.copyOf(counts);
  }
}
