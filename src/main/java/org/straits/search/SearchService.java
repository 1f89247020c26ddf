package org.straits.search;

import java.io.IOException;

/**
 * Answers search requests through the engine in use: query, facet filters with their operators,
 * drill-sideways counts, trees, the date histogram, sorting, snippets — one engine call each.
 */
public final class SearchService {
  private final SearchEngine engine;

  public SearchService(SearchEngine engine) {
    this.engine = engine;
  }

  public SearchResult search(SearchRequest request) throws IOException {
    return engine.search(request);
  }
}
