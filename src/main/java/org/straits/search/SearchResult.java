package org.straits.search;

import java.util.List;
import java.util.Map;

/**
 * A page of results with facet counts.
 *
 * @param total documents matching the query and filters
 * @param tookMs server-side time, query through highlighting
 * @param hits this page's hits
 * @param facets dimension → values with counts (drill-sideways: a dimension's own selection does
 *     not narrow its own counts)
 * @param notice a message for the user, e.g. that the query was searched as plain words; or ""
 */
public record SearchResult(
    long total, long tookMs, List<Hit> hits, Map<String, List<FacetValue>> facets, String notice) {

  /**
   * One value of a facet dimension; {@code path} is the full path for hierarchical dimensions;
   * {@code discovered}: a region or actor value found by discovery that no one has reviewed.
   */
  public record FacetValue(String value, long count, List<String> path, boolean discovered) {
    public FacetValue(String value, long count, List<String> path) {
      this(value, count, path, false);
    }
  }

  /**
   * One hit. {@code titleHtml} and {@code snippets} are HTML: escaped text plus {@code <mark>}.
   */
  public record Hit(
      String id,
      String title,
      String titleHtml,
      String date,
      List<String> authors,
      String source,
      String url,
      String lang,
      List<String> regions,
      List<String> actors,
      float score,
      List<String> snippets) {}
}
