package org.straits.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.straits.index.Fields;

/**
 * One document by id, its whole text highlighted for a query: escaped text with numbered
 * {@code <mark id="m1">} around every match of the body, so a page can jump to the first one.
 */
public final class DocumentLookup {
  /** Long reports are highlighted to the end, not cut at the highlighter's 10 000-char default. */
  private static final int MAX_HIGHLIGHTED_CHARS = 20_000_000;

  private final IndexView index;
  private final Analyzer analyzer;
  private final UserQueryParser parser;
  private final StoredDocuments stored;

  public DocumentLookup(IndexView index, Analyzer analyzer, EntityNames entities) {
    this.index = index;
    this.analyzer = analyzer;
    this.parser = new UserQueryParser(analyzer, entities, PorterFamilies.over(index));
    this.stored = new StoredDocuments(entities);
  }

  /**
   * A document as a page shows it. {@code titleHtml}, {@code bodyHtml} and {@code notesHtml} are
   * HTML (escaped text plus marks); {@code matches} counts the marks in the body and notes.
   */
  public record DocumentView(String id, String title, String titleHtml, String date,
      List<String> authors, List<String> editors, String source, String url, String lang,
      List<String> regions, List<String> actors, String bodyHtml, String notesHtml, int matches,
      List<UnreviewedValue> unreviewed) {}

  /** The document with this id, highlighted for {@code queryText} (blank: no highlighting). */
  public Optional<DocumentView> find(String id, String queryText) throws IOException {
    Query query = queryText == null || queryText.isBlank() ? null : parser.parse(queryText.strip()).highlight();
    return index.read((searcher, facets) -> {
      int docId = docId(searcher, id);
      if (docId < 0) {
        return Optional.empty();
      }
      Document doc = searcher.storedFields().document(docId);
      return Optional.of(view(searcher, docId, doc, query));
    });
  }

  /** The Lucene doc id for a document id in this snapshot, or -1. */
  static int docId(IndexSearcher searcher, String id) throws IOException {
    TopDocs top = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
    return top.scoreDocs.length == 0 ? -1 : top.scoreDocs[0].doc;
  }

  private DocumentView view(IndexSearcher searcher, int docId, Document doc, Query asked) throws IOException {
    Query query = PageHighlightQuery.prune(searcher, asked, new int[] {docId});
    Marked title = mark(searcher, docId, doc, Fields.TITLE, "t", query);
    Marked body = mark(searcher, docId, doc, Fields.BODY, "m", query);
    Marked notes = mark(searcher, docId, doc, Fields.NOTES, "n", query);
    return stored.view(doc, title.html(), body.html(), notes.html(), body.count() + notes.count());
  }

  private Marked mark(IndexSearcher searcher, int docId, Document doc, String field, String idPrefix, Query query)
      throws IOException {
    String text = orEmpty(doc.get(field));
    if (query == null || text.isEmpty()) {
      return new Marked(Html.escape(text), 0);
    }
    WholeTextFormatter formatter = new WholeTextFormatter(idPrefix, QueryHanWords.of(query));
    UnifiedHighlighter highlighter = new Highlighting.PostingsHighlighter(
        Highlighting.builder(searcher, analyzer, MAX_HIGHLIGHTED_CHARS)
            .withFormatter(formatter)
            // With no match the whole text still comes back (escaped), as one "passage".
            .withMaxNoHighlightPassages(1)
            .withBreakIterator(WholeBreakIterator::new));
    Map<String, String[]> result = highlighter.highlightFields(new String[] {field}, query, new int[] {docId}, new int[] {1});
    String html = result.get(field)[0];
    return new Marked(html == null ? Html.escape(text) : html, formatter.count());
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  private record Marked(String html, int count) {}
}
