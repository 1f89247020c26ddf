package org.straits.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;

/** Facet values as plain records: a dimension's top values, and trees of hierarchical ones. */
final class FacetTrees {
  /** Limits from here up mean "every value" (the API's value lists), read whole and sorted here. */
  private static final int BOUNDED = 10_000;

  private FacetTrees() {}

  /** The {@code limit} most frequent values of {@code dim}'s top level. */
  static List<SearchResult.FacetValue> top(FacetCounts facets, String dim, int limit) throws IOException {
    FacetResult result = facets.top(limit, dim);
    if (result == null) {
      return List.of();
    }
    List<SearchResult.FacetValue> values = new ArrayList<>();
    for (LabelAndValue lv : result.labelValues) {
      values.add(new SearchResult.FacetValue(lv.label, lv.value.longValue(), List.of(lv.label)));
    }
    return List.copyOf(values);
  }

  /**
   * The values under {@code path}, most frequent first (ties by name), at most {@code limit} per
   * level, {@code depth} further levels below each.
   */
  static List<FacetNode> tree(FacetCounts facets, String dim, List<String> path, int depth, int limit)
      throws IOException {
    List<LabelAndValue> sorted = mostFrequent(facets, dim, path.toArray(String[]::new), limit);
    List<FacetNode> nodes = new ArrayList<>();
    for (LabelAndValue lv : sorted) {
      List<String> full = new ArrayList<>(path);
      full.add(lv.label);
      List<FacetNode> below = depth > 0 ? tree(facets, dim, full, depth - 1, limit) : List.of();
      nodes.add(new FacetNode(lv.label, lv.value.longValue(), List.copyOf(full), below));
    }
    return List.copyOf(nodes);
  }

  /**
   * At most {@code limit} children, most frequent first, ties by name. A bounded limit asks Lucene
   * for the top ones, which looks up the labels of those alone (a page's trees read thousands of
   * labels otherwise); its ties go by ordinal, which is the labels' order.
   */
  private static List<LabelAndValue> mostFrequent(FacetCounts facets, String dim, String[] path, int limit)
      throws IOException {
    if (limit < BOUNDED) {
      FacetResult top = facets.top(limit, dim, path);
      return top == null ? List.of() : List.of(top.labelValues);
    }
    FacetResult result = facets.all(dim, path);
    if (result == null) {
      return List.of();
    }
    List<LabelAndValue> sorted = new ArrayList<>(List.of(result.labelValues));
    sorted.sort(Comparator.comparingLong((LabelAndValue lv) -> -lv.value.longValue()).thenComparing(lv -> lv.label));
    return sorted.subList(0, Math.min(limit, sorted.size()));
  }

  /** Every child of a date path in time order: years, or the months of a year. */
  static List<SearchResult.FacetValue> timeline(FacetCounts facets, List<String> path) throws IOException {
    FacetResult result = facets.all(org.straits.index.FacetDims.DATE, path.toArray(String[]::new));
    if (result == null) {
      return List.of();
    }
    List<SearchResult.FacetValue> values = new ArrayList<>();
    for (LabelAndValue lv : result.labelValues) {
      List<String> full = new ArrayList<>(path);
      full.add(lv.label);
      values.add(new SearchResult.FacetValue(lv.label, lv.value.longValue(), List.copyOf(full)));
    }
    values.sort(Comparator.comparing(SearchResult.FacetValue::value));
    return values;
  }
}
