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

  /** Entity names in the reader's script: the interface language, the chosen script, the query's. */
  EntityLabels labels(HttpServerExchange exchange, String query) {
    boolean chinese = UiLanguage.code(UiLanguage.of(exchange)).equals("zh");
    return new EntityLabels(entities, EntityLabels.scriptFor(chinese, UiLanguage.traditional(exchange), query));
  }

  /**
   * Renders a page with the model every page shares: UI language, its toggle link, the link to the
   * other Chinese script, and {@code labels} for entity names.
   */
  void page(HttpServerExchange exchange, int status, String template, Map<String, Object> model) {
    Responses.html(exchange, status, render(exchange, template, pageModel(exchange, model)));
  }

  /** Renders {@code template} with a model {@link #pageModel} made, in the reader's language. */
  String render(HttpServerExchange exchange, String template, Map<String, Object> all) {
    return views.render(template, UiLanguage.of(exchange), all);
  }

  /** {@code model} with what every page shares added. */
  Map<String, Object> pageModel(HttpServerExchange exchange, Map<String, Object> model) {
    Locale locale = UiLanguage.of(exchange);
    Map<String, Object> all = new HashMap<>(model);
    String here = exchange.getRequestURI() + (exchange.getQueryString().isEmpty() ? "" : "?" + exchange.getQueryString());
    boolean chinese = UiLanguage.code(locale).equals("zh");
    String next = "&next=" + SearchLinks.encode(here);
    all.put("ui", UiLanguage.code(locale));
    // The page's language as BCP 47: screen readers and fonts pick traditional glyphs by zh-Hant.
    all.put("pageLang", locale.equals(Views.TRADITIONAL_CHINESE) ? "zh-Hant" : UiLanguage.code(locale));
    all.put("uiToggleHref", LanguageSwitch.PATH + "?set=" + (chinese ? "en" : "zh") + next);
    all.putIfAbsent("q", "");
    EntityLabels labels = (EntityLabels) all.computeIfAbsent("labels", k -> labels(exchange, (String) all.get("q")));
    boolean traditional = labels.script() == EntityLabels.Script.TRADITIONAL;
    all.put("uiScript", labels.script().lang());
    all.put("scriptToggleHref", chinese && UiLanguage.traditional(exchange) == traditional
        ? LanguageSwitch.PATH + "?set=" + (traditional ? "zh" : UiLanguage.TRADITIONAL) + next : null);
    all.put("scriptToggleTraditional", !traditional);
    return all;
  }

  /** A friendly error page; {@code message} is already meant for the reader. */
  void errorPage(HttpServerExchange exchange, int status, String message) {
    Map<String, Object> model = new HashMap<>();
    model.put("status", status);
    model.put("message", message);
    page(exchange, status, "error", model);
  }
}
