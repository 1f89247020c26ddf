package org.straits.web;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.straits.index.FacetDims;
import org.straits.search.DocumentLookup.DocumentView;
import org.straits.search.FacetBrowser.FacetNode;
import org.straits.search.SearchRequest;

/** The JSON API: {@code /api/search}, {@code /api/doc/{id}}, {@code /api/facets/{dim}}. */
final class ApiHandlers {
  static final String SEARCH_PATH = "/api/search";
  static final String DOC_PREFIX = "/api/doc/";
  static final String FACETS_PREFIX = "/api/facets/";
  static final String PREFIX = "prefix";
  static final String PATH = "path";
  static final String LIMIT = "limit";
  private static final int DEFAULT_FACET_LIMIT = 10;
  private static final int MAX_FACET_LIMIT = 1000;
  private static final int RELATED = 8;

  private final Site site;

  ApiHandlers(Site site) {
    this.site = site;
  }

  /** The same parameters as the page; the result in the one SearchJson shape. */
  HttpHandler search() {
    return exchange -> {
      RequestParams params = RequestParams.of(exchange.getQueryParameters(), RequestParams.SEARCH);
      Responses.json(exchange, 200, site.search.search(params.searchRequest(DEFAULT_FACET_LIMIT)));
    };
  }

  /** A document with its highlighted text and related documents. */
  HttpHandler document() {
    return exchange -> {
      String id = DocumentPage.idFrom(exchange, DOC_PREFIX);
      RequestParams params = RequestParams.of(exchange.getQueryParameters(), DocumentPage.PARAMS);
      DocumentView doc = site.documents.find(id, params.first(RequestParams.QUERY))
          .orElseThrow(() -> DocumentPage.notFound(id));
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("document", doc);
      body.put("related", site.related.find(id, RELATED));
      Responses.json(exchange, 200, body);
    };
  }

  /**
   * Values of one facet for the current search: those containing {@code prefix} (the sidebar's
   * filter box), optionally under a '/'-joined {@code path} of a hierarchical facet.
   */
  HttpHandler facets() {
    return exchange -> {
      String dim = exchange.getRequestURI().substring(FACETS_PREFIX.length());
      if (!FacetDims.ALL.contains(dim)) {
        throw new WebException(404, "There is no facet '" + shorten(dim) + "'; facets are " + String.join(", ", FacetDims.ALL) + ".");
      }
      Set<String> allowed = new HashSet<>(RequestParams.SEARCH);
      allowed.addAll(List.of(PREFIX, PATH, LIMIT));
      RequestParams params = RequestParams.of(exchange.getQueryParameters(), allowed);
      SearchRequest request = params.searchRequest(0);
      List<String> path = Arrays.stream(params.first(PATH).split("/")).map(String::strip).filter(s -> !s.isEmpty()).toList();
      List<FacetNode> values = site.facets.values(request, dim, path, params.first(PREFIX), limit(params));
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("dim", dim);
      body.put("path", path);
      body.put("values", values);
      Responses.json(exchange, 200, body);
    };
  }

  private static int limit(RequestParams params) {
    String text = params.first(LIMIT);
    try {
      int limit = text.isEmpty() ? DEFAULT_FACET_LIMIT : Integer.parseInt(text);
      if (limit < 1 || limit > MAX_FACET_LIMIT) {
        throw new NumberFormatException();
      }
      return limit;
    } catch (NumberFormatException e) {
      throw new WebException(400, "limit must be a whole number from 1 to " + MAX_FACET_LIMIT);
    }
  }

  private static String shorten(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
