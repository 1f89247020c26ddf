package org.straits.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Any engine, with the region and actor values found by discovery marked unreviewed (or left
 * out when the request asks for reviewed values only). Wrapping the engine, not each caller,
 * lets the page, the API, the CLI and the facet box see discovered values the same way on every
 * engine.
 */
public final class ReviewAwareEngine implements SearchEngine {
  private final SearchEngine engine;
  private final UnreviewedFacets unreviewed;

  public ReviewAwareEngine(SearchEngine engine, EntityNames entities) {
    this.engine = engine;
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

  @Override
  public long export(SearchRequest request, ResultStream.RowSink sink) throws IOException {
    return engine.export(request, sink);
  }

  @Override
  public Optional<DocumentLookup.DocumentView> document(String id, String query) throws IOException {
    return engine.document(id, query);
  }

  @Override
  public List<RelatedDocuments.Related> related(String id, int limit) throws IOException {
    return engine.related(id, limit);
  }

  @Override
  public List<Suggester.TitleSuggestion> titles(String typed, int limit) throws IOException {
    return engine.titles(typed, limit);
  }

  @Override
  public Map<String, Integer> entityDocumentCounts() throws IOException {
    return engine.entityDocumentCounts();
  }

  @Override
  public EntityProfile.Mentions mentions(String entityId, int newest) throws IOException {
    return engine.mentions(entityId, newest);
  }

  @Override
  public List<DocumentPicker.Pick> pick(String text, int limit) throws IOException {
    return engine.pick(text, limit);
  }

  @Override
  public List<Map.Entry<String, Integer>> discoveredKeys() throws IOException {
    return engine.discoveredKeys();
  }

  @Override
  public DiscoveredCandidates.Holders discoveredIn(String key, int limit) throws IOException {
    return engine.discoveredIn(key, limit);
  }

  @Override
  public IndexStatistics statistics() throws IOException {
    return engine.statistics();
  }

  @Override
  public boolean refresh() throws IOException {
    return engine.refresh();
  }

  @Override
  public void close() throws IOException {
    engine.close();
  }
}
