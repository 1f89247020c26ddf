package org.straits.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
import org.straits.index.FacetDims;

/**
 * Facet values beyond the service's top-N list: the children of a hierarchical path (Taiwan ▸
 * Kinmen, Matsu), values matching a typed prefix for a filter box, and whole trees for a sidebar.
 * Counts are drill-sideways counts for the same request, so they agree with the result page.
 */
public final class FacetBrowser {
  /** Deeper than any gazetteer chain or the date hierarchy (year, month, day). */
  private static final int MAX_DEPTH = 8;

  private final IndexView index;
  private final RequestQuery queries;
  private final EntityNameIndex.Current names;

  public FacetBrowser(IndexView index, Analyzer analyzer, EntityNames entities) {
    this.index = index;
    this.queries = new RequestQuery(new UserQueryParser(analyzer, entities), entities, index.facetsConfig());
    this.names = new EntityNameIndex.Current(entities::gazetteer);
  }

  /** A facet value and, for hierarchical dimensions, the values under it. */
  public record FacetNode(String value, long count, List<String> path, List<FacetNode> children) {}

  /**
   * A value found by typed text; {@code matched} is the entity name or alias the text matched
   * (Quemoy for "quem"), or null when the value's own label contained the text.
   */
  public record FoundValue(String value, long count, List<String> path, String matched) {}

  /** A value of the current request matched through one of its entity's names. */
  private record Candidate(FacetNode node, EntityNameIndex.Match match) {}

  private static final Comparator<Candidate> BEST_FIRST =
      EntityNameIndex.<Candidate>ranking(Candidate::match, c -> c.node().count())
          .thenComparing(c -> c.node().value());

  /**
   * Values of {@code dim} under {@code path} for typed {@code text}, best matches first, at most
   * {@code limit}, counted for {@code request}. Regions and actors are found by any of their
   * names in either script and by alias, through the search box's resolver and in its order
   * ("Kin": Kinmen County before United Kingdom). After them come values whose label merely
   * contains the text (Okinawa for "kin"), most frequent first: for the other facets, the only kind.
   */
  public List<FoundValue> find(SearchRequest request, String dim, List<String> path, String text, int limit)
      throws IOException {
    checkDim(dim);
    String key = text == null ? "" : EntityNameIndex.key(text);
    if (key.isEmpty()) {
      return values(request, dim, path, "", limit).stream()
          .map(n -> new FoundValue(n.value(), n.count(), n.path(), null)).toList();
    }
    boolean byName = FacetDims.isHierarchical(dim) && !dim.equals(FacetDims.DATE);
    int depth = FacetDims.isHierarchical(dim) ? MAX_DEPTH : 0;
    return withFacets(request, facets -> {
      List<FacetNode> all = new ArrayList<>();
      flatten(children(facets, dim, path, depth, Integer.MAX_VALUE), all);
      List<FoundValue> found = new ArrayList<>();
      if (byName) {
        byEntityName(dim, all, text, key).forEach(c -> found.add(
            new FoundValue(c.node().value(), c.node().count(), c.node().path(), c.match().entry().surface())));
      }
      Set<List<String>> listed = new HashSet<>();
      found.forEach(f -> listed.add(f.path()));
      String needle = text.strip().toLowerCase(Locale.ROOT);
      all.stream()
          .filter(n -> !listed.contains(n.path()) && n.value().toLowerCase(Locale.ROOT).contains(needle))
          .sorted(Comparator.comparingLong((FacetNode n) -> -n.count()).thenComparing(FacetNode::value))
          .forEach(n -> found.add(new FoundValue(n.value(), n.count(), n.path(), null)));
      return found.subList(0, Math.min(limit, found.size()));
    });
  }

  private List<Candidate> byEntityName(String dim, List<FacetNode> nodes, String text, String key) {
    Map<List<String>, FacetNode> byPath = new HashMap<>();
    nodes.forEach(n -> byPath.put(n.path(), n));
    EntityNameIndex index = names.get();
    List<Candidate> candidates = new ArrayList<>();
    index.prefixMatches(key, text).forEach((id, match) -> {
      if (!EntityDims.of(match.entry().entity()).equals(dim)) {
        return;
      }
      FacetNode node = byPath.get(index.gazetteer().path(id));
      if (node != null) {
        candidates.add(new Candidate(node, match));
      }
    });
    candidates.sort(BEST_FIRST);
    return candidates;
  }

  /**
   * Values of {@code dim} under {@code path} whose label contains {@code filter} (case-insensitive),
   * most frequent first, at most {@code limit}. A blank filter lists the direct children; a filter
   * on a hierarchical dimension searches every level below the path (Kinmen is found under Taiwan).
   */
  public List<FacetNode> values(SearchRequest request, String dim, List<String> path, String filter, int limit)
      throws IOException {
    checkDim(dim);
    String needle = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
    int depth = needle.isEmpty() || !FacetDims.isHierarchical(dim) ? 0 : MAX_DEPTH;
    return withFacets(request, facets -> {
      List<FacetNode> found = new ArrayList<>();
      flatten(children(facets, dim, path, depth, Integer.MAX_VALUE), found);
      return found.stream()
          .filter(node -> node.value().toLowerCase(Locale.ROOT).contains(needle))
          .sorted(Comparator.comparingLong((FacetNode n) -> -n.count()).thenComparing(FacetNode::value))
          .limit(limit)
          .map(n -> new FacetNode(n.value(), n.count(), n.path(), List.of()))
          .toList();
    });
  }

  private static void flatten(List<FacetNode> nodes, List<FacetNode> into) {
    for (FacetNode node : nodes) {
      into.add(node);
      flatten(node.children(), into);
    }
  }

  /** The tree of {@code dim} to {@code depth} levels, at most {@code limit} values per level. */
  public List<FacetNode> tree(SearchRequest request, String dim, int depth, int limit) throws IOException {
    checkDim(dim);
    return withFacets(request, facets -> children(facets, dim, List.of(), depth - 1, limit));
  }

  private static void checkDim(String dim) {
    if (!FacetDims.ALL.contains(dim)) {
      throw new SearchException("unknownFacet", "unknown facet '" + dim + "': use one of " + String.join(", ", FacetDims.ALL),
          dim, String.join(", ", FacetDims.ALL));
    }
  }

  private <T> List<T> withFacets(SearchRequest request, FacetWork<T> work) throws IOException {
    var base = queries.parse(request).query();
    return index.read((searcher, facetState) -> {
      if (facetState == null) {
        return List.of();
      }
      DrillSideways sideways = new DrillSideways(searcher, index.facetsConfig(), facetState);
      DrillSideways.DrillSidewaysResult result = sideways.search(queries.drillDown(base, request), 1);
      return work.apply(new FacetCounts(result.facets, facetState));
    });
  }

  private static List<FacetNode> children(FacetCounts facets, String dim, List<String> path, int depth, int limit)
      throws IOException {
    FacetResult result = facets.all(dim, path.toArray(String[]::new));
    if (result == null) {
      return List.of();
    }
    List<LabelAndValue> sorted = new ArrayList<>(List.of(result.labelValues));
    sorted.sort(Comparator.comparingLong((LabelAndValue lv) -> -lv.value.longValue()).thenComparing(lv -> lv.label));
    List<FacetNode> nodes = new ArrayList<>();
    for (LabelAndValue lv : sorted.subList(0, Math.min(limit, sorted.size()))) {
      List<String> full = new ArrayList<>(path);
      full.add(lv.label);
      List<FacetNode> below = depth > 0 ? children(facets, dim, full, depth - 1, limit) : List.of();
      nodes.add(new FacetNode(lv.label, lv.value.longValue(), List.copyOf(full), below));
    }
    return nodes;
  }

  @FunctionalInterface
  private interface FacetWork<T> {
    List<T> apply(FacetCounts facets) throws IOException;
  }
}
