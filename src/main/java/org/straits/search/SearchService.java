package org.straits.search;

import java.io.IOException;

/**
 * Answers search requests through the engine in use: query, facet filters with their operators,
 * drill-sideways counts, trees, the date histogram, sorting, snippets — one engine call each —
 * with values found by discovery marked unreviewed (or left out) the same way for every engine.
 */
public final class SearchService {
  private final SearchEngine engine;
  private final UnreviewedFacets unreviewed;

  public SearchService(SearchEngine engine, EntityNames entities) {
    this.engine = engine;
    this.unreviewed = new UnreviewedFacets(entities);
  }

  public SearchResult search(SearchRequest request) throws IOException {
    return unreviewed.apply(engine.search(UnreviewedFacets.widened(request)), request);
  }
}
