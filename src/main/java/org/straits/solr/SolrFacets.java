package org.straits.solr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.common.util.NamedList;
import org.straits.schema.FacetDim;
import org.straits.search.FacetNode;
import org.straits.search.FacetTrees;
import org.straits.search.HistogramCounts;
import org.straits.search.SearchResult;

/**
 * Reads a JSON Facet API answer (depth-prefixed path terms with counts) into Straits' facet
 * values, trees and the date histogram.
 */
final class SolrFacets {
  /** dim → path term → count. */
  private final Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
  private final NamedList<?> facets;

  SolrFacets(NamedList<?> facets) {
    this.facets = facets;
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
    return children(dim, parent, depth, limit, Set.of());
  }

  /**
   * The children as above, with every path in {@code kept} (the selected values' paths and their
   * ancestors, {@link FacetTrees#kept}) whatever its rank, after the top ones and in the
   * embedded engine's order, and the children of a kept path listed whatever the depth.
   */
  private List<FacetNode> children(String dim, List<String> parent, int depth, int limit, Set<List<String>> kept) {
    String prefix = SolrFields.childPrefix(parent);
    List<FacetNode> nodes = new ArrayList<>();
    counts.getOrDefault(dim, Map.of()).forEach((term, count) -> {
      if (term.startsWith(prefix) && term.indexOf(SolrFields.SEPARATOR, prefix.length()) < 0) {
        List<String> path = SolrFields.path(term);
        boolean expand = depth > 0 || kept.contains(path);
        List<FacetNode> below = expand ? children(dim, path, Math.max(0, depth - 1), limit, kept) : List.of();
        nodes.add(new FacetNode(SolrFields.label(term), count, path, below));
      }
    });
    nodes.sort(FacetTrees.MOST_FREQUENT);
    if (nodes.size() <= limit) {
      return nodes;
    }
    List<FacetNode> listed = new ArrayList<>(nodes.subList(0, limit));
    nodes.subList(limit, nodes.size()).stream().filter(n -> kept.contains(n.path())).forEach(listed::add);
    return List.copyOf(listed);
  }

  /**
   * Every dimension's top values, and after them each {@code selected} value of a flat dimension
   * that is not among them (counted by {@link SolrRequests#selectedFacet}; one no document of the
   * search has is left to its chip), as the embedded engine lists them; the date's are the
   * histogram's bins, in time order.
   */
  Map<String, List<SearchResult.FacetValue>> values(int limit, SearchResult.Histogram histogram,
      Map<String, List<String>> selected) {
    Map<String, List<SearchResult.FacetValue>> values = new LinkedHashMap<>();
    if (limit == 0) {
      return values;
    }
    for (FacetDim dim : FacetDim.values()) {
      if (dim == FacetDim.DATE) {
        values.put(dim.id(), histogram.bins());
        continue;
      }
      List<SearchResult.FacetValue> top = new ArrayList<>(children(dim.id(), List.of(), 0, limit).stream()
          .map(n -> new SearchResult.FacetValue(n.value(), n.count(), n.path())).toList());
      if (!dim.hierarchical()) {
        addSelected(dim.id(), selected.getOrDefault(dim.id(), List.of()), top);
      }
      values.put(dim.id(), List.copyOf(top));
    }
    return values;
  }

  private void addSelected(String dim, List<String> selected, List<SearchResult.FacetValue> listed) {
    for (int i = 0; i < selected.size(); i++) {
      String value = selected.get(i);
      if (listed.stream().anyMatch(v -> v.value().equals(value))) {
        continue;
      }
      Object facet = facets == null ? null : facets.get(SolrRequests.selectedFacet(dim, i));
      long count = facet instanceof NamedList<?> f && f.get("count") instanceof Number n ? n.longValue() : 0;
      if (count > 0) {
        listed.add(new SearchResult.FacetValue(value, count, List.of(value)));
      }
    }
  }

  /** The region and actor trees, with {@code kept} (dimension → selected paths and ancestors) in them. */
  Map<String, List<FacetNode>> trees(int depth, int limit, Map<String, Set<List<String>>> kept) {
    Map<String, List<FacetNode>> trees = new LinkedHashMap<>();
    if (depth == 0) {
      return trees;
    }
    for (FacetDim dim : List.of(FacetDim.REGION, FacetDim.ACTOR)) {
      trees.put(dim.id(), children(dim.id(), List.of(), depth - 1, limit, kept.getOrDefault(dim.id(), Set.of())));
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
