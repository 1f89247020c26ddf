package org.straits.solr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.common.util.NamedList;
import org.straits.schema.FacetDim;
import org.straits.search.FacetNode;
import org.straits.search.HistogramCounts;
import org.straits.search.SearchResult;

/**
 * Reads a JSON Facet API answer (depth-prefixed path terms with counts) into Straits' facet
 * values, trees and the date histogram.
 */
final class SolrFacets {
  /** dim → path term → count. */
  private final Map<String, Map<String, Long>> counts = new LinkedHashMap<>();

  SolrFacets(NamedList<?> facets) {
    for (FacetDim dim : FacetDim.values()) {
      Map<String, Long> terms = new LinkedHashMap<>();
      Object facet = facets == null ? null : facets.get(dim.id());
      if (facet instanceof NamedList<?> list && list.get("buckets") instanceof List<?> buckets) {
        for (Object bucket : buckets) {
          NamedList<?> b = (NamedList<?>) bucket;
          terms.put(String.valueOf(b.get("val")), ((Number) b.get("count")).longValue());
        }
      }
      counts.put(dim.id(), terms);
    }
  }

  /** The children of {@code parent} in {@code dim}, most frequent first, then by value. */
  List<FacetNode> children(String dim, List<String> parent, int depth, int limit) {
    String prefix = SolrFields.childPrefix(parent);
    List<FacetNode> nodes = new ArrayList<>();
    counts.getOrDefault(dim, Map.of()).forEach((term, count) -> {
      if (term.startsWith(prefix) && term.indexOf(SolrFields.SEPARATOR, prefix.length()) < 0) {
        List<String> path = SolrFields.path(term);
        List<FacetNode> below = depth > 0 ? children(dim, path, depth - 1, limit) : List.of();
        nodes.add(new FacetNode(SolrFields.label(term), count, path, below));
      }
    });
    nodes.sort(Comparator.comparingLong((FacetNode n) -> -n.count()).thenComparing(FacetNode::value));
    return nodes.size() > limit ? List.copyOf(nodes.subList(0, limit)) : nodes;
  }

  /** Every dimension's top values; the date's are the histogram's bins, in time order. */
  Map<String, List<SearchResult.FacetValue>> values(int limit, SearchResult.Histogram histogram) {
    Map<String, List<SearchResult.FacetValue>> values = new LinkedHashMap<>();
    if (limit == 0) {
      return values;
    }
    for (FacetDim dim : FacetDim.values()) {
      if (dim == FacetDim.DATE) {
        values.put(dim.id(), histogram.bins());
        continue;
      }
      values.put(dim.id(), children(dim.id(), List.of(), 0, limit).stream()
          .map(n -> new SearchResult.FacetValue(n.value(), n.count(), n.path())).toList());
    }
    return values;
  }

  Map<String, List<FacetNode>> trees(int depth, int limit) {
    Map<String, List<FacetNode>> trees = new LinkedHashMap<>();
    if (depth == 0) {
      return trees;
    }
    for (FacetDim dim : List.of(FacetDim.REGION, FacetDim.ACTOR)) {
      trees.put(dim.id(), children(dim.id(), List.of(), depth - 1, limit));
    }
    return trees;
  }

  /** The date histogram, by the embedded engine's rules, from the date path counts. */
  SearchResult.Histogram histogram(LocalDate from, LocalDate to) {
    try {
      return new HistogramCounts(path -> {
        Map<String, Long> children = new LinkedHashMap<>();
        children(FacetDim.DATE.id(), path, 0, Integer.MAX_VALUE).forEach(n -> children.put(n.value(), n.count()));
        return children;
      }).histogram(from, to);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("counted in memory", e);
    }
  }

  Map<String, Long> terms(String dim) {
    return counts.getOrDefault(dim, Map.of());
  }
}
