package org.straits.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.straits.index.Fields;

/** The embedded engine's side of an entity profile: one search for the documents naming the entity. */
final class LuceneMentions {
  private static final Set<String> DOCUMENT_FIELDS = Set.of(Fields.ID, Fields.TITLE, Fields.DATE);

  private LuceneMentions() {}

  static EntityProfile.Mentions read(IndexSearcher searcher, SortedSetDocValuesReaderState facetState, String entityId,
      int newest) throws IOException {
    FacetsCollectorManager.FacetsResult mentions = FacetsCollectorManager.search(searcher,
        new TermQuery(new Term(Fields.ENTITY, entityId)), newest,
        RequestQuery.pagingSort(SortOrder.NEWEST), new FacetsCollectorManager());
    List<FacetsCollector.MatchingDocs> matching = mentions.facetsCollector().getMatchingDocs();
    Map<String, Integer> coMentioned = CoMentions.count(matching);
    return new EntityProfile.Mentions(matching.stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum(),
        periods(facetState, mentions.facetsCollector()), coMentioned, documents(searcher, mentions.topDocs()));
  }

  /** Mentioning documents per year, or per month when they all fall in one year. */
  private static List<SearchResult.FacetValue> periods(SortedSetDocValuesReaderState facetState,
      FacetsCollector collected) throws IOException {
    if (facetState == null) {
      return List.of();
    }
    FacetCounts counts = FacetCounts.of(facetState, collected);
    List<SearchResult.FacetValue> years = FacetTrees.timeline(counts, List.of());
    return years.size() == 1 ? FacetTrees.timeline(counts, List.of(years.get(0).value())) : years;
  }

  private static List<EntityProfile.DocumentRef> documents(IndexSearcher searcher, TopDocs newest) throws IOException {
    StoredFields stored = searcher.storedFields();
    List<EntityProfile.DocumentRef> documents = new ArrayList<>();
    for (ScoreDoc hit : newest.scoreDocs) {
      Document doc = stored.document(hit.doc, DOCUMENT_FIELDS);
      documents.add(new EntityProfile.DocumentRef(doc.get(Fields.ID), StoredDocuments.text(doc, Fields.TITLE),
          StoredDocuments.text(doc, Fields.DATE)));
    }
    return documents;
  }
}
