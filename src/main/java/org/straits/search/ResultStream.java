package org.straits.search;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldDocs;
import org.straits.index.Fields;

/**
 * Every hit of a request, in the request's order, page by page with searchAfter on one snapshot
 * of the index: an export is complete and consistent however many hits there are, and memory
 * stays bounded by one batch (its rows and their plain-text snippets).
 */
public final class ResultStream {
  private static final int BATCH = 500;
  private static final Set<String> ROW_FIELDS = Set.of(Fields.ID, Fields.TITLE, Fields.DATE,
      Fields.AUTHORS, Fields.SOURCE, Fields.URL, Fields.LANG, Fields.REGION_IDS, Fields.ACTOR_IDS);

  private final IndexView index;
  private final RequestQuery queries;
  private final EntityNames entities;
  private final Snippets snippets;

  public ResultStream(IndexView index, Analyzer analyzer, EntityNames entities) {
    this.index = index;
    this.entities = entities;
    this.snippets = new Snippets(analyzer);
    this.queries = new RequestQuery(new UserQueryParser(analyzer, entities), entities, index.facetsConfig());
  }

  /** One exported hit: its metadata and a plain-text snippet (the best passage, else the opening). */
  public record Row(String id, String title, String date, List<String> authors, String source,
      String lang, String url, List<String> regions, List<String> actors, float score, String snippet) {}

  /** Receives rows; may throw IOException when the client goes away. */
  @FunctionalInterface
  public interface RowSink {
    void accept(Row row) throws IOException;
  }

  /** Sends every hit of {@code request} (page and size ignored) to {@code sink}; returns the count. */
  public long stream(SearchRequest request, RowSink sink) throws IOException {
    Query userQuery = queries.parse(request).query();
    Query query = RequestQuery.listed(queries.drillDown(userQuery, request), request);
    Sort sort = RequestQuery.pagingSort(request.sort());
    return index.read((searcher, facetState) -> streamAll(searcher, query, userQuery, sort, sink));
  }

  private long streamAll(IndexSearcher searcher, Query query, Query userQuery, Sort sort, RowSink sink)
      throws IOException {
    StoredFields stored = searcher.storedFields();
    FieldDoc after = null;
    long sent = 0;
    while (true) {
      TopFieldDocs batch = searcher.searchAfter(after, query, BATCH, sort, true);
      int[] docIds = java.util.Arrays.stream(batch.scoreDocs).mapToInt(hit -> hit.doc).toArray();
      // Snippets mark the words of the query, not the filters: the user query, as on the page.
      List<String> passages = snippets.plainPassages(searcher, userQuery, docIds);
      for (int i = 0; i < docIds.length; i++) {
        ScoreDoc hit = batch.scoreDocs[i];
        sink.accept(row(stored.document(hit.doc, ROW_FIELDS), hit.score, passages.get(i)));
        sent++;
      }
      if (batch.scoreDocs.length < BATCH) {
        return sent;
      }
      after = (FieldDoc) batch.scoreDocs[batch.scoreDocs.length - 1];
    }
  }

  private Row row(Document doc, float score, String snippet) {
    return new Row(doc.get(Fields.ID), orEmpty(doc.get(Fields.TITLE)), orEmpty(doc.get(Fields.DATE)),
        List.of(doc.getValues(Fields.AUTHORS)), orEmpty(doc.get(Fields.SOURCE)),
        orEmpty(doc.get(Fields.LANG)), orEmpty(doc.get(Fields.URL)),
        entities.namesByMentions(doc.getValues(Fields.REGION_IDS)),
        entities.namesByMentions(doc.getValues(Fields.ACTOR_IDS)), Float.isNaN(score) ? 0f : score, snippet);
  }

  static String orEmpty(String value) {
    return value == null ? "" : value;
  }

}
