package org.straits.web;

import io.undertow.server.HttpServerExchange;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.straits.search.EntityNames;
import org.straits.search.EntityProfile;
import org.straits.search.FacetBrowser;
import org.straits.search.SearchEngine;
import org.straits.search.Suggester;

/** What every handler needs: the search-side services over one index view, and the views. */
final class Site {
  final SearchEngine engine;
  final FacetBrowser facets;
  final EntityNames entities;
  final Suggester suggester;
  final EntityProfile profiles;
  final Views views;

  Site(SearchEngine engine, EntityNames entities, FacetBrowser facets, Suggester suggester, EntityProfile profiles,
      Views views) {
    this.engine = engine;
    this.entities = entities;
    this.facets = facets;
    this.suggester = suggester;
    this.profiles = profiles;
    this.views = views;
  }

  /** Renders a page with the model every page shares (UI language and its toggle link). */
  void page(HttpServerExchange exchange, int status, String template, Map<String, Object> model) {
    Locale locale = UiLanguage.of(exchange);
    Map<String, Object> all = new HashMap<>(model);
    String here = exchange.getRequestURI() + (exchange.getQueryString().isEmpty() ? "" : "?" + exchange.getQueryString());
    String other = UiLanguage.code(locale).equals("zh") ? "en" : "zh";
    all.put("ui", UiLanguage.code(locale));
    all.put("uiToggleHref", LanguageSwitch.PATH + "?set=" + other + "&next=" + SearchLinks.encode(here));
    all.putIfAbsent("q", "");
    Responses.html(exchange, status, views.render(template, locale, all));
  }

  /** A friendly error page; {@code message} is already meant for the reader. */
  void errorPage(HttpServerExchange exchange, int status, String message) {
    Map<String, Object> model = new HashMap<>();
    model.put("status", status);
    model.put("message", message);
    page(exchange, status, "error", model);
  }
}
