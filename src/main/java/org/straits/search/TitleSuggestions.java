package org.straits.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.straits.index.Fields;

/** Titles for half-typed text, best first, for the suggester. */
final class TitleSuggestions {
  private static final Set<String> TITLE_FIELDS = Set.of(Fields.ID, Fields.TITLE);

  private final TitlePrefixQuery titleQuery;

  TitleSuggestions(TitlePrefixQuery titleQuery) {
    this.titleQuery = titleQuery;
  }

  List<Suggester.TitleSuggestion> find(IndexSearcher searcher, String typed, int limit) throws IOException {
    Optional<Query> query = titleQuery.build(typed);
    if (query.isEmpty()) {
      return List.of();
    }
    TopDocs top = searcher.search(query.get(), limit, RequestQuery.pagingSort(SortOrder.RELEVANCE));
    StoredFields stored = searcher.storedFields();
    List<Suggester.TitleSuggestion> titles = new ArrayList<>();
    for (ScoreDoc hit : top.scoreDocs) {
      Document doc = stored.document(hit.doc, TITLE_FIELDS);
      titles.add(new Suggester.TitleSuggestion(doc.get(Fields.ID), doc.get(Fields.TITLE)));
    }
    return titles;
  }
}
