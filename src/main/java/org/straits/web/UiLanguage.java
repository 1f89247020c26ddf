package org.straits.web;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.Cookie;
import io.undertow.util.Headers;
import java.util.Locale;

/** The language of the labels: the {@code lang} cookie, else the browser's preference, else English. */
final class UiLanguage {
  static final String COOKIE = "lang";

  private UiLanguage() {}

  static Locale of(HttpServerExchange exchange) {
    Cookie cookie = exchange.getRequestCookie(COOKIE);
    if (cookie != null) {
      return "zh".equals(cookie.getValue()) ? Views.CHINESE : Views.ENGLISH;
    }
    String accept = exchange.getRequestHeaders().getFirst(Headers.ACCEPT_LANGUAGE);
    return accept != null && accept.strip().toLowerCase(Locale.ROOT).startsWith("zh") ? Views.CHINESE : Views.ENGLISH;
  }

  static String code(Locale locale) {
    return locale.getLanguage().equals(Views.CHINESE.getLanguage()) ? "zh" : "en";
  }
}
