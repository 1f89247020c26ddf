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
import org.straits.schema.FacetDim;

/**
 * Facet values beyond a result page's top-N list: the children of a hierarchical path (Taiwan ▸
 * Kinmen, Matsu) and values matching typed text for a filter box. Counts are drill-sideways
 * counts for the same request (one engine call), so they agree with the result page.
 */
public final class FacetBrowser {
  /** Deeper than any gazetteer chain or the date hierarchy (year, month, day). */
  private static final int MAX_DEPTH = 8;

  private final SearchEngine engine;
  private final EntityNames entities;

  /** {@code entities}: the one resolver of the gazetteer in force, the suggester's. */
  public FacetBrowser(SearchEngine engine, EntityNames entities) {
    this.engine = engine;
    this.entities = entities;
  }

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
    FacetDim facet = checkDim(dim);
    String key = text == null ? "" : EntityNameIndex.key(text);
    if (key.isEmpty()) {
      return values(request, dim, path, "", limit).stream()
          .map(n -> new FoundValue(n.value(), n.count(), n.path(), null)).toList();
    }
    List<FacetNode> all = new ArrayList<>();
    flatten(engine.facetValues(request, dim, path, facet.hierarchical() ? MAX_DEPTH : 0), all);
    List<FoundValue> found = new ArrayList<>();
    if (facet.entity()) {
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
  }

  private List<Candidate> byEntityName(String dim, List<FacetNode> nodes, String text, String key) {
    Map<List<String>, FacetNode> byPath = new HashMap<>();
    nodes.forEach(n -> byPath.put(n.path(), n));
    EntityNameIndex index = entities.nameIndex();
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
    FacetDim facet = checkDim(dim);
    String needle = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
    int depth = needle.isEmpty() || !facet.hierarchical() ? 0 : MAX_DEPTH;
    List<FacetNode> found = new ArrayList<>();
    flatten(engine.facetValues(request, dim, path, depth), found);
    return found.stream()
        .filter(node -> node.value().toLowerCase(Locale.ROOT).contains(needle))
        .sorted(Comparator.comparingLong((FacetNode n) -> -n.count()).thenComparing(FacetNode::value))
        .limit(limit)
        .map(n -> new FacetNode(n.value(), n.count(), n.path(), List.of(), n.discovered()))
        .toList();
  }

  private static FacetDim checkDim(String dim) {
    return FacetDim.of(dim).orElseThrow(() -> new SearchException("unknownFacet",
        "unknown facet '" + dim + "': use one of " + String.join(", ", FacetDim.ids()),
        dim, String.join(", ", FacetDim.ids())));
  }

  private static void flatten(List<FacetNode> nodes, List<FacetNode> into) {
    for (FacetNode node : nodes) {
      into.add(node);
      flatten(node.children(), into);
    }
  }
}
