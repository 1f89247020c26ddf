package org.straits.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The response to one {@link SearchRequest}: everything a page, the API, the CLI or an export
 * summary renders, from one engine call on one snapshot of the index.
 *
 * @param total documents matching the query and filters
 * @param tookMs server-side time, query through highlighting
 * @param hits this page's hits
 * @param facets dimension → values with counts, most frequent first (drill-sideways: a
 *     dimension's own selection does not narrow its own counts); {@code date} holds the
 *     histogram's bins in time order
 * @param trees region and actor → the top of their hierarchies, {@code treeDepth} levels deep
 * @param histogram the date histogram at the zoom the range calls for
 * @param notices what the reader should know: the query was read as words, a filter value is
 *     unknown and was left out, …
 * @param notice the notices' readable texts in one line (English), or ""
 * @param hidden matching documents not listed as hits of their own because they are versions of
 *     a listed story (near-duplicates collapsed); {@code total - hidden} hits can be paged through
 */
public record SearchResult(
    long total,
    long tookMs,
    List<Hit> hits,
    Map<String, List<FacetValue>> facets,
    Map<String, List<FacetNode>> trees,
    Histogram histogram,
    List<Notice> notices,
    String notice,
    long hidden) {

  /** A result with nothing collapsed. */
  public SearchResult(long total, long tookMs, List<Hit> hits, Map<String, List<FacetValue>> facets,
      Map<String, List<FacetNode>> trees, Histogram histogram, List<Notice> notices, String notice) {
    this(total, tookMs, hits, facets, trees, histogram, notices, notice, 0);
  }

  /** The hits that can be paged through: stories when versions are collapsed, else documents. */
  public long listed() {
    return total - hidden;
  }

  /** Another version of a hit's story: enough to list and link it. */
  public record Version(String id, String title, String date, String source, String lang) {
    /** Versions listed per story at most; a group this large is a template, not a repost. */
    public static final int MAX_PER_STORY = 50;

    /** The versions of a story other than {@code self}, oldest first (undated last), as a hit lists them. */
    public static List<Version> others(List<Version> story, String self) {
      return story.stream()
          .filter(v -> !v.id().equals(self))
          .sorted(java.util.Comparator.comparing((Version v) -> v.date().isEmpty() ? "9999" : v.date())
              .thenComparing(Version::id))
          .limit(MAX_PER_STORY)
          .toList();
    }
  }

  /** A result with facets only (no trees, no histogram) and at most one query notice ({@link Notices}' key). */
  public SearchResult(long total, long tookMs, List<Hit> hits, Map<String, List<FacetValue>> facets, String noticeKey) {
    this(total, tookMs, hits, facets, Map.of(), Histogram.EMPTY,
        noticeKey.isEmpty() ? List.of() : List.of(Notice.query(noticeKey)), Notices.english(noticeKey));
  }

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
   * The date histogram. {@code unit} is {@code year}, {@code month} or {@code day}: a range of at
   * most three months shows days, at most two years months ({@code YYYY-MM}), otherwise years.
   * Bins cover the range without gaps (empty periods count 0).
   */
  public record Histogram(String unit, LocalDate from, LocalDate to, List<FacetValue> bins) {
    public static final Histogram EMPTY = new Histogram("year", null, null, List.of());

    public boolean isEmpty() {
      return bins.isEmpty();
    }
  }

  /**
   * Something the reader should know. {@code kind} is {@link #QUERY} (how the query was read),
   * {@link #PARTIAL}, or {@link #UNKNOWN_VALUE} (with {@code dim}, {@code value} and up to three
   * {@code suggestions}). {@code text} is always a readable English sentence; {@code key} is the
   * message key a page writes it out with in the reader's language ({@link Notices}), or "" for
   * an unknown value, which the page words from its own fields.
   */
  public record Notice(String kind, String dim, String value, List<String> suggestions, String text, String key) {
    public static final String QUERY = "query";
    public static final String UNKNOWN_VALUE = "unknown-value";
    /** Part of a distributed index did not answer: the results are incomplete. */
    public static final String PARTIAL = "partial";

    public static Notice partial() {
      return new Notice(PARTIAL, "", "", List.of(), Notices.english(Notices.PARTIAL), Notices.PARTIAL);
    }

    /** How the query was read: {@code key} is one of {@link Notices}' keys. */
    public static Notice query(String key) {
      return new Notice(QUERY, "", "", List.of(), Notices.english(key), key);
    }

    /** "no region called 'Atlantis'; did you mean Taiwan?" */
    public static Notice unknownValue(String dim, String value, List<String> suggestions) {
      String text = "no " + dim + " called '" + value + "'"
          + (suggestions.isEmpty() ? "" : "; did you mean " + String.join(", ", suggestions) + "?")
          + " (filter left out)";
      return new Notice(UNKNOWN_VALUE, dim, value, List.copyOf(suggestions), text, "");
    }
  }

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

    /** The document's date (start of day, UTC), or its first indexing time when that is later; "" when neither. */
    public static String updated(String date, Long indexedAt) {
      long dated = date.isEmpty() ? Long.MIN_VALUE
          : java.time.LocalDate.parse(date).atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli();
      long indexed = indexedAt == null ? Long.MIN_VALUE : indexedAt;
      long updated = Math.max(dated, indexed);
      return updated == Long.MIN_VALUE ? "" : java.time.Instant.ofEpochMilli(updated).toString();
    }

    /** The ids of the other versions of this story. */
    @com.fasterxml.jackson.annotation.JsonProperty("duplicates")
    public List<String> duplicates() {
      return versions.stream().map(Version::id).toList();
    }
  }
}
