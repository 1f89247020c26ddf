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
    send(exchange, ByteBuffer.wrap(bytes));
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
    send(exchange, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Sends a body that is complete in memory. From a worker thread (a {@link Guard} route that does not
   * stream) the worker writes it, and the exchange is ended by the connection's I/O thread: Undertow
   * then re-arms the connection for the next request on that thread. Ended on a worker, it re-arms
   * it from the worker while the I/O thread, woken by the next request, spins until the worker is
   * done ({@code HttpReadListener}'s request state): on 2 busy cores that spinning was most of the
   * I/O thread's time. The bytes leave on the worker, so the reader waits for no hand-off.
   */
  private static void send(HttpServerExchange exchange, ByteBuffer body) {
    if (exchange.isInIoThread() || exchange.isBlocking()) {
      exchange.getResponseSender().send(body);
    } else {
      // The sender sets the length itself only when it ends the exchange; as it would.
      if (exchange.getResponseContentLength() == -1 && !exchange.getResponseHeaders().contains(Headers.TRANSFER_ENCODING)) {
        exchange.setResponseContentLength(body.remaining());
      }
      exchange.getResponseSender().send(body, END_ON_IO_THREAD);
    }
  }

  /** Ends a written exchange on its I/O thread (after the current call returns, when called in one). */
  private static final io.undertow.io.IoCallback END_ON_IO_THREAD = new io.undertow.io.IoCallback() {
    @Override
    public void onComplete(HttpServerExchange exchange, io.undertow.io.Sender sender) {
      if (exchange.isInIoThread()) {
        exchange.endExchange();
      } else {
        exchange.dispatch(exchange.getIoThread(), exchange::endExchange);
      }
    }

    @Override
    public void onException(HttpServerExchange exchange, io.undertow.io.Sender sender, java.io.IOException e) {
      io.undertow.io.IoCallback.END_EXCHANGE.onException(exchange, sender, e);
    }
  };

  private static void headers(HttpServerExchange exchange, int status, String contentType) {
    exchange.setStatusCode(status);
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, contentType);
    exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
  }
}
