package org.straits.bench;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.straits.search.SearchRequest;
import org.straits.search.SearchService;

/** Straits in-process: the full {@link SearchService} path, with facets and highlighted snippets. */
public final class StraitsSystem implements SearchSystem {
  /** Facet values per dimension, as the web page asks for. */
  private static final int FACET_LIMIT = 10;

  private final SearchService service;

  public StraitsSystem(SearchService service) {
    this.service = service;
  }

  @Override
  public String name() {
    return "Straits";
  }

  @Override
  public long search(BenchQuery query) throws IOException {
    return service.search(request(query)).total();
  }

  static SearchRequest request(BenchQuery query) {
    Map<String, List<String>> filters =
        query.filtered() ? Map.of(query.filterDim(), List.of(query.filterValue())) : Map.of();
    return new SearchRequest(query.text(), filters, null, null, null, query.page(), BenchQuery.PAGE_SIZE,
        FACET_LIMIT);
  }
}
