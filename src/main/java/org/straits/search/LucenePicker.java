package org.straits.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.straits.index.Fields;

/** The embedded engine's document picker: exact id, id prefix, then title word prefixes. */
final class LucenePicker {
  private static final Set<String> SHOWN = Set.of(Fields.ID, Fields.TITLE, Fields.FILE, Fields.DATE, Fields.LANG);

  private final TitlePrefixQuery titleQuery;

  LucenePicker(TitlePrefixQuery titleQuery) {
    this.titleQuery = titleQuery;
  }

  List<DocumentPicker.Pick> find(IndexSearcher searcher, String text, int limit) throws IOException {
    Set<Integer> docs = new LinkedHashSet<>();
    collect(searcher, new TermQuery(new Term(Fields.ID, text)), limit, docs);
    collect(searcher, new PrefixQuery(new Term(Fields.ID, text)), limit, docs);
    Optional<Query> titles = titleQuery.build(text);
    if (titles.isPresent()) {
      collect(searcher, titles.get(), limit, docs);
    }
    return picks(searcher.storedFields(), docs, limit);
  }

  private static void collect(IndexSearcher searcher, Query query, int limit, Set<Integer> into) throws IOException {
    if (into.size() >= limit) {
      return;
    }
    TopDocs top = searcher.search(query, limit);
    for (ScoreDoc hit : top.scoreDocs) {
      into.add(hit.doc);
    }
  }

  private static List<DocumentPicker.Pick> picks(StoredFields stored, Set<Integer> docs, int limit) throws IOException {
    List<DocumentPicker.Pick> picks = new ArrayList<>();
    for (int doc : docs) {
      if (picks.size() == limit) {
        break;
      }
      Document d = stored.document(doc, SHOWN);
      picks.add(new DocumentPicker.Pick(d.get(Fields.ID), StoredDocuments.text(d, Fields.TITLE),
          StoredDocuments.text(d, Fields.FILE), StoredDocuments.text(d, Fields.DATE), StoredDocuments.text(d, Fields.LANG)));
    }
    return picks;
  }
}
