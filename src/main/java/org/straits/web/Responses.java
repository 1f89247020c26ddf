package org.straits.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.straits.search.SearchJson;

/** Writing complete responses: HTML pages and JSON bodies, always UTF-8. */
final class Responses {
  private Responses() {}

  static void html(HttpServerExchange exchange, int status, String html) {
    send(exchange, status, "text/html; charset=utf-8", html);
  }

  /** Written straight to UTF-8 bytes: no intermediate String, one copy less than text. */
  static void json(HttpServerExchange exchange, int status, Object body) {
    byte[] bytes;
    try {
      bytes = SearchJson.mapper().writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + body.getClass().getSimpleName() + " as JSON", e);
    }
    headers(exchange, status, "application/json; charset=utf-8");
    exchange.getResponseSender().send(ByteBuffer.wrap(bytes));
  }

  /** The JSON error shape: {@code {"status":400,"error":"…"}}. */
  static void jsonError(HttpServerExchange exchange, int status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("error", message);
    json(exchange, status, body);
  }

  static void text(HttpServerExchange exchange, int status, String text) {
    send(exchange, status, "text/plain; charset=utf-8", text);
  }

  private static void send(HttpServerExchange exchange, int status, String contentType, String body) {
    headers(exchange, status, contentType);
    exchange.getResponseSender().send(body, StandardCharsets.UTF_8);
  }

  private static void headers(HttpServerExchange exchange, int status, String contentType) {
    exchange.setStatusCode(status);
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, contentType);
    exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
  }
}
