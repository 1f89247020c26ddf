package org.straits.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.straits.index.FacetDims;
import org.straits.index.Fields;

/** Answers search requests: query, facet filters, drill-sideways counts, sorting, snippets. */
public final class SearchService {
  private static final Set<String> HIT_FIELDS = Set.of(Fields.ID, Fields.TITLE, Fields.DATE,
      Fields.AUTHORS, Fields.SOURCE, Fields.URL, Fields.LANG, Fields.REGION_IDS, Fields.ACTOR_IDS,
      Fields.INDEXED_AT);

  private final IndexView index;
  private final RequestQuery queries;
  private final Snippets snippets;
  private final EntityNames entities;
  private final FacetReader facetReader = new FacetReader();

  public SearchService(IndexView index, Analyzer analyzer, EntityNames entities) {
    this.index = index;
    this.queries = new RequestQuery(new UserQueryParser(analyzer, entities), entities, index.facetsConfig());
    this.snippets = new Snippets(analyzer);
    this.entities = entities;
  }

  public SearchResult search(SearchRequest request) throws IOException {
    long start = System.nanoTime();
    UserQueryParser.ParsedQuery first = queries.parse(request);
    return index.read((searcher, facetState) -> {
      UserQueryParser.ParsedQuery parsed = first;
      Matches matches = find(searcher, facetState, parsed, request);
      if (matches.total() == 0 && parsed.fallback() != null) {
        // No document has all the words: show those with some of them, and say so.
        parsed = parsed.fallenBack();
        matches = find(searcher, facetState, parsed, request);
      }
      List<SearchResult.Hit> hits = hits(searcher, parsed, matches.top(), request);
      long tookMs = (System.nanoTime() - start) / 1_000_000;
      return new SearchResult(matches.total(), tookMs, hits, matches.facets(), parsed.notice(), matches.hidden());
    });
  }

  /** Counts (total, facets) are of documents; hits are stories when versions are collapsed. */
  private Matches find(IndexSearcher searcher, SortedSetDocValuesReaderState facetState,
      UserQueryParser.ParsedQuery parsed, SearchRequest request) throws IOException {
    DrillDownQuery query = queries.drillDown(parsed.query(), request);
    int window = request.page() * request.size();
    Sort sort = request.sort() == SortOrder.RELEVANCE ? null : RequestQuery.pagingSort(request.sort());
    if (facetState == null) {
      return withoutFacets(searcher, query, request, window, sort);
    }
    return request.allVersions() ? everyVersion(searcher, facetState, query, window, sort, request.facetLimit())
        : collapsed(searcher, facetState, query, window, sort, request.facetLimit());
  }

  /** The top hits, the documents matching, those hidden behind a representative, the facet counts. */
  private record Matches(TopDocs top, long total, long hidden, Map<String, List<SearchResult.FacetValue>> facets) {}

  /** An index with no facet fields at all (empty): plain searches. */
  private static Matches withoutFacets(IndexSearcher searcher, Query query, SearchRequest request, int window, Sort sort)
      throws IOException {
    Query listed = RequestQuery.listed(query, request);
    TopDocs top = top(searcher, listed, window, sort);
    long total = searcher.count(query);
    return new Matches(top, total, listed == query ? 0 : Math.max(0, total - listedCount(searcher, listed, top)), Map.of());
  }

  private Matches everyVersion(IndexSearcher searcher, SortedSetDocValuesReaderState facetState, DrillDownQuery query,
      int window, Sort sort, int facetLimit) throws IOException {
    DrillSideways sideways = new DrillSideways(searcher, index.facetsConfig(), facetState);
    DrillSideways.DrillSidewaysResult result = sort == null
        ? sideways.search(query, window)
        : sideways.search(query, null, null, window, sort, true);
    return new Matches(result.hits, result.hits.totalHits.value(), 0,
        facetReader.read(new FacetCounts(result.facets, facetState), facetLimit));
  }

  /** One pass: facets and the total count documents, the hits skip hidden versions. */
  private Matches collapsed(IndexSearcher searcher, SortedSetDocValuesReaderState facetState, DrillDownQuery query,
      int window, Sort sort, int facetLimit) throws IOException {
    DrillSideways.ConcurrentDrillSidewaysResult<CollapsingCollectorManager.Collapsed> result =
        new DrillSideways(searcher, index.facetsConfig(), facetState).search(query, collapsing(window, sort));
    TopDocs top = result.collectorResult.top();
    if (sort != null) {
      TopFieldCollector.populateScores(top.scoreDocs, searcher, query);
    }
    return new Matches(top, result.collectorResult.total(), result.collectorResult.hidden(),
        facetReader.read(new FacetCounts(result.facets, facetState), facetLimit));
  }

  /** Hits counted exactly up to the paging window, so that the count usually needs no second pass. */
  private static TopDocs top(IndexSearcher searcher, Query query, int window, Sort sort) throws IOException {
    if (sort == null) {
      return searcher.search(query, new TopScoreDocCollectorManager(window, SearchRequest.MAX_WINDOW));
    }
    TopDocs top = searcher.search(query, new TopFieldCollectorManager(sort, window, null, SearchRequest.MAX_WINDOW));
    TopFieldCollector.populateScores(top.scoreDocs, searcher, query);
    return top;
  }

  private static CollapsingCollectorManager<?> collapsing(int window, Sort sort) {
    return sort == null
        ? new CollapsingCollectorManager<>(new TopScoreDocCollectorManager(window, Integer.MAX_VALUE))
        : new CollapsingCollectorManager<>(new TopFieldCollectorManager(sort, window, null, Integer.MAX_VALUE));
  }

  private static long listedCount(IndexSearcher searcher, Query listed, TopDocs top) throws IOException {
    return top.totalHits.relation() == TotalHits.Relation.EQUAL_TO ? top.totalHits.value() : searcher.count(listed);
  }

  private List<SearchResult.Hit> hits(IndexSearcher searcher, UserQueryParser.ParsedQuery parsed,
      TopDocs top, SearchRequest request) throws IOException {
    ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs,
        Math.min(request.offset(), top.scoreDocs.length), top.scoreDocs.length);
    int[] docIds = Arrays.stream(page).mapToInt(d -> d.doc).toArray();
    List<Snippets.Highlight> highlights = snippets.highlight(searcher, parsed.highlight(), docIds);
    List<List<SearchResult.Version>> versions = Versions.of(searcher, docIds);
    StoredFields stored = searcher.storedFields();
    List<SearchResult.Hit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      Document doc = stored.document(page[i].doc, HIT_FIELDS);
      hits.add(hit(doc, page[i].score, highlights.get(i), versions.get(i)));
    }
    return hits;
  }

  private SearchResult.Hit hit(Document doc, float score, Snippets.Highlight highlight,
      List<SearchResult.Version> versions) {
    String title = doc.get(Fields.TITLE);
    String titleHtml = highlight.titleHtml().isEmpty() ? Html.escape(title) : highlight.titleHtml();
    String date = orEmpty(doc.get(Fields.DATE));
    return new SearchResult.Hit(doc.get(Fields.ID), title, titleHtml, date,
        List.of(doc.getValues(Fields.AUTHORS)), orEmpty(doc.get(Fields.SOURCE)),
        orEmpty(doc.get(Fields.URL)), orEmpty(doc.get(Fields.LANG)),
        entities.namesByMentions(doc.getValues(Fields.REGION_IDS)),
        entities.namesByMentions(doc.getValues(Fields.ACTOR_IDS)),
        Float.isNaN(score) ? 0f : score, highlight.snippets(), updated(date, doc.getField(Fields.INDEXED_AT)),
        versions);
  }

  /** The document's date (start of day, UTC), or its first indexing time when that is later. */
  private static String updated(String date, org.apache.lucene.index.IndexableField indexedAt) {
    long dated = date.isEmpty() ? Long.MIN_VALUE
        : java.time.LocalDate.parse(date).atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli();
    long indexed = indexedAt == null ? Long.MIN_VALUE : indexedAt.numericValue().longValue();
    long updated = Math.max(dated, indexed);
    return updated == Long.MIN_VALUE ? "" : java.time.Instant.ofEpochMilli(updated).toString();
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  /** Reads facet counts into plain values, dimension by dimension. */
  static final class FacetReader {
    Map<String, List<SearchResult.FacetValue>> read(FacetCounts facets, int limit) throws IOException {
      Map<String, List<SearchResult.FacetValue>> out = new LinkedHashMap<>();
      if (limit == 0) {
        return out;
      }
      for (String dim : FacetDims.ALL) {
        out.put(dim, children(facets, dim, limit));
      }
      return out;
    }

    static List<SearchResult.FacetValue> children(FacetCounts facets, String dim, int limit, String... path)
        throws IOException {
      // Dates read as a timeline (all years, in order); other dimensions by count.
      org.apache.lucene.facet.FacetResult result =
          dim.equals(FacetDims.DATE) ? facets.all(dim, path) : facets.top(limit, dim, path);
      if (result == null) {
        return List.of();
      }
      List<SearchResult.FacetValue> values = new ArrayList<>();
      for (org.apache.lucene.facet.LabelAndValue lv : result.labelValues) {
        List<String> full = new ArrayList<>(List.of(path));
        full.add(lv.label);
        values.add(new SearchResult.FacetValue(lv.label, lv.value.longValue(), full));
      }
      if (dim.equals(FacetDims.DATE)) {
        values.sort(java.util.Comparator.comparing(SearchResult.FacetValue::value));
      }
      return values;
    }
  }
}
