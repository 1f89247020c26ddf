package org.straits.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.straits.index.FacetDims;
import org.straits.search.SearchRequest;
import org.straits.search.SearchResult;
import org.straits.search.SearchEngine;
import org.straits.search.SortOrder;

/**
 * One row per term of a batch: what {@code /api/search} says for that term with the batch's
 * filters (the same service, so the same parsing and entity widening): how many documents, the
 * first and last date, the regions and actors most counted (as the facets list them: most
 * documents first, ties by name, unreviewed discovered names marked and left out on
 * {@code reviewed=1}), and the link to the search.
 */
final class BatchSearch {
  static final int TOP = 5;
  static final List<String> COLUMNS = List.of("term", "total", "first", "last", "top_regions", "top_actors", "link");

  /** How a CSV or XLSX cell marks a name nobody reviewed (the page and JSON mark it as the facets do). */
  static final String UNREVIEWED = " (unreviewed)";

  /** One row; {@code link} is the search page for the term with the filters. */
  record Row(String term, long total, String first, String last, List<SearchResult.FacetValue> topRegions,
      List<SearchResult.FacetValue> topActors, String link) {}

  private final SearchEngine search;

  BatchSearch(SearchEngine search) {
    this.search = search;
  }

  /**
   * The row for {@code term}: the newest hit (with counts and facets) and the oldest hit — two
   * searches, since the first and last dates are the two ends of one order.
   */
  Row row(String term, SearchRequest filters, Map<String, List<String>> params) throws IOException {
    SearchResult newest = search.search(filters.withQuery(term, SortOrder.NEWEST, 1, TOP));
    String last = newest.hits().isEmpty() ? "" : newest.hits().get(0).date();
    String first = "";
    if (newest.total() > 1) {
      SearchResult oldest = search.search(filters.withQuery(term, SortOrder.OLDEST, 1, 0));
      first = oldest.hits().isEmpty() ? "" : oldest.hits().get(0).date();
    } else {
      first = last;
    }
    return new Row(term, newest.total(), first, last, names(newest, FacetDims.REGION),
        names(newest, FacetDims.ACTOR), link(term, params));
  }

  private static List<SearchResult.FacetValue> names(SearchResult result, String dim) {
    return result.facets().getOrDefault(dim, List.of()).stream().limit(TOP).toList();
  }

  /** The search page for the term with the batch's filters (and nothing of the batch itself). */
  private static String link(String term, Map<String, List<String>> params) {
    Map<String, List<String>> state = new LinkedHashMap<>();
    state.put(RequestParams.QUERY, List.of(term));
    params.forEach((name, values) -> {
      if (RequestParams.SEARCH.contains(name) && !name.equals(RequestParams.QUERY)
          && !name.equals(RequestParams.PAGE) && !name.equals(RequestParams.SIZE)) {
        state.put(name, new ArrayList<>(values));
      }
    });
    return new SearchLinks(WebServer.SEARCH_PATH, state).current();
  }

  static List<String> cells(Row row) {
    return List.of(row.term(), Long.toString(row.total()), row.first(), row.last(),
        cell(row.topRegions()), cell(row.topActors()), row.link());
  }

  private static String cell(List<SearchResult.FacetValue> values) {
    return String.join("; ", values.stream().map(v -> v.value() + (v.discovered() ? UNREVIEWED : "")).toList());
  }
}
