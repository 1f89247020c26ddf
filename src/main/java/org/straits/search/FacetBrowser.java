package org.straits.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.straits.schema.FacetDim;

/**
 * Facet values beyond a result page's top-N list: the children of a hierarchical path (Taiwan ▸
 * Kinmen, Matsu) and values matching typed text for a filter box. Counts are drill-sideways
 * counts for the same request, so they agree with the result page.
 */
public final class FacetBrowser {
  /** Deeper than any gazetteer chain or the date hierarchy (year, month, day). */
  private static final int MAX_DEPTH = 8;

  private final SearchEngine engine;

  public FacetBrowser(SearchEngine engine) {
    this.engine = engine;
  }

  /**
   * Values of {@code dim} under {@code path} whose label contains {@code filter} (case-insensitive),
   * most frequent first, at most {@code limit}. A blank filter lists the direct children; a filter
   * on a hierarchical dimension searches every level below the path (Kinmen is found under Taiwan).
   */
  public List<FacetNode> values(SearchRequest request, String dim, List<String> path, String filter, int limit)
      throws IOException {
    if (FacetDim.of(dim).isEmpty()) {
      throw new SearchException("unknown facet '" + dim + "': use one of " + String.join(", ", FacetDim.ids()));
    }
    String needle = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
    int depth = needle.isEmpty() || !FacetDim.of(dim).get().hierarchical() ? 0 : MAX_DEPTH;
    List<FacetNode> found = new ArrayList<>();
    flatten(engine.facetValues(request, dim, path, depth), found);
    return found.stream()
        .filter(node -> node.value().toLowerCase(Locale.ROOT).contains(needle))
        .sorted(Comparator.comparingLong((FacetNode n) -> -n.count()).thenComparing(FacetNode::value))
        .limit(limit)
        .map(n -> new FacetNode(n.value(), n.count(), n.path(), List.of()))
        .toList();
  }

  private static void flatten(List<FacetNode> nodes, List<FacetNode> into) {
    for (FacetNode node : nodes) {
      into.add(node);
      flatten(node.children(), into);
    }
  }
}
