package org.straits.web;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.straits.admin.AdminSessions;
import org.straits.admin.Administration;
import org.straits.admin.ExcludedIds;
import org.straits.admin.GazetteerSource;
import org.straits.config.StraitsConfig;
import org.straits.search.IndexStatistics;
import org.straits.search.IndexView;

/**
 * The {@code /admin} pages: log in, see the index and the runs, upload, reindex, delete (with a
 * document picker and a confirmation), restore excluded documents, reload the gazetteer. Off (with
 * instructions) when no admin password hash is configured. Every POST redirects back to the
 * dashboard with a message (post/redirect/get), so a reload never repeats it.
 */
final class AdminArea implements HttpHandler {
  static final String PREFIX = "/admin";
  private static final int RECENT_RUNS = 10;

  private final StraitsConfig config;
  private final GazetteerSource gazetteers;
  private final ExcludedIds excludedIds;
  private final Site site;
  private final IndexView index;
  private final Administration admin;
  private final AdminAccess access;
  private final AdminRoutes routes;
  private final ReviewPage review;
  private final Map<String, AdminActions.Flash> flashes = new ConcurrentHashMap<>();

  /** {@code services}: what the site is made of (configuration, gazetteer, index, document picker). */
  AdminArea(WebServer.Services services, Site site, Administration admin) {
    this.config = services.config();
    this.gazetteers = services.gazetteers();
    this.excludedIds = services.excludedIds();
    this.site = site;
    this.index = services.index();
    this.admin = admin;
    this.access = new AdminAccess(admin);
    AdminActions actions = new AdminActions(config, gazetteers, admin);
    AdminDeletion deletion = new AdminDeletion(site, admin, services.documentPicker());
    this.routes = new AdminRoutes()
        .page("/", this::dashboard)
        .page("/status", (exchange, session) -> Responses.json(exchange, 200, admin.jobs().status()))
        .page("/documents", deletion::pick)
        .page("/delete", deletion::confirm)
        .action("/reindex", actions::reindex)
        .action("/upload", actions::upload)
        .action("/delete", actions::delete)
        .action("/restore", actions::restore)
        .action("/gazetteer", actions::reloadGazetteer);
    this.review = new ReviewPage(site, services.discoveryReview().apply(admin),
        new org.straits.search.DiscoveredCandidates(site.engine), site.entities, admin.audit());
    routes.page(ReviewPage.PATH, (exchange, session) -> review.show(exchange, session, ReviewPage.PATH))
        .page(ReviewPage.PATH + "/export.yaml", (exchange, session) -> review.show(exchange, session, ReviewPage.PATH + "/export.yaml"));
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    boolean post = exchange.getRequestMethod().equals(Methods.POST);
    if (!post && !exchange.getRequestMethod().equals(Methods.GET) && !exchange.getRequestMethod().equals(Methods.HEAD)) {
      exchange.getResponseHeaders().put(Headers.ALLOW, "GET, HEAD, POST");
      throw new WebException(405, "adminMethod", "The admin area takes GET and POST only.");
    }
    if (!admin.enabled()) {
      site.page(exchange, 403, "admin-off", Map.of());
      return;
    }
    String path = exchange.getRelativePath();
    if (path.equals("/login")) {
      login(exchange, post);
      return;
    }
    AdminSessions.Session session = access.session(exchange).orElse(null);
    if (session == null) {
      if (post) {
        throw new WebException(401, "adminSession", "Your admin session has expired; log in again.");
      }
      redirect(exchange, PREFIX + "/login");
      return;
    }
    if (post) {
      act(exchange, session, path);
    } else {
      routes.page(path).show(exchange, session);
    }
  }

  /** Formatting and messages in the UI language of this request. */
  static AdminText text(Site site, HttpServerExchange exchange) {
    return new AdminText(site.views, UiLanguage.of(exchange), ZoneId.systemDefault());
  }

  private void login(HttpServerExchange exchange, boolean post) throws Exception {
    if (!post) {
      site.page(exchange, 200, "admin-login", Map.of("failed", false));
      return;
    }
    AdminForm form = AdminForm.read(exchange, 64 * 1024);
    access.checkPost(exchange, null, form);
    if (access.login(exchange, form.text("password")).isPresent()) {
      redirect(exchange, PREFIX);
    } else {
      site.page(exchange, 401, "admin-login", Map.of("failed", true));
    }
  }

  private void act(HttpServerExchange exchange, AdminSessions.Session session, String path) throws Exception {
    AdminForm form = AdminForm.read(exchange, config.uploadMaxBytes());
    access.checkPost(exchange, session, form);
    if (path.equals("/logout")) {
      access.logout(exchange, session);
      redirect(exchange, PREFIX + "/login");
      return;
    }
    if (ReviewPage.handles(path)) {
      redirect(exchange, review.act(session, path, form));
      return;
    }
    flashes.put(session.id(), routes.action(path).run(session, form, text(site, exchange)));
    redirect(exchange, PREFIX);
  }

  private void dashboard(HttpServerExchange exchange, AdminSessions.Session session) throws Exception {
    Map<String, Object> model = new HashMap<>();
    model.put("csrf", session.csrfToken());
    model.put("who", session.who());
    model.put("flash", flashes.remove(session.id()));
    model.put("job", admin.jobs().status());
    model.put("runs", admin.jobs().history().recent(RECENT_RUNS));
    model.put("excluded", excludedIds.entries());
    model.put("stats", site.engine.statistics());
    model.put("fmt", text(site, exchange));
    model.put("gazetteer", gazetteers.current());
    model.put("gazetteerFile", config.gazetteer() == null ? "" : config.gazetteer().toString());
    model.put("sourceDir", config.source().toAbsolutePath().normalize().toString());
    model.put("uploadMaxMb", config.uploadMaxBytes() / (1024 * 1024));
    model.put("auditFile", admin.audit().file().toString());
    site.page(exchange, 200, "admin", model);
  }

  static void redirect(HttpServerExchange exchange, String location) {
    exchange.setStatusCode(303);
    exchange.getResponseHeaders().put(Headers.LOCATION, location);
    exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
    exchange.endExchange();
  }
}
