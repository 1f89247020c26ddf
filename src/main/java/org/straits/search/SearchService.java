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
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.TopDocs;
import org.straits.index.FacetDims;
import org.straits.index.Fields;

/** Answers search requests: query, facet filters, drill-sideways counts, sorting, snippets. */
public final class SearchService {
  private static final Set<String> HIT_FIELDS = Set.of(Fields.ID, Fields.TITLE, Fields.DATE,
      Fields.AUTHORS, Fields.SOURCE, Fields.URL, Fields.LANG, Fields.REGION_IDS, Fields.ACTOR_IDS);

  private final IndexView index;
  private final RequestQuery queries;
  private final Snippets snippets;
  private final EntityNames entities;
  private final FacetReader facetReader = new FacetReader();

  public SearchService(IndexView index, Analyzer analyzer, EntityNames entities) {
    this.index = index;
    this.queries = new RequestQuery(new UserQueryParser(analyzer, entities, PorterFamilies.over(index)), entities, index.facetsConfig());
    this.snippets = new Snippets(analyzer);
    this.entities = entities;
  }

  public SearchResult search(SearchRequest request) throws IOException {
    long start = System.nanoTime();
    UserQueryParser.ParsedQuery first = queries.parse(request);
    return index.read((searcher, facetState) -> {
      UserQueryParser.ParsedQuery parsed = first;
      Found found = find(searcher, facetState, parsed, request);
      if (found.top().totalHits.value() == 0 && parsed.fallback() != null) {
        // No document has all the words: show those with some of them, and say so.
        parsed = parsed.fallenBack();
        found = find(searcher, facetState, parsed, request);
      }
      List<SearchResult.Hit> hits = hits(searcher, parsed, found.top(), request);
      long tookMs = (System.nanoTime() - start) / 1_000_000;
      return new SearchResult(found.top().totalHits.value(), tookMs, hits, found.facets(), parsed.notice());
    });
  }

  private record Found(TopDocs top, Map<String, List<SearchResult.FacetValue>> facets) {}

  private Found find(IndexSearcher searcher, SortedSetDocValuesReaderState facetState,
      UserQueryParser.ParsedQuery parsed, SearchRequest request) throws IOException {
    DrillDownQuery query = queries.drillDown(parsed.query(), request);
    int window = request.page() * request.size();
    Sort sort = request.sort() == SortOrder.RELEVANCE ? null : RequestQuery.pagingSort(request.sort());
    if (facetState == null) {
      TopDocs top = sort == null ? searcher.search(query, window) : searcher.search(query, window, sort, true);
      return new Found(top, Map.of());
    }
    DrillSideways sideways = new DrillSideways(searcher, index.facetsConfig(), facetState);
    DrillSideways.DrillSidewaysResult result = sort == null
        ? sideways.search(query, window)
        : sideways.search(query, null, null, window, sort, true);
    return new Found(result.hits, marked(facetReader.read(new FacetCounts(result.facets, facetState),
        request.reviewedOnly() ? request.facetLimit() * 4 : request.facetLimit()), request));
  }

  /** Region and actor values found by discovery are flagged, or left out when asked. */
  private Map<String, List<SearchResult.FacetValue>> marked(Map<String, List<SearchResult.FacetValue>> facets,
      SearchRequest request) {
    Map<String, List<SearchResult.FacetValue>> out = new LinkedHashMap<>();
    facets.forEach((dim, values) -> {
      List<SearchResult.FacetValue> kept = new ArrayList<>();
      for (SearchResult.FacetValue v : values) {
        boolean discovered = entities.isDiscovered(dim, v.path());
        if (!(discovered && request.reviewedOnly()) && kept.size() < request.facetLimit()) {
          kept.add(new SearchResult.FacetValue(v.value(), v.count(), v.path(), discovered));
        }
      }
      out.put(dim, kept);
    });
    return out;
  }

  private List<SearchResult.Hit> hits(IndexSearcher searcher, UserQueryParser.ParsedQuery parsed,
      TopDocs top, SearchRequest request) throws IOException {
    ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs,
        Math.min(request.offset(), top.scoreDocs.length), top.scoreDocs.length);
    int[] docIds = Arrays.stream(page).mapToInt(d -> d.doc).toArray();
    List<Snippets.Highlight> highlights = snippets.highlight(searcher, parsed.highlight(), docIds);
    StoredFields stored = searcher.storedFields();
    List<SearchResult.Hit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      Document doc = stored.document(page[i].doc, HIT_FIELDS);
      hits.add(hit(doc, page[i].score, highlights.get(i)));
    }
    return hits;
  }

  private SearchResult.Hit hit(Document doc, float score, Snippets.Highlight highlight) {
    String title = doc.get(Fields.TITLE);
    String titleHtml = highlight.titleHtml().isEmpty() ? Html.escape(title) : highlight.titleHtml();
    return new SearchResult.Hit(doc.get(Fields.ID), title, titleHtml, orEmpty(doc.get(Fields.DATE)),
        List.of(doc.getValues(Fields.AUTHORS)), orEmpty(doc.get(Fields.SOURCE)),
        orEmpty(doc.get(Fields.URL)), orEmpty(doc.get(Fields.LANG)),
        entities.namesByMentions(doc.getValues(Fields.REGION_IDS)),
        entities.namesByMentions(doc.getValues(Fields.ACTOR_IDS)),
        Float.isNaN(score) ? 0f : score, highlight.snippets());
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
