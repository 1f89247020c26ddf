package org.straits.web;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.straits.schema.FacetDim;
import org.straits.search.SearchRequest;
import org.straits.search.SearchResult;

/**
 * {@code /facets/{dim}?<the search's parameters>}: every value the page would list for that facet
 * with {@code more=dim}, as the HTML list alone. The sidebar's "Show more" fetches it and puts it
 * in place of the top few without reloading the page; the same template renders both, so the
 * values, counts, links and labels are the page's own.
 */
final class FacetValuesFragment implements HttpHandler {
  static final String PREFIX = "/facets/";

  private final Site site;

  FacetValuesFragment(Site site) {
    this.site = site;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    String dim = exchange.getRequestURI().substring(PREFIX.length());
    FacetDim facet = FacetDim.of(dim).filter(d -> RequestParams.FILTERS.contains(d.id()))
        .orElseThrow(() -> new WebException(404, "noFacet", "There is no facet '" + ApiHandlers.shorten(dim) + "'; facets are "
            + String.join(", ", RequestParams.FILTERS) + ".", ApiHandlers.shorten(dim), String.join(", ", RequestParams.FILTERS)));
    RequestParams params = RequestParams.of(exchange.getQueryParameters(), RequestParams.SEARCH);
    // One hit is the least a search lists; only the counts are used.
    SearchRequest asked = SearchPage.request(params, new LinkedHashMap<>(), SearchPage.FACET_LIMIT, SearchPage.TREE_DEPTH);
    SearchRequest request = asked.withQuery(asked.query(), asked.sort(), 1, SearchPage.FACET_LIMIT);
    SearchResult result = site.engine.search(request);
    EntityLabels labels = site.labels(exchange, request.query());
    SearchModel model = new SearchModel(request, params, SearchPage.links(params), site.entities, labels);
    List<SearchModel.Item> items = facet.hierarchical()
        ? model.treeItems(dim, result.trees().getOrDefault(dim, List.of()))
        : model.flatItems(dim, result.facets().getOrDefault(dim, List.of()));
    Map<String, Object> vars = new HashMap<>();
    vars.put("labels", labels);
    vars.put("q", request.query());
    // The values as data too: what the templates listed them from (SearchPageSameTest compares).
    vars.put("items", items);
    vars.put("itemsHtml", new FacetItemsHtml(site.views, UiLanguage.of(exchange)).of(items));
    site.page(exchange, 200, "facet-values", vars);
  }
}
