package org.straits.web;

import io.undertow.Undertow;
import io.undertow.server.HttpHandler;
import io.undertow.server.handlers.PathHandler;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.straits.App;
import org.straits.admin.Administration;
import org.straits.admin.ExcludedIds;
import org.straits.admin.GazetteerSource;
import org.straits.config.StraitsConfig;
import org.straits.search.DocumentPicker;
import org.straits.search.EntityNames;
import org.straits.search.EntityProfile;
import org.straits.search.FacetBrowser;
import org.straits.search.Suggester;
import org.straits.search.IndexView;
import org.straits.search.SearchEngine;

/**
 * The embedded web server: builds the handler tree (security headers → route → guard → gate →
 * handler), serves until {@link #stop()}, and refreshes the index view every two seconds so a
 * concurrent {@code straits index} shows up without a restart.
 */
public final class WebServer {
  public static final String SEARCH_PATH = "/search";
  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
  private static final long REFRESH_SECONDS = 2;

  private final IndexView index;
  private final Site site;
  private final Services services;
  private final Administration admin;
  private final Path webRoot;
  private final String bind;
  private final int port;
  private Undertow undertow;
  private ScheduledExecutorService refresher;

  /** Builds the administration services, given what to run after each indexing commit. */
  @FunctionalInterface
  public interface AdministrationFactory {
    Administration create(Runnable afterCommit) throws IOException;
  }

  /** Everything the site is made of, wired by {@code App.webServer}. */
  public record Services(IndexView index, SearchEngine engine, EntityNames entities, FacetBrowser facets,
      Suggester suggester, EntityProfile profiles, StraitsConfig config, GazetteerSource gazetteers,
      ExcludedIds excludedIds, DocumentPicker documentPicker, AdministrationFactory administration,
      java.util.function.Function<org.straits.admin.Administration, org.straits.admin.DiscoveryReview> discoveryReview) {}

  /** {@code cacheTemplates} off lets templates be edited while the server runs (and tests). */
  public WebServer(Services services, Path webRoot, String bind, int port, boolean cacheTemplates) throws IOException {
    this.services = services;
    this.index = services.index();
    this.webRoot = webRoot;
    this.bind = bind;
    this.port = port;
    this.site = new Site(services.engine(), services.entities(), services.facets(), services.suggester(),
        services.profiles(), new Views(webRoot, cacheTemplates));
    this.admin = services.administration().create(this::refresh);
  }

  /** The server {@code app} wires over {@code index}; the same as {@code app.webServer(…)}. */
  public WebServer(App app, IndexView index, Path webRoot, String bind, int port, boolean cacheTemplates)
      throws IOException {
    this(app.webServices(index), webRoot, bind, port, cacheTemplates);
  }

  /** The admin services, e.g. to start the first indexing run in the background. */
  public Administration administration() {
    return admin;
  }

  /**
   * Starts listening; returns the bound port (useful with port 0).
   *
   * @throws PortInUseException when another program listens on the address and port
   */
  public synchronized int start() {
    undertow = Undertow.builder()
        .addHttpListener(port, bind)
        .setHandler(new SecurityHeaders(routes()))
        .build();
    try {
      undertow.start();
    } catch (RuntimeException e) {
      undertow = null;
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof java.net.BindException) {
          throw new PortInUseException(bind, port, cause);
        }
      }
      throw e;
    }
    refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "index-refresh");
      thread.setDaemon(true);
      return thread;
    });
    refresher.scheduleWithFixedDelay(this::refresh, REFRESH_SECONDS, REFRESH_SECONDS, TimeUnit.SECONDS);
    return boundPort();
  }

  /**
   * What a first reader would ask, asked by the server itself: the first search after a start paid
   * for class loading, the analyzers' dictionaries, the JIT and the templates (0.9 s on the real
   * corpora against 0.07–0.09 s after). An English page, a Chinese one on the 繁體 interface and an
   * API question, so every search path (facets, highlights, entity widening, prose) is warm.
   */
  static final List<String> WARM_UP = List.of(
      SEARCH_PATH + "?q=" + SearchLinks.encode("Taiwan Strait"),
      SEARCH_PATH + "?q=" + SearchLinks.encode("两岸关系"),
      ApiHandlers.SEARCH_PATH + "?q=" + SearchLinks.encode("What did Taiwan say about the election?"));

  /**
   * Runs the {@link #WARM_UP} requests in the background against the started server, so the first
   * reader does not pay for them; the port and {@code /api/health} answer meanwhile. Completes with
   * each request's status (an empty index answers them too); never fails: a request that cannot be
   * made is logged and the rest go on.
   */
  public java.util.concurrent.CompletableFuture<List<Integer>> warmUp() {
    String host = bind.equals("0.0.0.0") || bind.isEmpty() ? "127.0.0.1"
        : bind.equals("::") ? "[::1]" : bind.contains(":") ? "[" + bind + "]" : bind;
    String base = "http://" + host + ":" + boundPort();
    java.util.concurrent.CompletableFuture<List<Integer>> done = new java.util.concurrent.CompletableFuture<>();
    Thread.ofPlatform().daemon().name("straits-warm-up").start(() -> done.complete(warmUp(base)));
    return done;
  }

  private static List<Integer> warmUp(String base) {
    long started = System.nanoTime();
    List<Integer> statuses = new java.util.ArrayList<>();
    try (java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient()) {
      for (int i = 0; i < WARM_UP.size(); i++) {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + WARM_UP.get(i)));
        if (i == 1) {
          request.header("Cookie", UiLanguage.COOKIE + "=" + UiLanguage.TRADITIONAL);
        }
        statuses.add(send(http, request.build()));
      }
    }
    LOG.info("warmed up in {} ms: {} answered {}", (System.nanoTime() - started) / 1_000_000, WARM_UP, statuses);
    return statuses;
  }

  private static int send(java.net.http.HttpClient http, java.net.http.HttpRequest request) {
    try {
      return http.send(request, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      LOG.warn("warm-up request {} failed: {}", request.uri(), e.toString());
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  public synchronized int boundPort() {
    return ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
  }

  /**
   * Stops accepting requests and the refresher, then closes the engine it was given; the index
   * view stays open (its owner closes it).
   */
  public synchronized void stop() {
    try {
      admin.jobs().close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (refresher != null) {
      refresher.shutdownNow();
    }
    if (undertow != null) {
      undertow.stop();
      undertow = null;
    }
    try {
      services.engine().close();
    } catch (IOException e) {
      LOG.warn("cannot close the search engine: {}", e.toString());
    }
  }

  private void refresh() {
    try {
      if (index.refresh()) {
        LOG.info("index refreshed: serving the latest commit of {}", index.path());
      }
    } catch (IOException | RuntimeException e) {
      LOG.warn("cannot refresh the index at {}: {}", index.path(), e.toString());
    }
  }

  private HttpHandler routes() {
    SearchPage searchPage = new SearchPage(site);
    ApiHandlers api = new ApiHandlers(site);
    ExportHandler export = new ExportHandler(site);
    BatchHandler batch = new BatchHandler(site);
    return new PathHandler(page(exchange -> {
      throw new WebException(404, "noPage", "There is no page at this address.");
    }))
        .addExactPath("/", page(searchPage))
        .addExactPath(SEARCH_PATH, page(searchPage))
        .addPrefixPath(FacetValuesFragment.PREFIX, page(new FacetValuesFragment(site)))
        .addPrefixPath(DocumentPage.PREFIX, page(new DocumentPage(site)))
        .addPrefixPath(EntityPage.PREFIX, page(new EntityPage(site)))
        .addExactPath(LanguageSwitch.PATH, page(new LanguageSwitch()))
        // The admin area takes POSTs, so it has its own method checks instead of the Gate.
        .addPrefixPath(AdminArea.PREFIX, new Guard(site, Guard.Style.PAGE, new AdminArea(services, site, admin)))
        .addPrefixPath(StaticFiles.PREFIX, streamed(Guard.Style.PAGE, new StaticFiles(webRoot.resolve("static"))))
        .addExactPath(ExportHandler.CSV_PATH, streamed(Guard.Style.PAGE, export.csv()))
        .addExactPath(ExportHandler.JSON_PATH, streamed(Guard.Style.JSON, export.json()))
        .addExactPath(ExportHandler.XLSX_PATH, streamed(Guard.Style.PAGE, export.xlsx()))
        .addExactPath(FeedHandler.PATH, page(new FeedHandler(site)))
        // Batch searches take POSTs (long lists), so they check their methods themselves.
        .addExactPath(BatchHandler.PAGE_PATH, new Guard(site, Guard.Style.PAGE, batch.page()))
        .addExactPath(BatchHandler.CSV_PATH, new Guard(site, Guard.Style.PAGE, batch.csv()))
        .addExactPath(BatchHandler.XLSX_PATH, new Guard(site, Guard.Style.PAGE, batch.xlsx()))
        .addExactPath(BatchHandler.API_PATH, new Guard(site, Guard.Style.JSON, batch.api()))
        .addExactPath(ApiHandlers.HEALTH_PATH, json(api.health()))
        .addExactPath(ApiHandlers.SEARCH_PATH, json(api.search()))
        .addPrefixPath(ApiHandlers.DOC_PREFIX, json(api.document()))
        .addPrefixPath(ApiHandlers.FACETS_PREFIX, json(api.facets()))
        .addExactPath(ApiHandlers.SUGGEST_PATH, json(api.suggest()))
        .addExactPath(SavedSearchTitles.PATH, json(new SavedSearchTitles(site).api()))
        .addPrefixPath(ApiHandlers.ENTITY_PREFIX, json(api.entity()))
        .addPrefixPath("/api", json(exchange -> {
          throw new WebException(404, "noApi", "There is no API at this address.");
        }));
  }

  /** A GET route whose answer is complete in memory (a page, a JSON body): its exchange ended on the I/O thread. */
  private HttpHandler page(HttpHandler handler) {
    return new Guard(site, Guard.Style.PAGE, false, new Gate(handler));
  }

  private HttpHandler json(HttpHandler handler) {
    return new Guard(site, Guard.Style.JSON, false, new Gate(handler));
  }

  /** A GET route that writes its answer as a stream (a file, an export): blocking mode. */
  private HttpHandler streamed(Guard.Style style, HttpHandler handler) {
    return new Guard(site, style, true, new Gate(handler));
  }
}
