package org.straits.web;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.straits.schema.FacetDim;
import org.straits.search.SearchRequest;
import org.straits.search.SearchResult;

/**
 * {@code /} and {@code /search}: the query box, results, facet sidebar, date histogram, pager,
 * all rendered from the one response of one engine call.
 */
final class SearchPage implements HttpHandler {
  /** Values fetched per level of a facet whose values are all listed ("Show more"). */
  static final int FACET_LIMIT = 40;
  static final int TREE_DEPTH = 3;
  /** The page's own parameters: the search's and {@code more}. */
  static final Set<String> PARAMS = pageParams();

  private final Site site;

  SearchPage(Site site) {
    this.site = site;
  }

  /** What the reader asked: the parameters, the expanded facets, the dates left out, and the search. */
  record Asked(RequestParams params, Set<String> expanded, Map<String, String> dateErrors, SearchRequest request) {}

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    Asked asked = asked(exchange);
    SearchResult result = site.engine.search(asked.request());
    site.page(exchange, 200, "search", model(exchange, asked, result));
  }

  /** The page's parameters and the one search they ask for. */
  static Asked asked(HttpServerExchange exchange) {
    RequestParams params = RequestParams.of(exchange.getQueryParameters(), PARAMS);
    Set<String> expanded = expanded(params);
    // A bad date is named beside its field; the search runs without it, so nothing else is lost.
    Map<String, String> dateErrors = new LinkedHashMap<>();
    // The top few values of each facet are listed; all of them only for an expanded one.
    SearchRequest request = expanded.isEmpty()
        ? request(params, dateErrors, SearchModel.SHOWN + 1, SearchModel.SHOWN_DEPTH)
        : request(params, dateErrors, FACET_LIMIT, TREE_DEPTH);
    return new Asked(params, expanded, dateErrors, request);
  }

  /** The template's variables for the search's {@code result}. */
  Map<String, Object> model(HttpServerExchange exchange, Asked asked, SearchResult result) throws java.io.IOException {
    RequestParams params = asked.params();
    SearchRequest request = asked.request();
    Map<String, String> dateErrors = asked.dateErrors();
    SearchLinks links = links(params);
    java.util.Locale locale = UiLanguage.of(exchange);
    EntityLabels labels = site.labels(exchange, request.query());
    SearchModel model = new SearchModel(request, params, links, site.entities, labels);
    Map<String, Object> vars = new HashMap<>();
    // Every part of the page is in the model, also those ResultsHtml and SidebarHtml write:
    // SearchPageSameTest renders the same model with the templates as they were.
    vars.put("labels", labels);
    vars.put("q", request.query());
    vars.put("request", request);
    vars.put("result", result);
    List<SearchModel.HitView> hits = put(vars, "hits", model.hits(result));
    List<SearchModel.Panel> panels = put(vars, "panels", panels(result, model, asked.expanded()));
    Map<String, String> fragments = put(vars, "fragmentHrefs", new HashMap<>());
    RequestParams.FILTERS.forEach(dim -> fragments.put(dim, links.on(FacetValuesFragment.PREFIX + dim).current()));
    List<SearchModel.Chip> chips = put(vars, "chips", model.chips(result.notices()));
    SearchModel.UnreviewedSwitch unreviewed = put(vars, "unreviewedSwitch", model.unreviewedSwitch());
    String feedHref = put(vars, "feedHref", links.on(FeedHandler.PATH).page(1));
    vars.put("hidden", links.hiddenExcept(List.of(RequestParams.QUERY)));
    DateHistogram.Chart histogram = put(vars, "histogram", DateHistogram.of(result.histogram(), request, links));
    vars.put("resultsHtml", new ResultsHtml(site.views, locale).of(new ResultsHtml.Parts(request.query(), result,
        request.allVersions(), chips, put(vars, "operators", model.operators()), put(vars, "scope", model.scope()),
        put(vars, "entityFilter", site.suggester.exactEntity(request.query()).map(model::entityFilter).orElse(null)),
        put(vars, "queryNotices", result.notices().stream()
            .filter(n -> n.kind().equals(SearchResult.Notice.QUERY)).map(SearchResult.Notice::key).toList()),
        put(vars, "partial", result.notices().stream().anyMatch(n -> n.kind().equals(SearchResult.Notice.PARTIAL))),
        put(vars, "unknown", model.unknownValues(result.notices())),
        put(vars, "versionsHref", links.with(RequestParams.DUPS, request.allVersions() ? "" : "show")),
        put(vars, "csvAllHref", links.on(ExportHandler.CSV_PATH).with(RequestParams.DUPS, "show")),
        put(vars, "sorts", model.sorts()), put(vars, "csvHref", links.on(ExportHandler.CSV_PATH).current()),
        put(vars, "xlsxHref", links.on(ExportHandler.XLSX_PATH).current()),
        put(vars, "jsonHref", links.on(ExportHandler.JSON_PATH).current()), feedHref, hits.isEmpty(),
        new HitsHtml(site.views, locale).of(hits, request.offset() + 1), put(vars, "pager", model.pager(result.listed())))));
    vars.put("sidebarHtml", new SidebarHtml(site.views, locale).of(new SidebarHtml.Parts(feedHref,
        put(vars, "savedTitle", new SavedSearchTitles(site).title(request, chips, locale)),
        HistogramHtml.of(histogram, site.views, locale),
        put(vars, "dateHidden", links.hiddenExcept(List.of(RequestParams.FROM, RequestParams.TO))),
        put(vars, "fromValue", request.from() == null ? "" : request.from().toString()),
        put(vars, "toValue", request.to() == null ? "" : request.to().toString()),
        put(vars, "fromError", error(dateErrors, params, RequestParams.FROM)),
        put(vars, "toError", error(dateErrors, params, RequestParams.TO)),
        put(vars, "rangeError", "range".equals(dateErrors.get(RequestParams.TO))),
        new FacetItemsHtml(site.views, locale).panels(panels, unreviewed, fragments))));
    return vars;
  }

  /** Puts {@code value} into the model as {@code name}, and returns it. */
  private static <T> T put(Map<String, Object> vars, String name, T value) {
    vars.put(name, value);
    return value;
  }

  /**
   * The search of the page's parameters with facets counted to {@code facetLimit} values per level,
   * {@code treeDepth} levels deep; a date that is not one (or a range ending before it starts) is
   * named in {@code dateErrors} and left out, so the rest of the search still runs.
   */
  static SearchRequest request(RequestParams params, Map<String, String> dateErrors, int facetLimit, int treeDepth) {
    LocalDate from = params.dateOrNull(RequestParams.FROM, true, dateErrors);
    LocalDate to = params.dateOrNull(RequestParams.TO, false, dateErrors);
    if (from != null && to != null && from.isAfter(to)) {
      dateErrors.put(RequestParams.TO, "range");
      to = null;
    }
    return params.searchRequest(facetLimit, treeDepth, from, to);
  }

  /** The text the reader typed into a date field that is not a date; null when it is fine. */
  private static String error(Map<String, String> errors, RequestParams params, String name) {
    String error = errors.get(name);
    return error == null || error.equals("range") ? null : params.first(name);
  }

  private static List<SearchModel.Panel> panels(SearchResult result, SearchModel model, Set<String> expanded) {
    List<SearchModel.Panel> panels = new ArrayList<>();
    for (FacetDim dim : FacetDim.FILTERS) {
      boolean all = expanded.contains(dim.id());
      if (dim.hierarchical()) {
        panels.add(model.treePanel(dim.id(), result.trees().getOrDefault(dim.id(), List.of()), all));
      } else {
        panels.add(model.flatPanel(dim.id(), result.facets().getOrDefault(dim.id(), List.of()), all));
      }
    }
    return panels;
  }

  /** The facets {@code more=} names; any other value changes nothing. */
  static Set<String> expanded(RequestParams params) {
    Set<String> dims = new HashSet<>(params.all(RequestParams.MORE));
    dims.retainAll(RequestParams.FILTERS);
    return dims;
  }

  /** Links of this search; {@code more} stays out of them (it is the view of one panel, not the search). */
  static SearchLinks links(RequestParams params) {
    Map<String, List<String>> state = new LinkedHashMap<>(params.asMap());
    state.remove(RequestParams.MORE);
    return new SearchLinks(WebServer.SEARCH_PATH, state);
  }

  private static Set<String> pageParams() {
    Set<String> names = new HashSet<>(RequestParams.SEARCH);
    names.add(RequestParams.MORE);
    return Set.copyOf(names);
  }
}
