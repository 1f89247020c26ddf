package org.straits.web;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.CookieImpl;
import io.undertow.util.Headers;
import java.util.Set;

/**
 * {@code /ui-lang?set=zh&next=/search?q=…}: remembers the label language (en, zh, or zh-hant for
 * names in traditional script) in a cookie and goes back to the page. {@code next} must be a path on this site, so the switch cannot redirect away.
 */
final class LanguageSwitch implements HttpHandler {
  static final String PATH = "/ui-lang";
  private static final Set<String> PARAMS = Set.of("set", "next");
  private static final int ONE_YEAR = 365 * 24 * 3600;

  @Override
  public void handleRequest(HttpServerExchange exchange) {
    RequestParams params = RequestParams.of(exchange.getQueryParameters(), PARAMS);
    String lang = params.first("set");
    if (!lang.equals("en") && !lang.equals("zh") && !lang.equals(UiLanguage.TRADITIONAL)) {
      throw new WebException(400, "uiLanguage", "The interface language must be en, zh or zh-hant.");
    }
    String next = params.first("next");
    if (!next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\") || next.chars().anyMatch(Character::isISOControl)) {
      next = "/";
    }
    exchange.setResponseCookie(new CookieImpl(UiLanguage.COOKIE, lang)
        .setPath("/").setMaxAge(ONE_YEAR).setSameSiteMode("Lax").setHttpOnly(true));
    exchange.setStatusCode(303);
    exchange.getResponseHeaders().put(Headers.LOCATION, next);
    exchange.endExchange();
  }
}
