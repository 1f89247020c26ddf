package org.straits.web;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.Methods;

/** Refuses what no route handles: methods other than GET and HEAD (405), and huge URLs (414). */
final class Gate implements HttpHandler {
  /** Far above any real search URL; a longer one is a mistake or an attack, not a search. */
  static final int MAX_URL_LENGTH = 8 * 1024;

  private final HttpHandler next;

  Gate(HttpHandler next) {
    this.next = next;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    var method = exchange.getRequestMethod();
    if (!method.equals(Methods.GET) && !method.equals(Methods.HEAD)) {
      exchange.getResponseHeaders().put(Headers.ALLOW, "GET, HEAD");
      throw new WebException(405, "method", "This site only reads: the method " + method + " is not allowed here.", method.toString());
    }
    if (exchange.getRequestURI().length() + exchange.getQueryString().length() > MAX_URL_LENGTH) {
      throw new WebException(414, "tooLong", "This address is too long (more than " + MAX_URL_LENGTH
          + " characters). Shorten the query or remove some filters.", MAX_URL_LENGTH);
    }
    next.handleRequest(exchange);
  }
}
