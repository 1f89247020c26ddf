package org.straits.search;

import java.io.IOException;
import java.util.List;

/**
 * Any engine, with the region and actor values found by discovery marked unreviewed (or left
 * out when the request asks for reviewed values only). Wrapping the engine, not each caller,
 * lets the page, the API, the CLI and the facet box see discovered values the same way on every
 * engine.
 */
public final class ReviewAwareEngine extends ForwardingEngine {
  private final UnreviewedFacets unreviewed;

  public ReviewAwareEngine(SearchEngine engine, EntityNames entities) {
    super(engine);
    this.unreviewed = new UnreviewedFacets(entities);
  }

  @Override
  public SearchResult search(SearchRequest request) throws IOException {
    return unreviewed.apply(engine.search(UnreviewedFacets.widened(request)), request);
  }

  @Override
  public List<FacetNode> facetValues(SearchRequest request, String dim, List<String> path, int depth) throws IOException {
    return unreviewed.nodes(dim, engine.facetValues(request, dim, path, depth), request.reviewedOnly(), Integer.MAX_VALUE);
  }
}
