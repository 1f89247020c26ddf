package org.straits.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;

/** Facet values as plain records: a dimension's top values, and trees of hierarchical ones. */
public final class FacetTrees {
  /** Limits from here up mean "every value" (the API's value lists), read whole and sorted here. */
  private static final int BOUNDED = 10_000;
  /** A level's order, on either engine: most frequent first, ties by name. */
  public static final Comparator<FacetNode> MOST_FREQUENT =
      Comparator.comparingLong((FacetNode n) -> -n.count()).thenComparing(FacetNode::value);

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
   * The top values, and after them each of {@code kept} (the request's selected values) that is not
   * among them, so a page listing the top few still shows what the reader selected; one that no
   * document of this search has (count 0) is left to its filter chip, as the other engine does.
   */
  static List<SearchResult.FacetValue> top(FacetCounts facets, String dim, int limit, List<String> kept)
      throws IOException {
    List<SearchResult.FacetValue> values = top(facets, dim, limit);
    if (kept.isEmpty()) {
      return values;
    }
    List<SearchResult.FacetValue> all = new ArrayList<>(values);
    for (String value : kept) {
      long count = values.stream().anyMatch(v -> v.value().equals(value)) ? -1 : facets.specific(dim, value);
      if (count > 0) {
        all.add(new SearchResult.FacetValue(value, count, List.of(value)));
      }
    }
    return List.copyOf(all);
  }

  /**
   * The values under {@code path}, most frequent first (ties by name), at most {@code limit} per
   * level, {@code depth} further levels below each.
   */
  static List<FacetNode> tree(FacetCounts facets, String dim, List<String> path, int depth, int limit)
      throws IOException {
    return tree(facets, dim, path, depth, limit, Set.of());
  }

  /**
   * The tree as above, with every path in {@code kept} in it whatever its rank or depth, and the
   * children of each kept path listed: {@code kept} holds the selected values' paths and their
   * ancestors, so the selected Kinmen shows under Taiwan, and its own parts below it.
   */
  static List<FacetNode> tree(FacetCounts facets, String dim, List<String> path, int depth, int limit,
      Set<List<String>> kept) throws IOException {
    List<LabelAndValue> sorted = new ArrayList<>(mostFrequent(facets, dim, path.toArray(String[]::new), limit));
    if (!kept.isEmpty()) {
      addKeptChildren(facets, dim, path, kept, sorted);
    }
    List<FacetNode> nodes = new ArrayList<>();
    for (LabelAndValue lv : sorted) {
      List<String> full = new ArrayList<>(path);
      full.add(lv.label);
      boolean expand = depth > 0 || kept.contains(full);
      List<FacetNode> below = expand ? tree(facets, dim, full, Math.max(0, depth - 1), limit, kept) : List.of();
      nodes.add(new FacetNode(lv.label, lv.value.longValue(), List.copyOf(full), below));
    }
    return List.copyOf(nodes);
  }

  /** The kept children not listed yet, after the listed ones, most frequent first (ties by name). */
  private static void addKeptChildren(FacetCounts facets, String dim, List<String> path, Set<List<String>> kept,
      List<LabelAndValue> listed) throws IOException {
    List<LabelAndValue> extra = new ArrayList<>();
    for (List<String> keep : kept) {
      if (keep.size() != path.size() + 1 || !keep.subList(0, path.size()).equals(path)) {
        continue;
      }
      String label = keep.get(path.size());
      if (listed.stream().anyMatch(lv -> lv.label.equals(label))) {
        continue;
      }
      long count = facets.specific(dim, keep.toArray(String[]::new));
      if (count > 0) {
        extra.add(new LabelAndValue(label, count));
      }
    }
    extra.sort(Comparator.comparingLong((LabelAndValue lv) -> -lv.value.longValue()).thenComparing(lv -> lv.label));
    listed.addAll(extra);
  }

  /** The paths of {@code dim}'s selected values and their ancestors: what a tree of that dimension keeps. */
  public static Set<List<String>> kept(SearchRequest request, String dim, EntityNames entities) {
    return withAncestors(request.filters().getOrDefault(dim, List.of()).stream()
        .map(entities::facetPath).filter(path -> path.length > 0).toList());
  }

  /** Each of {@code paths} and every ancestor of it: what {@link #tree} must keep. */
  static Set<List<String>> withAncestors(List<String[]> paths) {
    Set<List<String>> kept = new java.util.HashSet<>();
    for (String[] path : paths) {
      for (int n = 1; n <= path.length; n++) {
        kept.add(List.of(path).subList(0, n));
      }
    }
    return kept;
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
