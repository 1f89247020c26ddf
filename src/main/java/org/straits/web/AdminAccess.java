package org.straits.web;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.Cookie;
import io.undertow.server.handlers.CookieImpl;
import io.undertow.util.Headers;
import java.util.Optional;
import org.straits.admin.AdminSessions;
import org.straits.admin.Administration;
import org.straits.admin.PasswordHash;

/**
 * Who may use the admin area: a session cookie from a login with the configured password, and,
 * on every POST, the session's CSRF token and a same-origin request. Failed logins are
 * throttled per client address and written to the audit log.
 */
final class AdminAccess {
  static final String COOKIE = "straits_admin";

  private final Administration admin;

  AdminAccess(Administration admin) {
    this.admin = admin;
  }

  /** The logged-in session, if any; renews its idle timer. */
  Optional<AdminSessions.Session> session(HttpServerExchange exchange) {
    Cookie cookie = exchange.getRequestCookie(COOKIE);
    return admin.sessions().touch(cookie == null ? null : cookie.getValue());
  }

  /** Checks a POST: same origin always, and the CSRF token when a session exists. */
  void checkPost(HttpServerExchange exchange, AdminSessions.Session session, AdminForm form) {
    String origin = exchange.getRequestHeaders().getFirst(Headers.ORIGIN);
    String host = exchange.getRequestHeaders().getFirst(Headers.HOST);
    if (origin != null && host != null && !origin.endsWith("://" + host)) {
      throw new WebException(403, "foreignForm", "This form was sent from another site and has been refused.");
    }
    if (session != null && !AdminSessions.csrfMatches(session, form.text("csrf"))) {
      throw new WebException(403, "csrf", "This form has expired or was not sent from this site; reload the page and try again.");
    }
  }

  /** Logs in with {@code password}; empty when refused (wrong password or throttled). */
  Optional<AdminSessions.Session> login(HttpServerExchange exchange, String password) {
    String client = client(exchange);
    long waitSeconds = admin.throttle().retryAfter(client).toSeconds();
    if (waitSeconds > 0) {
      admin.audit().record("anonymous@" + client, "login", "admin", "throttled");
      throw new WebException(429, "throttled", "Too many failed logins from this address. Try again in " + waitSeconds + " seconds.",
          waitSeconds);
    }
    if (!PasswordHash.verify(password.toCharArray(), admin.passwordHash())) {
      admin.throttle().failed(client);
      admin.audit().record("anonymous@" + client, "login", "admin", "failed: wrong password");
      return Optional.empty();
    }
    admin.throttle().succeeded(client);
    AdminSessions.Session session = admin.sessions().open("admin@" + client);
    admin.audit().record(session.who(), "login", "admin", "ok");
    exchange.setResponseCookie(new CookieImpl(COOKIE, session.id())
        .setPath("/admin").setHttpOnly(true).setSameSiteMode("Strict"));
    return Optional.of(session);
  }

  void logout(HttpServerExchange exchange, AdminSessions.Session session) {
    admin.sessions().close(session.id());
    admin.audit().record(session.who(), "logout", "admin", "ok");
    exchange.setResponseCookie(new CookieImpl(COOKIE, "").setPath("/admin").setMaxAge(0));
  }

  static String client(HttpServerExchange exchange) {
    return exchange.getSourceAddress().getAddress().getHostAddress();
  }
}
