package org.straits.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.straits.index.Fields;
import org.straits.schema.FacetDim;

/**
 * The embedded engine: an index directory on disk read through Lucene. A search is one
 * DrillSideways call on one snapshot, serving the hits, every dimension's counts, the region and
 * actor trees and the date histogram; reposts are collapsed in that same call (hits skip versions
 * hidden behind their story's representative, counts are of documents).
 */
public final class LuceneEngine implements SearchEngine {
  /** Deeper than any gazetteer chain or the date hierarchy (year, month, day). */
  private static final int ALL_VALUES = Integer.MAX_VALUE;
  /** The stored fields of a page's hit: what it shows and what its snippets are highlighted in. */
  private static final java.util.Set<String> PAGE_FIELDS = union(StoredDocuments.HIT_FIELDS, Snippets.FIELDS);

  private final IndexView index;
  private final RequestQuery queries;
  private final Snippets snippets;
  private final StoredDocuments documents;
  private final FilterResolver resolver;
  private final DocumentLookup lookup;
  private final RelatedDocuments relatedDocuments;
  private final TitleSuggestions titleSuggestions;
  private final EntityDocCounts docCounts = new EntityDocCounts();
  private final MatchAllCounts matchAll = new MatchAllCounts();
  private final LucenePicker picker;
  private final EntityNames entities;

  public LuceneEngine(IndexView index, Analyzer analyzer, EntityNames entities) {
    this.index = index;
    this.entities = entities;
    this.queries = new RequestQuery(new UserQueryParser(analyzer, entities, PorterFamilies.over(index)), entities, index.facetsConfig());
    this.snippets = new Snippets(analyzer);
    this.documents = new StoredDocuments(entities);
    this.resolver = new FilterResolver(entities);
    this.lookup = new DocumentLookup(index, analyzer, entities);
    this.relatedDocuments = new RelatedDocuments(index, analyzer);
    this.titleSuggestions = new TitleSuggestions(new TitlePrefixQuery(analyzer));
    this.picker = new LucenePicker(new TitlePrefixQuery(analyzer));
  }

  /** The view this engine reads, for the Lucene-only services beside it (entity profiles). */
  public IndexView view() {
    return index;
  }

  @Override
  public SearchResult search(SearchRequest asked) throws IOException {
    long start = System.nanoTime();
    UserQueryParser.ParsedQuery parsed = queries.parse(asked);
    return index.read((searcher, state) -> {
      FilterResolver.Resolved resolved = resolver.resolve(asked, new FacetValueCatalog(state));
      SearchRequest request = resolved.request();
      UserQueryParser.ParsedQuery read = parsed;
      Counted counted = run(searcher, state, queries.filtered(read.query(), request), request);
      if (counted.total() == 0 && read.fallback() != null) {
        // No document has all the words: show those with some of them, and say so.
        read = read.fallenBack();
        counted = run(searcher, state, queries.filtered(read.query(), request), request);
      }
      List<SearchResult.Hit> hits = hits(searcher, read.highlight(), counted.top(), request);
      List<SearchResult.Notice> notices = new ArrayList<>();
      if (!read.notice().isEmpty()) {
        notices.add(SearchResult.Notice.query(read.notice()));
      }
      notices.addAll(resolved.notices());
      SearchResult.Histogram histogram = request.facetLimit() == 0 ? SearchResult.Histogram.EMPTY
          : new HistogramCounts(counted.facets()).histogram(request.from(), request.to());
      long tookMs = (System.nanoTime() - start) / 1_000_000;
      return new SearchResult(counted.total(), tookMs, hits,
          facetValues(counted.facets(), request, histogram), trees(counted.facets(), request), histogram,
          List.copyOf(notices), String.join(" ", notices.stream().map(SearchResult.Notice::text).toList()),
          counted.hidden());
    });
  }

  /**
   * The top hits (stories when versions are collapsed), the documents matching, those hidden
   * behind their story's representative, and the drill-sideways counts (of documents) of one search.
   */
  private record Counted(TopDocs top, long total, long hidden, FacetCounts facets) {}

  private Counted run(IndexSearcher searcher, SortedSetDocValuesReaderState state, DrillDownQuery query,
      SearchRequest request) throws IOException {
    int window = request.page() * request.size();
    Sort sort = request.sort() == SortOrder.RELEVANCE ? null : RequestQuery.pagingSort(request.sort());
    if (state == null || (request.facetLimit() == 0 && request.treeDepth() == 0)) {
      return withoutFacets(searcher, query, request, window, sort);
    }
    if (browsesEverything(query)) {
      return browsing(searcher, query, request, window, sort, matchAll.of(searcher, state));
    }
    if (browsesFiltered(query)) {
      MatchAllCounts.Counts counts = matchAll.filtered(searcher, query, () -> {
        Counted all = sideways(searcher, state, query, false, 1, null);
        return new MatchAllCounts.Counts(all.total(), all.hidden(), all.facets());
      });
      return browsing(searcher, query, request, window, sort, counts);
    }
    return sideways(searcher, state, query, request.allVersions(), window, sort);
  }

  /** One drill-sideways search: the hits, and counts of every dimension with its own selection left out. */
  private Counted sideways(IndexSearcher searcher, SortedSetDocValuesReaderState state, DrillDownQuery query,
      boolean allVersions, int window, Sort sort) throws IOException {
    DrillSideways sideways = new DrillSideways(searcher, index.facetsConfig(), state);
    if (allVersions) {
      DrillSideways.DrillSidewaysResult result = sort == null
          ? sideways.search(query, window)
          : sideways.search(query, null, null, window, sort, true);
      return new Counted(result.hits, result.hits.totalHits.value(), 0, new FacetCounts(result.facets, state));
    }
    // Collapsed: the same single drill-sideways pass; its collector skips hidden versions for the
    // hits while counting every match, so total and facets still count documents.
    DrillSideways.ConcurrentDrillSidewaysResult<CollapsingCollectorManager.Collapsed> result =
        sideways.search(query, collapsing(window, sort));
    TopDocs top = result.collectorResult.top();
    if (sort != null) {
      TopFieldCollector.populateScores(top.scoreDocs, searcher, query);
    }
    return new Counted(top, result.collectorResult.total(), result.collectorResult.hidden(),
        new FacetCounts(result.facets, state));
  }

  /** No query text, filter, exclusion or date range: every document, whose counts are kept per snapshot. */
  private static boolean browsesEverything(DrillDownQuery query) {
    return query.getDrillDownQueries().length == 0 && query.getBaseQuery() instanceof MatchAllDocsQuery;
  }

  /**
   * No query text, only filters, exclusions or a date range: the same counts for every such request
   * with the same filters until the index changes (kept per snapshot, {@link MatchAllCounts}).
   */
  private static boolean browsesFiltered(DrillDownQuery query) {
    Query base = query.getBaseQuery();
    if (base instanceof MatchAllDocsQuery) {
      return true;
    }
    // Exclusions: every document, less those with an excluded value.
    return base instanceof org.apache.lucene.search.BooleanQuery bool && bool.clauses().stream().allMatch(clause ->
        clause.isProhibited() || (clause.occur() == org.apache.lucene.search.BooleanClause.Occur.MUST
            && clause.query() instanceof MatchAllDocsQuery));
  }

  /** Browsing: the snapshot's kept counts, and only the page's hits searched. */
  private static Counted browsing(IndexSearcher searcher, Query query, SearchRequest request, int window, Sort sort,
      MatchAllCounts.Counts counts) throws IOException {
    Query listed = RequestQuery.listed(query, request);
    // No hit count needed (the counts are kept), so the collectors may skip non-competitive documents.
    TopDocs top = sort == null ? searcher.search(listed, new TopScoreDocCollectorManager(window, window))
        : searcher.search(listed, new TopFieldCollectorManager(sort, window, null, window));
    if (sort != null) {
      TopFieldCollector.populateScores(top.scoreDocs, searcher, listed);
    }
    return new Counted(top, counts.total(), request.allVersions() ? 0 : counts.hidden(), counts.facets());
  }

  /** No facets asked for (or an index without any): a plain search, hidden versions left out unless every version is asked for. */
  private static Counted withoutFacets(IndexSearcher searcher, Query query, SearchRequest request, int window,
      Sort sort) throws IOException {
    FacetCounts none = new FacetCounts(null, null);
    if (request.allVersions()) {
      TopDocs top = sort == null ? searcher.search(query, window) : searcher.search(query, window, sort, true);
      return new Counted(top, top.totalHits.value(), 0, none);
    }
    Query listed = RequestQuery.listed(query, request);
    TopDocs top = sort == null
        ? searcher.search(listed, new TopScoreDocCollectorManager(window, SearchRequest.MAX_WINDOW))
        : searcher.search(listed, new TopFieldCollectorManager(sort, window, null, SearchRequest.MAX_WINDOW));
    if (sort != null) {
      TopFieldCollector.populateScores(top.scoreDocs, searcher, listed);
    }
    long total = searcher.count(query);
    long listedCount = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO ? top.totalHits.value()
        : searcher.count(listed);
    return new Counted(top, total, Math.max(0, total - listedCount), none);
  }

  private static CollapsingCollectorManager<?> collapsing(int window, Sort sort) {
    return sort == null
        ? new CollapsingCollectorManager<>(new TopScoreDocCollectorManager(window, Integer.MAX_VALUE))
        : new CollapsingCollectorManager<>(new TopFieldCollectorManager(sort, window, null, Integer.MAX_VALUE));
  }

  private static Map<String, List<SearchResult.FacetValue>> facetValues(FacetCounts facets, SearchRequest request,
      SearchResult.Histogram histogram) throws IOException {
    Map<String, List<SearchResult.FacetValue>> out = new LinkedHashMap<>();
    if (request.facetLimit() == 0) {
      return out;
    }
    for (FacetDim dim : FacetDim.values()) {
      out.put(dim.id(), dim == FacetDim.DATE ? histogram.bins()
          : FacetTrees.top(facets, dim.id(), request.facetLimit(),
              dim.hierarchical() ? List.of() : request.filters().getOrDefault(dim.id(), List.of())));
    }
    return out;
  }

  /** The region and actor trees; the selected values are in them whatever their rank (see FacetTrees). */
  private Map<String, List<FacetNode>> trees(FacetCounts facets, SearchRequest request) throws IOException {
    Map<String, List<FacetNode>> trees = new LinkedHashMap<>();
    if (request.treeDepth() == 0 || request.facetLimit() == 0) {
      return trees;
    }
    for (FacetDim dim : FacetDim.FILTERS) {
      if (dim.hierarchical()) {
        trees.put(dim.id(), FacetTrees.tree(facets, dim.id(), List.of(), request.treeDepth() - 1, request.facetLimit(),
            FacetTrees.kept(request, dim.id(), entities)));
      }
    }
    return trees;
  }

  private List<SearchResult.Hit> hits(IndexSearcher searcher, Query query, TopDocs top, SearchRequest request)
      throws IOException {
    ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs,
        Math.min(request.offset(), top.scoreDocs.length), top.scoreDocs.length);
    int[] docIds = Arrays.stream(page).mapToInt(d -> d.doc).toArray();
    // Each hit's stored fields read once, for what the hit shows and what its snippets are made of.
    StoredFields stored = searcher.storedFields();
    Document[] docs = new Document[page.length];
    for (int i = 0; i < page.length; i++) {
      docs[i] = stored.document(page[i].doc, PAGE_FIELDS);
    }
    List<Snippets.Highlight> highlights = snippets.highlight(searcher, query, docIds, docs);
    List<List<SearchResult.Version>> versions = Versions.of(searcher, docIds);
    List<SearchResult.Hit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      Snippets.Highlight highlight = highlights.get(i);
      hits.add(documents.hit(docs[i], page[i].score, highlight.titleHtml(), highlight.snippets(), versions.get(i)));
    }
    return hits;
  }

  @Override
  public List<FacetNode> facetValues(SearchRequest asked, String dim, List<String> path, int depth) throws IOException {
    if (FacetDim.of(dim).isEmpty()) {
      throw new SearchException("unknown facet '" + dim + "': use one of " + String.join(", ", FacetDim.ids()));
    }
    Query base = queries.parse(asked).query();
    return index.read((searcher, state) -> {
      if (state == null) {
        return List.of();
      }
      SearchRequest request = resolver.resolve(asked, new FacetValueCatalog(state)).request();
      DrillSideways sideways = new DrillSideways(searcher, index.facetsConfig(), state);
      DrillSideways.DrillSidewaysResult result = sideways.search(queries.filtered(base, request), 1);
      return FacetTrees.tree(new FacetCounts(result.facets, state), dim, path, depth, ALL_VALUES);
    });
  }

  @Override
  public long export(SearchRequest asked, ResultStream.RowSink sink) throws IOException {
    UserQueryParser.ParsedQuery parsed = queries.parse(asked);
    Query base = parsed.query();
    Sort sort = RequestQuery.pagingSort(asked.sort());
    return index.read((searcher, state) -> {
      SearchRequest request = resolver.resolve(asked, new FacetValueCatalog(state)).request();
      Query listed = RequestQuery.listed(queries.filtered(base, request), request);
      return ResultStream.streamAll(searcher, listed, parsed.highlight(), sort, snippets, documents, sink);
    });
  }

  @Override
  public Optional<DocumentLookup.DocumentView> document(String id, String query) throws IOException {
    return lookup.find(id, query);
  }

  @Override
  public List<RelatedDocuments.Related> related(String id, int limit) throws IOException {
    return relatedDocuments.find(id, limit);
  }

  @Override
  public List<Suggester.TitleSuggestion> titles(String typed, int limit) throws IOException {
    return index.read((searcher, state) -> titleSuggestions.find(searcher, typed, limit));
  }

  @Override
  public Map<String, Integer> entityDocumentCounts() throws IOException {
    return index.read((searcher, state) -> docCounts.of(searcher.getIndexReader()));
  }

  @Override
  public EntityProfile.Mentions mentions(String entityId, int newest) throws IOException {
    return index.read((searcher, state) -> LuceneMentions.read(searcher, state, entityId, newest));
  }

  @Override
  public List<DocumentPicker.Pick> pick(String text, int limit) throws IOException {
    return index.read((searcher, state) -> picker.find(searcher, text, limit));
  }

  @Override
  public List<Map.Entry<String, Integer>> discoveredKeys() throws IOException {
    return index.read((searcher, state) -> DiscoveredCandidates.keysByDocuments(searcher.getIndexReader()));
  }

  @Override
  public DiscoveredCandidates.Holders discoveredIn(String key, int limit) throws IOException {
    return index.read((searcher, state) -> DiscoveredCandidates.holders(searcher, key, limit));
  }

  @Override
  public IndexStatistics statistics() throws IOException {
    return IndexStatistics.read(index);
  }

  @Override
  public boolean refresh() throws IOException {
    return index.refresh();
  }

  @Override
  public void close() throws IOException {
    index.close();
  }

  private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
    java.util.Set<String> both = new java.util.HashSet<>(a);
    both.addAll(b);
    return java.util.Set.copyOf(both);
  }
}
