package org.straits.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.straits.index.Fields;

/**
 * Documents like a given one: Lucene's MoreLikeThis over title and body, analysed with the same
 * bilingual analyzer as the index (there are no term vectors, so the stored text is re-analysed).
 */
public final class RelatedDocuments {
  private static final Set<String> FIELDS = Set.of(Fields.ID, Fields.TITLE, Fields.DATE, Fields.LANG);

  private final IndexView index;
  private final Analyzer analyzer;

  public RelatedDocuments(IndexView index, Analyzer analyzer) {
    this.index = index;
    this.analyzer = analyzer;
  }

  /** A related document, for a link. */
  public record Related(String id, String title, String date, String lang) {}

  /** Up to {@code limit} documents most like the one with {@code id}; empty when it is unknown. */
  public List<Related> find(String id, int limit) throws IOException {
    return index.read((searcher, facets) -> {
      int docId = DocumentLookup.docId(searcher, id);
      if (docId < 0) {
        return List.of();
      }
      Query like = moreLikeThis(searcher).like(docId);
      BooleanQuery query = new BooleanQuery.Builder()
          .add(like, BooleanClause.Occur.MUST)
          .add(new TermQuery(new Term(Fields.ID, id)), BooleanClause.Occur.MUST_NOT)
          .build();
      List<Related> related = new ArrayList<>();
      for (ScoreDoc hit : searcher.search(query, limit).scoreDocs) {
        Document doc = searcher.storedFields().document(hit.doc, FIELDS);
        related.add(new Related(doc.get(Fields.ID), orEmpty(doc.get(Fields.TITLE)),
            orEmpty(doc.get(Fields.DATE)), orEmpty(doc.get(Fields.LANG))));
      }
      return related;
    });
  }

  private MoreLikeThis moreLikeThis(IndexSearcher searcher) throws IOException {
    MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
    mlt.setAnalyzer(analyzer);
    mlt.setFieldNames(new String[] {Fields.TITLE, Fields.BODY});
    // Small collections are the norm: a word seen once in the document, in two documents, counts.
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(2);
    mlt.setMaxQueryTerms(30);
    return mlt;
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
