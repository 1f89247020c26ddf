package org.straits.web;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.straits.index.FacetDims;
import org.straits.search.FacetBrowser;
import org.straits.search.SearchRequest;
import org.straits.search.SearchResult;

/** {@code /} and {@code /search}: the query box, results, facet sidebar, date histogram, pager. */
final class SearchPage implements HttpHandler {
  /** Values fetched per facet: the first few are listed, the rest behind "more". */
  static final int FACET_LIMIT = 40;
  private static final int TREE_DEPTH = 3;

  private final Site site;

  SearchPage(Site site) {
    this.site = site;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    RequestParams params = RequestParams.of(exchange.getQueryParameters(), RequestParams.SEARCH);
    SearchRequest request = params.searchRequest(FACET_LIMIT);
    SearchResult result = site.search.search(request);
    SearchLinks links = new SearchLinks(WebServer.SEARCH_PATH, params.asMap());
    EntityLabels labels = site.labels(exchange, request.query());
    SearchModel model = new SearchModel(request, params, links, site.entities, labels);
    Map<String, Object> vars = new HashMap<>();
    vars.put("labels", labels);
    vars.put("q", request.query());
    vars.put("request", request);
    vars.put("result", result);
    vars.put("hits", model.hits(result));
    vars.put("panels", panels(request, result, model));
    vars.put("chips", model.chips());
    vars.put("scope", model.scope());
    vars.put("entityFilter", site.suggester.exactEntity(request.query()).map(model::entityFilter).orElse(null));
    vars.put("sorts", model.sorts());
    vars.put("pager", model.pager(result.listed()));
    vars.put("versionsHref", links.with(RequestParams.DUPS, request.allVersions() ? "" : "show"));
    vars.put("histogram", DateHistogram.of(dates(request, result), request, links));
    vars.put("fromText", params.first(RequestParams.FROM));
    vars.put("toText", params.first(RequestParams.TO));
    vars.put("hidden", links.hiddenExcept(List.of(RequestParams.QUERY)));
    vars.put("dateHidden", links.hiddenExcept(List.of(RequestParams.FROM, RequestParams.TO)));
    vars.put("csvHref", links.on(ExportHandler.CSV_PATH).current());
    vars.put("jsonHref", links.on(ExportHandler.JSON_PATH).current());
    vars.put("csvAllHref", links.on(ExportHandler.CSV_PATH).with(RequestParams.DUPS, "show"));
    vars.put("feedHref", links.on(FeedHandler.PATH).page(1));
    vars.put("feedTitle", FeedHandler.title(request));
    vars.put("xlsxHref", links.on(ExportHandler.XLSX_PATH).current());
    site.page(exchange, 200, "search", vars);
  }

  private List<SearchModel.Panel> panels(SearchRequest request, SearchResult result, SearchModel model)
      throws java.io.IOException {
    List<SearchModel.Panel> panels = new ArrayList<>();
    for (String dim : RequestParams.FILTERS) {
      if (FacetDims.isHierarchical(dim)) {
        panels.add(model.treePanel(dim, site.facets.tree(request, dim, TREE_DEPTH, FACET_LIMIT)));
      } else {
        panels.add(model.flatPanel(dim, result.facets().getOrDefault(dim, List.of())));
      }
    }
    return panels;
  }

  /** Years; when every dated hit falls in one year, that year's months instead. */
  private List<SearchResult.FacetValue> dates(SearchRequest request, SearchResult result) throws java.io.IOException {
    List<SearchResult.FacetValue> years = result.facets().getOrDefault(FacetDims.DATE, List.of());
    if (years.size() != 1) {
      return years;
    }
    List<FacetBrowser.FacetNode> months = site.facets.values(request, FacetDims.DATE, years.get(0).path(), "", 12);
    return months.stream()
        .map(m -> new SearchResult.FacetValue(m.value(), m.count(), m.path()))
        .sorted(java.util.Comparator.comparing(SearchResult.FacetValue::value))
        .toList();
  }
}
