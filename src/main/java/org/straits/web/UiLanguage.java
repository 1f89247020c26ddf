package org.straits.web;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.Cookie;
import io.undertow.util.Headers;
import java.util.Locale;

/**
 * The language of the labels: the {@code lang} cookie ({@code en}, {@code zh}, or {@code zh-hant}
 * for the 繁體 interface: its labels and the names in traditional script), else the browser's preference, else English.
 */
final class UiLanguage {
  static final String COOKIE = "lang";
  static final String TRADITIONAL = "zh-hant";

  private UiLanguage() {}

  static Locale of(HttpServerExchange exchange) {
    Locale language = language(exchange);
    return language == Views.CHINESE && traditional(exchange) ? Views.TRADITIONAL_CHINESE : language;
  }

  private static Locale language(HttpServerExchange exchange) {
    Cookie cookie = exchange.getRequestCookie(COOKIE);
    if (cookie != null) {
      return cookie.getValue().startsWith("zh") ? Views.CHINESE : Views.ENGLISH;
    }
    String accept = exchange.getRequestHeaders().getFirst(Headers.ACCEPT_LANGUAGE);
    return accept != null && accept.strip().toLowerCase(Locale.ROOT).startsWith("zh") ? Views.CHINESE : Views.ENGLISH;
  }

  /** Whether the reader asked for traditional script: the cookie, else a zh-TW/HK/MO/Hant browser. */
  static boolean traditional(HttpServerExchange exchange) {
    Cookie cookie = exchange.getRequestCookie(COOKIE);
    if (cookie != null) {
      return TRADITIONAL.equals(cookie.getValue());
    }
    String accept = exchange.getRequestHeaders().getFirst(Headers.ACCEPT_LANGUAGE);
    String first = accept == null ? "" : accept.strip().toLowerCase(Locale.ROOT).split("[,;]")[0];
    return first.startsWith("zh-tw") || first.startsWith("zh-hk") || first.startsWith("zh-mo") || first.startsWith("zh-hant");
  }

  static String code(Locale locale) {
    return locale.getLanguage().equals(Views.CHINESE.getLanguage()) ? "zh" : "en";
  }
}
