package org.straits.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An engine that hands every call to another one: the base of the wrappers that change a few
 * calls (discovered values marked, searches admitted a core at a time) and pass the rest on.
 */
public abstract class ForwardingEngine implements SearchEngine {
  protected final SearchEngine engine;

  protected ForwardingEngine(SearchEngine engine) {
    this.engine = engine;
  }

  @Override
  public SearchResult search(SearchRequest request) throws IOException {
    return engine.search(request);
  }

  @Override
  public List<FacetNode> facetValues(SearchRequest request, String dim, List<String> path, int depth) throws IOException {
    return engine.facetValues(request, dim, path, depth);
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
