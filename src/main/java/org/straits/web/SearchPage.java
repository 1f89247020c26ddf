package org.straits.web;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.straits.schema.FacetDim;
import org.straits.search.SearchRequest;
import org.straits.search.SearchResult;

/**
 * {@code /} and {@code /search}: the query box, results, facet sidebar, date histogram, pager,
 * all rendered from the one response of one engine call.
 */
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
    // A bad date is named beside its field; the search runs without it, so nothing else is lost.
    Map<String, String> dateErrors = new LinkedHashMap<>();
    LocalDate from = params.dateOrNull(RequestParams.FROM, true, dateErrors);
    LocalDate to = params.dateOrNull(RequestParams.TO, false, dateErrors);
    if (from != null && to != null && from.isAfter(to)) {
      dateErrors.put(RequestParams.TO, "range");
      to = null;
    }
    SearchRequest request = params.searchRequest(FACET_LIMIT, TREE_DEPTH, from, to);
    SearchResult result = site.engine.search(request);
    SearchLinks links = new SearchLinks(WebServer.SEARCH_PATH, params.asMap());
    EntityLabels labels = site.labels(exchange, request.query());
    SearchModel model = new SearchModel(request, params, links, site.entities, labels);
    Map<String, Object> vars = new HashMap<>();
    vars.put("labels", labels);
    vars.put("q", request.query());
    vars.put("request", request);
    vars.put("result", result);
    vars.put("hits", model.hits(result));
    vars.put("panels", panels(result, model));
    List<SearchModel.Chip> chips = model.chips(result.notices());
    vars.put("chips", chips);
    vars.put("operators", model.operators());
    vars.put("unknown", model.unknownValues(result.notices()));
    vars.put("queryNotices", result.notices().stream()
        .filter(n -> n.kind().equals(SearchResult.Notice.QUERY)).map(SearchResult.Notice::key).toList());
    vars.put("partial", result.notices().stream().anyMatch(n -> n.kind().equals(SearchResult.Notice.PARTIAL)));
    vars.put("scope", model.scope());
    vars.put("unreviewedSwitch", model.unreviewedSwitch());
    vars.put("entityFilter", site.suggester.exactEntity(request.query()).map(model::entityFilter).orElse(null));
    vars.put("sorts", model.sorts());
    vars.put("pager", model.pager(result.listed()));
    vars.put("versionsHref", links.with(RequestParams.DUPS, request.allVersions() ? "" : "show"));
    vars.put("histogram", DateHistogram.of(result.histogram(), request, links));
    vars.put("fromValue", request.from() == null ? "" : request.from().toString());
    vars.put("toValue", request.to() == null ? "" : request.to().toString());
    vars.put("fromError", error(dateErrors, params, RequestParams.FROM));
    vars.put("toError", error(dateErrors, params, RequestParams.TO));
    vars.put("rangeError", "range".equals(dateErrors.get(RequestParams.TO)));
    vars.put("hidden", links.hiddenExcept(List.of(RequestParams.QUERY)));
    vars.put("dateHidden", links.hiddenExcept(List.of(RequestParams.FROM, RequestParams.TO)));
    vars.put("csvHref", links.on(ExportHandler.CSV_PATH).current());
    vars.put("jsonHref", links.on(ExportHandler.JSON_PATH).current());
    vars.put("csvAllHref", links.on(ExportHandler.CSV_PATH).with(RequestParams.DUPS, "show"));
    vars.put("feedHref", links.on(FeedHandler.PATH).page(1));
    vars.put("savedTitle", savedTitle(request, chips, UiLanguage.of(exchange)));
    vars.put("xlsxHref", links.on(ExportHandler.XLSX_PATH).current());
    site.page(exchange, 200, "search", vars);
  }

  /**
   * How the saved and recent searches list this search, in the reader's language: the query (or
   * "all documents") and each filter as its chip shows it ("全部文档 · 地区: 台湾").
   */
  private String savedTitle(SearchRequest request, List<SearchModel.Chip> chips, java.util.Locale locale) {
    StringBuilder title = new StringBuilder(request.query().isEmpty() ? site.views.message(locale, "saved.all") : request.query());
    for (SearchModel.Chip chip : chips) {
      title.append(" · ").append(site.views.message(locale, chip.labelKey())).append(": ")
          .append(chip.negated() ? site.views.message(locale, "filters.not") + " " : "").append(chip.text());
    }
    if (request.exactEntities()) {
      title.append(" · ").append(site.views.message(locale, "saved.exact"));
    }
    if (request.allVersions()) {
      title.append(" · ").append(site.views.message(locale, "saved.everyVersion"));
    }
    return title.toString();
  }

  /** The text the reader typed into a date field that is not a date; null when it is fine. */
  private static String error(Map<String, String> errors, RequestParams params, String name) {
    String error = errors.get(name);
    return error == null || error.equals("range") ? null : params.first(name);
  }

  private static List<SearchModel.Panel> panels(SearchResult result, SearchModel model) {
    List<SearchModel.Panel> panels = new ArrayList<>();
    for (FacetDim dim : FacetDim.FILTERS) {
      if (dim.hierarchical()) {
        panels.add(model.treePanel(dim.id(), result.trees().getOrDefault(dim.id(), List.of())));
      } else {
        panels.add(model.flatPanel(dim.id(), result.facets().getOrDefault(dim.id(), List.of())));
      }
    }
    return panels;
  }
}
