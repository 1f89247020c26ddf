package org.straits.search;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.straits.index.FacetDims;

/**
 * One search: the query text, facet filters (values of one dimension OR-ed, dimensions AND-ed),
 * an optional date range, order and page.
 *
 * @param query user query text; blank browses everything
 * @param filters facet dimension → selected values; a region or actor value is an entity id,
 *     its canonical name, or a '/'-separated facet path
 * @param from first day included, or null
 * @param to last day included, or null
 * @param page 1-based page number
 * @param size hits per page
 * @param facetLimit values per facet dimension
 * @param exactEntities region and actor filters match only documents that name the entity
 *     itself; by default they include its parts (Taiwan includes Kinmen), like the facet counts
 * @param allVersions every version of a reposted story is a hit of its own; by default a group
 *     of near-duplicates shows as its representative, the others listed with it
 */
public record SearchRequest(
    String query,
    Map<String, List<String>> filters,
    LocalDate from,
    LocalDate to,
    SortOrder sort,
    int page,
    int size,
    int facetLimit,
    boolean exactEntities,
    boolean allVersions) {
  public static final int MAX_SIZE = 100;
  public static final int MAX_WINDOW = 10_000;
  public static final int MAX_QUERY_LENGTH = 1_000;

  public SearchRequest {
    query = query == null ? "" : query.strip();
    filters = copyFilters(filters);
    sort = sort == null ? (query.isEmpty() ? SortOrder.NEWEST : SortOrder.RELEVANCE) : sort;
    validate(query, from, to, page, size, facetLimit);
  }

  /** A request that collapses near-duplicate versions. */
  public SearchRequest(String query, Map<String, List<String>> filters, LocalDate from, LocalDate to,
      SortOrder sort, int page, int size, int facetLimit, boolean exactEntities) {
    this(query, filters, from, to, sort, page, size, facetLimit, exactEntities, false);
  }

  /** The same search for another query text (a batch term), page and size. */
  public SearchRequest withQuery(String otherQuery, SortOrder otherSort, int otherSize, int otherFacetLimit) {
    return new SearchRequest(otherQuery, filters, from, to, otherSort, 1, otherSize, otherFacetLimit,
        exactEntities, allVersions);
  }

  /** A request whose region and actor filters include the entities' parts. */
  public SearchRequest(String query, Map<String, List<String>> filters, LocalDate from, LocalDate to,
      SortOrder sort, int page, int size, int facetLimit) {
    this(query, filters, from, to, sort, page, size, facetLimit, false);
  }

  public static SearchRequest of(String query) {
    return new SearchRequest(query, Map.of(), null, null, null, 1, 10, 10);
  }

  public int offset() {
    return (page - 1) * size;
  }

  private static Map<String, List<String>> copyFilters(Map<String, List<String>> filters) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    if (filters == null) {
      return copy;
    }
    filters.forEach((dim, values) -> {
      if (!FacetDims.ALL.contains(dim) || dim.equals(FacetDims.DATE)) {
        throw new SearchException("unknown filter '" + dim + "': use region, actor, author, lang or source");
      }
      List<String> kept = values.stream().map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
      if (!kept.isEmpty()) {
        copy.put(dim, kept);
      }
    });
    return java.util.Collections.unmodifiableMap(copy);
  }

  private static void validate(String query, LocalDate from, LocalDate to, int page, int size, int facetLimit) {
    if (query.length() > MAX_QUERY_LENGTH) {
      throw new SearchException("queryTooLong", "the query is " + query.length() + " characters long; at most "
          + MAX_QUERY_LENGTH + " are accepted", query.length(), MAX_QUERY_LENGTH);
    }
    if (page < 1) {
      throw new SearchException("page", "page must be 1 or more, not " + page, page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new SearchException("size", "size must be between 1 and " + MAX_SIZE + ", not " + size, MAX_SIZE, size);
    }
    if ((long) page * size > MAX_WINDOW) {
      throw new SearchException("window", "only the first " + MAX_WINDOW
          + " results can be paged through; narrow the search or use export", MAX_WINDOW);
    }
    if (facetLimit < 0 || facetLimit > 1000) {
      throw new SearchException("facet limit must be between 0 and 1000, not " + facetLimit);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new SearchException("emptyRange", "the date range is empty: from " + from + " is after to " + to,
          from.toString(), to.toString());
    }
  }
}
