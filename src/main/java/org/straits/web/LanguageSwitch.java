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
    // A header carries ASCII only: characters typed into a hand-made next= are sent percent-encoded.
    next = asciiOnly(next);
    exchange.setResponseCookie(new CookieImpl(UiLanguage.COOKIE, lang)
        .setPath("/").setMaxAge(ONE_YEAR).setSameSiteMode("Lax").setHttpOnly(true));
    exchange.setStatusCode(303);
    exchange.getResponseHeaders().put(Headers.LOCATION, next);
    exchange.endExchange();
  }

  static String asciiOnly(String path) {
    StringBuilder out = new StringBuilder(path.length());
    path.codePoints().forEach(c -> {
      if (c < 0x80) {
        out.append((char) c);
      } else {
        for (byte b : new String(Character.toChars(c)).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
          out.append('%').append(String.format("%02X", b & 0xFF));
        }
      }
    });
    return out.toString();
  }
}
