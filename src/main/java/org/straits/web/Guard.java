package org.straits.web;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.straits.search.EngineUnavailableException;
import org.straits.search.SearchException;

/**
 * Runs a route off the IO thread — in blocking mode when it streams (reads a form, writes an export
 * or a file), else with its complete response written by the worker and the exchange ended on the
 * connection's I/O thread ({@link Responses}) — and turns every failure into a friendly answer
 * with the right status: a page for people, {@code {"status":…,"error":…}} for the API. A stack
 * trace goes to the log, never to the client.
 */
final class Guard implements HttpHandler {
  private static final Logger LOG = LoggerFactory.getLogger(Guard.class);

  enum Style { PAGE, JSON }

  private final Site site;
  private final Style style;
  private final HttpHandler next;
  private final boolean blocking;

  /** A route that may stream: blocking mode. */
  Guard(Site site, Style style, HttpHandler next) {
    this(site, style, true, next);
  }

  /** {@code blocking} false: {@code next} answers through {@link Responses}, a complete body at a time. */
  Guard(Site site, Style style, boolean blocking, HttpHandler next) {
    this.site = site;
    this.style = style;
    this.blocking = blocking;
    this.next = next;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    if (exchange.isInIoThread()) {
      exchange.dispatch(this);
      return;
    }
    if (blocking) {
      exchange.startBlocking();
    }
    try {
      next.handleRequest(exchange);
    } catch (SearchException e) {
      fail(exchange, 400, e.getMessage(), e.key(), e.args());
    } catch (WebException e) {
      fail(exchange, e.status(), e.getMessage(), e.key(), e.args());
    } catch (EngineUnavailableException e) {
      LOG.warn("{} {}: {}", exchange.getRequestMethod(), exchange.getRequestURI(), e.getMessage());
      fail(exchange, 503, e.getMessage(), "engineUnavailable", List.of(e.getMessage()));
    } catch (Exception | StackOverflowError e) {
      LOG.error("{} {} failed", exchange.getRequestMethod(), exchange.getRequestURI(), e);
      fail(exchange, 500, "Something went wrong on the server; the error has been logged. Please try again.",
          "server", List.of());
    }
  }

  /** {@code key} (or null) names the page's translation of the English {@code message}. */
  private void fail(HttpServerExchange exchange, int status, String message, String key, List<Object> args) {
    if (exchange.isResponseStarted()) {
      // Mid-stream (an export): the status is gone; cutting the connection shows the body is incomplete.
      LOG.warn("{} {} failed after the response started: {}", exchange.getRequestMethod(), exchange.getRequestURI(), message);
      exchange.endExchange();
      return;
    }
    // An export that failed before its first byte must not download the error as a file.
    exchange.getResponseHeaders().remove(Headers.CONTENT_DISPOSITION);
    if (style == Style.JSON) {
      Responses.jsonError(exchange, status, message);
    } else {
      site.errorPage(exchange, status, key == null ? message : site.views.format(UiLanguage.of(exchange),
          "error." + key, args, message));
    }
  }
}
