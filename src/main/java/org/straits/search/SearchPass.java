package org.straits.search;

import java.io.IOException;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;

/**
 * One search of a request on one snapshot: the page's top hits and the facet counts, by the
 * cheapest path that gives the same answer — kept counts when only browsing, one drill-sideways
 * call otherwise, a plain search when no facets are asked for.
 */
final class SearchPass {
  private final FacetsConfig facetsConfig;
  private final MatchAllCounts matchAll = new MatchAllCounts();

  SearchPass(FacetsConfig facetsConfig) {
    this.facetsConfig = facetsConfig;
  }

  /**
   * The top hits (stories when versions are collapsed), the documents matching, those hidden
   * behind their story's representative, and the drill-sideways counts (of documents) of one search.
   */
  record Counted(TopDocs top, long total, long hidden, FacetCounts facets) {}

  Counted run(IndexSearcher searcher, SortedSetDocValuesReaderState state, DrillDownQuery query,
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
    FacetOrdinals ordinals = FacetOrdinals.of(state);
    if (allVersions) {
      // As Lucene's DrillSideways.search(query, topN) and (…, sort, doDocScores): at most maxDoc hits, all counted.
      int limit = Math.min(window, Math.max(1, searcher.getIndexReader().maxDoc()));
      SidewaysCounts.Searched<? extends TopDocs> result = sort == null
          ? SidewaysCounts.search(searcher, facetsConfig, ordinals, query,
              new TopScoreDocCollectorManager(limit, null, Integer.MAX_VALUE))
          : SidewaysCounts.search(searcher, facetsConfig, ordinals, query,
              new TopFieldCollectorManager(sort, limit, null, Integer.MAX_VALUE));
      TopDocs top = result.hits();
      if (sort != null) {
        TopFieldCollector.populateScores(top.scoreDocs, searcher, query);
      }
      return new Counted(top, top.totalHits.value(), 0, result.facets());
    }
    // Collapsed: the same single drill-sideways pass; its collector skips hidden versions for the
    // hits while counting every match, so total and facets still count documents.
    SidewaysCounts.Searched<CollapsingCollectorManager.Collapsed> result =
        SidewaysCounts.search(searcher, facetsConfig, ordinals, query, collapsing(window, sort));
    TopDocs top = result.hits().top();
    if (sort != null) {
      TopFieldCollector.populateScores(top.scoreDocs, searcher, query);
    }
    return new Counted(top, result.hits().total(), result.hits().hidden(), result.facets());
  }

  /** The drill-sideways counts of {@code query} alone, no hits collected (every value of a dimension). */
  FacetCounts counts(IndexSearcher searcher, SortedSetDocValuesReaderState state, DrillDownQuery query)
      throws IOException {
    return SidewaysCounts.search(searcher, facetsConfig, FacetOrdinals.of(state), query, null).facets();
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
    FacetCounts none = FacetCounts.none();
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
}
