package org.straits.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Marks region and actor values found by discovery (names no one curated) as unreviewed, and
 * leaves them out when the reader asked for reviewed values only. Applied above the engine, to
 * what any engine counted, so both engines show discovered values alike.
 */
final class UnreviewedFacets {
  /** How many more values to count when some may be left out, so a facet still fills its list. */
  static final int HEADROOM = 4;

  private final EntityNames entities;

  UnreviewedFacets(EntityNames entities) {
    this.entities = entities;
  }

  /** The request to send to the engine: more values per facet when unreviewed ones are left out. */
  static SearchRequest widened(SearchRequest request) {
    return request.reviewedOnly() && request.facetLimit() > 0
        ? request.withFacets(Math.min(1000, request.facetLimit() * HEADROOM), request.treeDepth()) : request;
  }

  SearchResult apply(SearchResult result, SearchRequest request) {
    Map<String, List<SearchResult.FacetValue>> facets = new LinkedHashMap<>();
    // Only region and actor values can be discovered; the date histogram's bins pass as counted,
    // the other dimensions are cut back to the limit asked for (the engine may have counted more).
    result.facets().forEach((dim, values) -> {
      org.straits.schema.FacetDim facet = org.straits.schema.FacetDim.of(dim).orElse(null);
      if (facet != null && facet.entity()) {
        facets.put(dim, values(dim, values, request));
      } else if (facet == org.straits.schema.FacetDim.DATE) {
        facets.put(dim, values);
      } else {
        facets.put(dim, cut(values, request.facetLimit(), request.filters().getOrDefault(dim, List.of())));
      }
    });
    Map<String, List<FacetNode>> trees = new LinkedHashMap<>();
    result.trees().forEach((dim, nodes) -> trees.put(dim, nodes(dim, nodes, request.reviewedOnly(), Integer.MAX_VALUE)));
    return new SearchResult(result.total(), result.tookMs(), result.hits(), facets, trees, result.histogram(),
        result.notices(), result.notice(), result.hidden());
  }

  /** The first {@code limit} values, and after them the selected ones the engine listed beyond it. */
  private static List<SearchResult.FacetValue> cut(List<SearchResult.FacetValue> values, int limit, List<String> selected) {
    List<SearchResult.FacetValue> kept = new ArrayList<>(values.subList(0, Math.min(values.size(), limit)));
    values.subList(kept.size(), values.size()).stream().filter(v -> selected.contains(v.value())).forEach(kept::add);
    return kept;
  }

  private List<SearchResult.FacetValue> values(String dim, List<SearchResult.FacetValue> values, SearchRequest request) {
    List<SearchResult.FacetValue> kept = new ArrayList<>();
    for (SearchResult.FacetValue v : values) {
      boolean discovered = entities.isDiscovered(dim, v.path());
      if (!(discovered && request.reviewedOnly()) && kept.size() < request.facetLimit()) {
        kept.add(new SearchResult.FacetValue(v.value(), v.count(), v.path(), discovered));
      }
    }
    return kept;
  }

  /** Facet nodes flagged, unreviewed ones left out when asked; at most {@code limit} per level. */
  List<FacetNode> nodes(String dim, List<FacetNode> nodes, boolean reviewedOnly, int limit) {
    List<FacetNode> kept = new ArrayList<>();
    for (FacetNode node : nodes) {
      boolean discovered = entities.isDiscovered(dim, node.path());
      if ((discovered && reviewedOnly) || kept.size() == limit) {
        continue;
      }
      kept.add(new FacetNode(node.value(), node.count(), node.path(),
          nodes(dim, node.children(), reviewedOnly, limit), discovered));
    }
    return kept;
  }
}
