package org.straits.search;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.straits.schema.FacetDim;

/**
 * One search, everything an engine needs to answer it in one call: the query text, facet filters
 * with their operators, an optional date range, order, page, and how many facet values and tree
 * levels to count. Values of one dimension are OR-ed unless the dimension is in {@code allOf};
 * dimensions are AND-ed; {@code excluded} values are taken out whatever else matches.
 *
 * @param query user query text; blank browses everything
 * @param filters facet dimension → selected values; a region or actor value is an entity id, any
 *     of its names in either script, or a '/'-separated facet path
 * @param excluded facet dimension → values no hit may have ({@code not_region=Taiwan})
 * @param allOf dimensions whose selected values are all required ({@code region_op=and})
 * @param from first day included, or null
 * @param to last day included, or null
 * @param page 1-based page number
 * @param size hits per page
 * @param facetLimit values per facet dimension (and per level of a tree); 0 counts no facets
 * @param treeDepth levels of the region and actor trees in the response; 0 for none
 * @param exactEntities region and actor filters match only documents that name the entity
 *     itself; by default they include its parts (Taiwan includes Kinmen), like the facet counts
 * @param reviewedOnly the region and actor facets leave out values found by discovery that no
 *     one has reviewed yet
 * @param allVersions every version of a reposted story is a hit of its own; by default a group
 *     of near-duplicates shows as its representative, the others listed with it
 */
public record SearchRequest(
    String query,
    Map<String, List<String>> filters,
    Map<String, List<String>> excluded,
    Set<String> allOf,
    LocalDate from,
    LocalDate to,
    SortOrder sort,
    int page,
    int size,
    int facetLimit,
    int treeDepth,
    boolean exactEntities,
    boolean reviewedOnly,
    boolean allVersions) {
  public static final int MAX_SIZE = 100;
  public static final int MAX_WINDOW = 10_000;
  public static final int MAX_QUERY_LENGTH = 1_000;
  public static final int MAX_TREE_DEPTH = 8;

  public SearchRequest {
    query = query == null ? "" : query.strip();
    filters = copyFilters(filters);
    excluded = copyFilters(excluded);
    allOf = copyDims(allOf);
    sort = sort == null ? (query.isEmpty() ? SortOrder.NEWEST : SortOrder.RELEVANCE) : sort;
    validate(query, from, to, page, size, facetLimit);
    if (treeDepth < 0 || treeDepth > MAX_TREE_DEPTH) {
      throw new SearchException("tree depth must be between 0 and " + MAX_TREE_DEPTH + ", not " + treeDepth);
    }
  }

  /** A request that collapses near-duplicate versions. */
  public SearchRequest(String query, Map<String, List<String>> filters, Map<String, List<String>> excluded,
      Set<String> allOf, LocalDate from, LocalDate to, SortOrder sort, int page, int size, int facetLimit,
      int treeDepth, boolean exactEntities, boolean reviewedOnly) {
    this(query, filters, excluded, allOf, from, to, sort, page, size, facetLimit, treeDepth, exactEntities,
        reviewedOnly, false);
  }

  /** A request that shows unreviewed (discovered) facet values. */
  public SearchRequest(String query, Map<String, List<String>> filters, Map<String, List<String>> excluded,
      Set<String> allOf, LocalDate from, LocalDate to, SortOrder sort, int page, int size, int facetLimit,
      int treeDepth, boolean exactEntities) {
    this(query, filters, excluded, allOf, from, to, sort, page, size, facetLimit, treeDepth, exactEntities, false);
  }

  /** A request with OR-ed filters only and no trees, collapsing reposts unless {@code allVersions}. */
  public SearchRequest(String query, Map<String, List<String>> filters, LocalDate from, LocalDate to,
      SortOrder sort, int page, int size, int facetLimit, boolean exactEntities, boolean allVersions) {
    this(query, filters, Map.of(), Set.of(), from, to, sort, page, size, facetLimit, 0, exactEntities, false,
        allVersions);
  }

  /** A request with OR-ed filters only and no trees. */
  public SearchRequest(String query, Map<String, List<String>> filters, LocalDate from, LocalDate to,
      SortOrder sort, int page, int size, int facetLimit, boolean exactEntities) {
    this(query, filters, from, to, sort, page, size, facetLimit, exactEntities, false);
  }

  /** The same search for another query text (a batch term), page and size. */
  public SearchRequest withQuery(String otherQuery, SortOrder otherSort, int otherSize, int otherFacetLimit) {
    return new SearchRequest(otherQuery, filters, excluded, allOf, from, to, otherSort, 1, otherSize,
        otherFacetLimit, treeDepth, exactEntities, reviewedOnly, allVersions);
  }

  /** The same search showing every version ({@code true}) or collapsing reposts. */
  public SearchRequest withAllVersions(boolean every) {
    return new SearchRequest(query, filters, excluded, allOf, from, to, sort, page, size, facetLimit,
        treeDepth, exactEntities, reviewedOnly, every);
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

  /** True when the selected values of {@code dim} are AND-ed. */
  public boolean requiresAll(String dim) {
    return allOf.contains(dim);
  }

  /** The same request with other filters (used when unknown values are left out). */
  public SearchRequest withFilters(Map<String, List<String>> newFilters, Map<String, List<String>> newExcluded) {
    return new SearchRequest(query, newFilters, newExcluded, allOf, from, to, sort, page, size, facetLimit,
        treeDepth, exactEntities, reviewedOnly, allVersions);
  }

  /** The same request counting facets differently (an export counts none). */
  public SearchRequest withFacets(int newFacetLimit, int newTreeDepth) {
    return new SearchRequest(query, filters, excluded, allOf, from, to, sort, page, size, newFacetLimit,
        newTreeDepth, exactEntities, reviewedOnly, allVersions);
  }

  private static Map<String, List<String>> copyFilters(Map<String, List<String>> filters) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    if (filters == null) {
      return copy;
    }
    filters.forEach((dim, values) -> {
      checkFilterDim(dim);
      List<String> kept = values.stream().map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
      if (!kept.isEmpty()) {
        copy.put(dim, kept);
      }
    });
    return java.util.Collections.unmodifiableMap(copy);
  }

  private static Set<String> copyDims(Set<String> dims) {
    Set<String> copy = new LinkedHashSet<>();
    if (dims != null) {
      dims.forEach(dim -> {
        checkFilterDim(dim);
        copy.add(dim);
      });
    }
    return java.util.Collections.unmodifiableSet(copy);
  }

  private static void checkFilterDim(String dim) {
    if (FacetDim.of(dim).filter(FacetDim::filter).isEmpty()) {
      throw new SearchException("unknown filter '" + dim + "': use " + String.join(", ", FacetDim.filterIds()));
    }
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
