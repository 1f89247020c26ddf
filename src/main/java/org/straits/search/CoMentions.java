package org.straits.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.straits.index.Fields;

/**
 * How many of a set of documents mention each entity. The region and actor facets cannot say
 * this: they roll every mention up the hierarchy, so Taiwan would "co-occur" with every Kinmen
 * document whether or not it is named. The entity keyword field holds exactly the ids found in
 * each document, so its postings are intersected with the matching documents instead.
 */
final class CoMentions {
  private CoMentions() {}

  /** Entity id → how many of the collected documents mention it. */
  static Map<String, Integer> count(List<FacetsCollector.MatchingDocs> matching) throws IOException {
    Map<String, Integer> counts = new HashMap<>();
    for (FacetsCollector.MatchingDocs leaf : matching) {
      Terms terms = leaf.context().reader().terms(Fields.ENTITY);
      if (terms == null || leaf.totalHits() == 0) {
        continue;
      }
      FixedBitSet docs = docsOf(leaf);
      TermsEnum term = terms.iterator();
      PostingsEnum postings = null;
      for (BytesRef id = term.next(); id != null; id = term.next()) {
        postings = term.postings(postings, PostingsEnum.NONE);
        int inSet = 0;
        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
          if (docs.get(doc)) {
            inSet++;
          }
        }
        if (inSet > 0) {
          counts.merge(id.utf8ToString(), inSet, Integer::sum);
        }
      }
    }
    return counts;
  }

  private static FixedBitSet docsOf(FacetsCollector.MatchingDocs leaf) throws IOException {
    FixedBitSet docs = new FixedBitSet(leaf.context().reader().maxDoc());
    DocIdSetIterator iterator = leaf.bits().iterator();
    if (iterator != null) {
      for (int doc = iterator.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = iterator.nextDoc()) {
        docs.set(doc);
      }
    }
    return docs;
  }
}
