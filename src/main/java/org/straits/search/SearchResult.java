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
 * @param hidden matching documents not listed as hits of their own because they are versions of
 *     a listed story (near-duplicates collapsed); {@code total - hidden} hits can be paged through
 */
public record SearchResult(
    long total, long tookMs, List<Hit> hits, Map<String, List<FacetValue>> facets, String notice, long hidden) {

  /** A result with nothing collapsed. */
  public SearchResult(long total, long tookMs, List<Hit> hits, Map<String, List<FacetValue>> facets, String notice) {
    this(total, tookMs, hits, facets, notice, 0);
  }

  /** The hits that can be paged through: stories when versions are collapsed, else documents. */
  public long listed() {
    return total - hidden;
  }

  /** Another version of a hit's story: enough to list and link it. */
  public record Version(String id, String title, String date, String source, String lang) {}

  /** One value of a facet dimension; {@code path} is the full path for hierarchical dimensions. */
  public record FacetValue(String value, long count, List<String> path) {}

  /**
   * One hit. {@code titleHtml} and {@code snippets} are HTML: escaped text plus {@code <mark>}.
   * {@code updated} is an ISO-8601 instant: the document's date, or its first indexing time when
   * that is later. {@code versions} are the other versions of the same story, oldest first; the
   * JSON shows their ids as {@code duplicates}.
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
      List<String> snippets,
      String updated,
      @com.fasterxml.jackson.annotation.JsonIgnore List<Version> versions) {

    public Hit(String id, String title, String titleHtml, String date, List<String> authors, String source,
        String url, String lang, List<String> regions, List<String> actors, float score, List<String> snippets) {
      this(id, title, titleHtml, date, authors, source, url, lang, regions, actors, score, snippets, "", List.of());
    }

    /** The ids of the other versions of this story. */
    @com.fasterxml.jackson.annotation.JsonProperty("duplicates")
    public List<String> duplicates() {
      return versions.stream().map(Version::id).toList();
    }
  }
}
