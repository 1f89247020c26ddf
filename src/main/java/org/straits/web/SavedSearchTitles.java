package org.straits.web;

import io.undertow.server.HttpHandler;
import io.undertow.util.QueryParameterUtils;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.straits.search.SearchException;
import org.straits.search.SearchRequest;

/**
 * How the sidebar's saved and recent searches are listed: "全部文档 · 地区: 台湾", the query (or "all
 * documents") and each filter as its chip reads, in the reader's language at the time of reading.
 * The browser keeps the searches (localStorage) with the title they had when they were saved, and
 * asks {@code /api/saved-titles?search=<query string>&search=…} for them again, so a search saved on
 * the English interface reads in Chinese once the reader switches: {@code {"titles":["…", null]}}, in
 * the order asked, null for a query string that is no search (the browser keeps its stored title).
 */
final class SavedSearchTitles {
  static final String PATH = "/api/saved-titles";
  static final String SEARCH = "search";
  /** The browser keeps ten recent and fifty starred searches. */
  static final int MAX = 60;

  private final Site site;

  SavedSearchTitles(Site site) {
    this.site = site;
  }

  HttpHandler api() {
    return exchange -> {
      RequestParams asked = RequestParams.of(exchange.getQueryParameters(), Set.of(SEARCH));
      List<String> searches = asked.all(SEARCH);
      if (searches.size() > MAX) {
        throw new WebException(400, "savedTitles", "At most " + MAX + " searches are named at once.", MAX);
      }
      Locale locale = UiLanguage.of(exchange);
      List<String> titles = new ArrayList<>(searches.size());
      for (String search : searches) {
        titles.add(titleOf(search, exchange, locale));
      }
      Responses.json(exchange, 200, Map.of("titles", titles));
    };
  }

  private String titleOf(String queryString, io.undertow.server.HttpServerExchange exchange, Locale locale) {
    try {
      // A stored query string is the browser's, so anything: a stray % fails to decode (null, as any non-search).
      Map<String, Deque<String>> parsed = QueryParameterUtils.parseQueryString(queryString, StandardCharsets.UTF_8.name());
      RequestParams params = RequestParams.of(parsed, SearchPage.PARAMS);
      return title(params, SearchPage.request(params, new HashMap<>(), 1, 1), exchange, locale);
    } catch (SearchException | WebException | IllegalArgumentException e) {
      return null;
    }
  }

  /** The search of {@code params} as the list names it, in {@code locale}'s language, entities in the reader's script. */
  String title(RequestParams params, SearchRequest request, io.undertow.server.HttpServerExchange exchange, Locale locale) {
    SearchModel model = new SearchModel(request, params, SearchPage.links(params), site.entities,
        site.labels(exchange, request.query()));
    return title(request, model.chips(List.of()), locale);
  }

  /** The search as the list names it, in {@code locale}'s language. */
  String title(SearchRequest request, List<SearchModel.Chip> chips, Locale locale) {
    Views views = site.views;
    StringBuilder title = new StringBuilder(request.query().isEmpty() ? views.message(locale, "saved.all") : request.query());
    for (SearchModel.Chip chip : chips) {
      title.append(" · ").append(views.message(locale, chip.labelKey())).append(": ")
          .append(chip.negated() ? views.message(locale, "filters.not") + " " : "").append(chip.text());
    }
    if (request.exactEntities()) {
      title.append(" · ").append(views.message(locale, "saved.exact"));
    }
    if (request.allVersions()) {
      title.append(" · ").append(views.message(locale, "saved.everyVersion"));
    }
    return title.toString();
  }
}
