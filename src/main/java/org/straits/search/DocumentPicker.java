package org.straits.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
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

/**
 * Finds documents by what an administrator types: the exact id first, then ids that start with
 * the text, then titles that contain it as a word prefix (the suggester's title query, so Chinese
 * and English titles behave as in the search box).
 */
public final class DocumentPicker {
  public static final int MAX_TEXT_LENGTH = Suggester.MAX_TEXT_LENGTH;
  public static final int MAX_LIMIT = Suggester.MAX_LIMIT;
  private static final Set<String> SHOWN = Set.of(Fields.ID, Fields.TITLE, Fields.FILE, Fields.DATE, Fields.LANG);

  private final IndexView index;
  private final TitlePrefixQuery titleQuery;

  public DocumentPicker(IndexView index, Analyzer analyzer) {
    this.index = index;
    this.titleQuery = new TitlePrefixQuery(analyzer);
  }

  /** A document as the picker lists it. */
  public record Pick(String id, String title, String file, String date, String lang) {}

  /** At most {@code limit} documents for {@code typed}; blank text finds nothing. */
  public List<Pick> find(String typed, int limit) throws IOException {
    if (typed.length() > MAX_TEXT_LENGTH) {
      throw new SearchException("the document picker takes at most " + MAX_TEXT_LENGTH + " characters, not " + typed.length());
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new SearchException("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
    }
    String text = typed.strip();
    if (text.isEmpty()) {
      return List.of();
    }
    return index.read((searcher, facets) -> {
      Set<Integer> docs = new LinkedHashSet<>();
      collect(searcher, new TermQuery(new Term(Fields.ID, text)), limit, docs);
      collect(searcher, new PrefixQuery(new Term(Fields.ID, text)), limit, docs);
      Optional<Query> titles = titleQuery.build(text);
      if (titles.isPresent()) {
        collect(searcher, titles.get(), limit, docs);
      }
      return picks(searcher.storedFields(), docs, limit);
    });
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

  private static List<Pick> picks(StoredFields stored, Set<Integer> docs, int limit) throws IOException {
    List<Pick> picks = new ArrayList<>();
    for (int doc : docs) {
      if (picks.size() == limit) {
        break;
      }
      Document d = stored.document(doc, SHOWN);
      picks.add(new Pick(d.get(Fields.ID), orEmpty(d.get(Fields.TITLE)), orEmpty(d.get(Fields.FILE)),
          orEmpty(d.get(Fields.DATE)), orEmpty(d.get(Fields.LANG))));
    }
    return picks;
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
