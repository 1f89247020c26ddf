package org.straits.search;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * An engine whose CPU-bound calls — a result page, a facet's values, a marked document, related
 * documents — run within the process's {@link SearchSlots}. Exports (bounded by the reader's
 * connection, not the CPU) and type-ahead suggestions (a term-dictionary walk) go straight through.
 */
public final class AdmittedEngine extends ForwardingEngine {
  private final SearchSlots slots;

  public AdmittedEngine(SearchEngine engine, SearchSlots slots) {
    super(engine);
    this.slots = slots;
  }

  @Override
  public SearchResult search(SearchRequest request) throws IOException {
    return slots.admit(() -> engine.search(request));
  }

  @Override
  public List<FacetNode> facetValues(SearchRequest request, String dim, List<String> path, int depth) throws IOException {
    return slots.admit(() -> engine.facetValues(request, dim, path, depth));
  }

  @Override
  public Optional<DocumentLookup.DocumentView> document(String id, String query) throws IOException {
    return slots.admit(() -> engine.document(id, query));
  }

  @Override
  public List<RelatedDocuments.Related> related(String id, int limit) throws IOException {
    return slots.admit(() -> engine.related(id, limit));
  }
}
