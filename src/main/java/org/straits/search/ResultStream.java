package org.straits.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldDocs;

/**
 * Every hit of a request, in the request's order, page by page with searchAfter on one snapshot
 * of the index: an export is complete and consistent however many hits there are, and memory
 * stays bounded by one batch (its rows and their plain-text snippets).
 */
public final class ResultStream {
  private static final int BATCH = 500;

  /** One exported hit: its metadata and a plain-text snippet (the best passage, else the opening). */
  public record Row(String id, String title, String date, List<String> authors, String source,
      String lang, String url, List<String> regions, List<String> actors, float score, String snippet) {}

  /** Receives rows; may throw IOException when the client goes away. */
  @FunctionalInterface
  public interface RowSink {
    void accept(Row row) throws IOException;
  }

  private ResultStream() {}

  /**
   * Sends every hit of {@code query} in {@code sort} order (a total order) to {@code sink}, each
   * with a snippet for {@code userQuery} (the words, not the filters, as on the page); returns
   * the count.
   */
  static long streamAll(IndexSearcher searcher, Query query, Query userQuery, Sort sort, Snippets snippets,
      StoredDocuments documents, RowSink sink) throws IOException {
    StoredFields stored = searcher.storedFields();
    FieldDoc after = null;
    long sent = 0;
    while (true) {
      TopFieldDocs batch = searcher.searchAfter(after, query, BATCH, sort, true);
      int[] docIds = java.util.Arrays.stream(batch.scoreDocs).mapToInt(hit -> hit.doc).toArray();
      List<String> passages = snippets.plainPassages(searcher, userQuery, docIds);
      for (int i = 0; i < docIds.length; i++) {
        ScoreDoc hit = batch.scoreDocs[i];
        sink.accept(documents.row(stored.document(hit.doc, StoredDocuments.HIT_FIELDS), hit.score, passages.get(i)));
        sent++;
      }
      if (batch.scoreDocs.length < BATCH) {
        return sent;
      }
      after = (FieldDoc) batch.scoreDocs[batch.scoreDocs.length - 1];
    }
  }
}
