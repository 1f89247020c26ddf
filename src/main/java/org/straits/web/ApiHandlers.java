package org.straits.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.undertow.server.HttpHandler;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.straits.index.FacetDims;
import org.straits.search.DocumentLookup.DocumentView;
import org.straits.search.EntityProfile;
import org.straits.search.SearchJson;
import org.straits.search.SearchRequest;
import org.straits.search.Suggester;

/**
 * The JSON API: {@code /api/search}, {@code /api/doc/{id}}, {@code /api/facets/{dim}},
 * {@code /api/suggest}, {@code /api/entity/{id}}, {@code /api/health}.
 */
final class ApiHandlers {
  static final String SEARCH_PATH = "/api/search";
  static final String HEALTH_PATH = "/api/health";
  static final String DOC_PREFIX = "/api/doc/";
  static final String FACETS_PREFIX = "/api/facets/";
  static final String SUGGEST_PATH = "/api/suggest";
  static final String ENTITY_PREFIX = "/api/entity/";
  static final String PREFIX = "prefix";
  static final String PATH = "path";
  static final String LIMIT = "limit";
  private static final int DEFAULT_FACET_LIMIT = 10;
  private static final int MAX_FACET_LIMIT = 1000;
  private static final int RELATED = 8;
  private static final int DEFAULT_SUGGESTIONS = 8;
  private static final Set<String> SUGGEST_PARAMS = Set.of(RequestParams.QUERY, LIMIT);

  private final Site site;

  ApiHandlers(Site site) {
    this.site = site;
  }

  /**
   * {@code {"status":"ok"}} without touching the index: a monitor's liveness check, and the
   * benchmark's HTTP floor (what any request costs before the search).
   */
  HttpHandler health() {
    return exchange -> {
      RequestParams.of(exchange.getQueryParameters(), Set.of());
      Responses.json(exchange, 200, Map.of("status", "ok"));
    };
  }

  /** The same parameters as the page; the result in the one SearchJson shape. */
  HttpHandler search() {
    return exchange -> {
      RequestParams params = RequestParams.of(exchange.getQueryParameters(), RequestParams.SEARCH);
      Responses.json(exchange, 200, site.engine.search(params.searchRequest(DEFAULT_FACET_LIMIT)));
    };
  }

  /** A document with its highlighted text and related documents. */
  HttpHandler document() {
    return exchange -> {
      String id = DocumentPage.idFrom(exchange, DOC_PREFIX);
      RequestParams params = RequestParams.of(exchange.getQueryParameters(), DocumentPage.PARAMS);
      DocumentView doc = site.engine.document(id, params.first(RequestParams.QUERY))
          .orElseThrow(() -> DocumentPage.notFound(id));
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("document", doc);
      body.put("related", site.engine.related(id, RELATED));
      Responses.json(exchange, 200, body);
    };
  }

  /** A facet value as the filter box lists it: its {@code label} and {@code pathLabels} in the reader's script. */
  record FacetValueView(String value, long count, List<String> path, String label, List<String> pathLabels,
      String matched) {}

  /**
   * Values of one facet for the current search matching {@code prefix} (the sidebar's filter
   * box) by any name or alias, best first, optionally under a '/'-joined {@code path} of a
   * hierarchical facet. Values and paths stay canonical; labels follow the reader's script.
   */
  HttpHandler facets() {
    return exchange -> {
      String dim = exchange.getRequestURI().substring(FACETS_PREFIX.length());
      if (!FacetDims.ALL.contains(dim)) {
        throw new WebException(404, "noFacet", "There is no facet '" + shorten(dim) + "'; facets are "
            + String.join(", ", FacetDims.ALL) + ".", shorten(dim), String.join(", ", FacetDims.ALL));
      }
      Set<String> allowed = new HashSet<>(RequestParams.SEARCH);
      allowed.addAll(List.of(PREFIX, PATH, LIMIT));
      RequestParams params = RequestParams.of(exchange.getQueryParameters(), allowed);
      SearchRequest request = params.searchRequest(0);
      List<String> path = Arrays.stream(params.first(PATH).split("/")).map(String::strip).filter(s -> !s.isEmpty()).toList();
      int limit = limit(params, DEFAULT_FACET_LIMIT, MAX_FACET_LIMIT);
      String prefix = params.first(PREFIX);
      EntityLabels labels = site.labels(exchange, prefix);
      List<FacetValueView> values = site.facets.find(request, dim, path, prefix, limit).stream()
          .map(v -> new FacetValueView(v.value(), v.count(), v.path(), labels.value(dim, v.value()),
              FacetDims.isHierarchical(dim) ? labels.path(v.path()) : List.of(labels.value(dim, v.value())), v.matched()))
          .toList();
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("dim", dim);
      body.put("path", path);
      body.put("values", values);
      Responses.json(exchange, 200, body);
    };
  }

  /** Entities and titles for what is typed in the search box: {@code ?q=…&limit=8}. */
  HttpHandler suggest() {
    return exchange -> {
      RequestParams params = RequestParams.of(exchange.getQueryParameters(), SUGGEST_PARAMS);
      int limit = limit(params, DEFAULT_SUGGESTIONS, Suggester.MAX_LIMIT);
      Responses.json(exchange, 200, site.suggester.suggest(params.first(RequestParams.QUERY), limit));
    };
  }

  /**
   * The profile of one gazetteer entity, as the entity page shows it: the note as the page reads it
   * (each cited {@code `id`} by its name in the reader's language) and the ids it cites in
   * {@code note_entities}, to link them.
   */
  HttpHandler entity() {
    return exchange -> {
      String id = EntityPage.idFrom(exchange, ENTITY_PREFIX);
      RequestParams.of(exchange.getQueryParameters(), Set.of());
      EntityProfile.Profile profile = site.profiles.find(id).orElseThrow(() -> EntityPage.notFound(id));
      ObjectNode body = SearchJson.mapper().valueToTree(profile);
      List<EntityPage.NotePart> parts = EntityPage.noteParts(profile.note(), site.entities.gazetteer());
      if (profile.note() != null) {
        body.put("note", EntityPage.noteText(parts, site.labels(exchange, "")));
      }
      body.set("note_entities", SearchJson.mapper().valueToTree(EntityPage.citedIds(parts)));
      Responses.json(exchange, 200, body);
    };
  }

  private static int limit(RequestParams params, int fallback, int max) {
    String text = params.first(LIMIT);
    try {
      int limit = text.isEmpty() ? fallback : Integer.parseInt(text);
      if (limit < 1 || limit > max) {
        throw new NumberFormatException();
      }
      return limit;
    } catch (NumberFormatException e) {
      throw new WebException(400, "limit", "limit must be a whole number from 1 to " + max, max);
    }
  }

  static String shorten(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
