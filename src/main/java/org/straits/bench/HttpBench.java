package org.straits.bench;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.straits.App;
import org.straits.config.StraitsConfig;
import org.straits.search.IndexView;
import org.straits.web.WebServer;

/**
 * The query mix through Straits' web server — started in-process on the benchmarked index, or a
 * running one given by URL — via its JSON API and HTML page, at each concurrency level:
 * every client sends the mix once (a bounded request count), within the query time limit. The
 * floor (a request that touches no index) is timed first, and the API of a server on backend
 * solr for the engines' ratio. Each row is timed with every client of the options in turn (the
 * bench's lean keep-alive client first; {@link HttpSystem.Client}), so the clients are compared
 * on the same server at the same moment.
 */
final class HttpBench {
  private static final int ROUNDS = 1;
  private static final String LOOPBACK = "127.0.0.1";

  private final BenchOptions options;
  private final Consumer<String> progress;

  HttpBench(BenchOptions options, Consumer<String> progress) {
    this.options = options;
    this.progress = progress;
  }

  /** Serves {@code view} on a free loopback port (or uses the server at the configured URL) and times the mix. */
  List<QueryRun> run(App app, IndexView view, List<BenchQuery> queries) throws IOException {
    if (options.httpUrl() != null) {
      return run(options.httpUrl(), queries);
    }
    return served(app, view, base -> run(base, queries));
  }

  /**
   * The API of a Straits server on backend solr ({@code solrApp}; {@code view} only serves its
   * entity pages), one client: the same requests as the embedded server's, for the engines' ratio.
   */
  List<QueryRun> runSolr(App solrApp, IndexView view, List<BenchQuery> queries) throws IOException {
    return served(solrApp, view, base -> {
      List<QueryRun> runs = new ArrayList<>();
      for (HttpSystem.Client client : options.httpClients()) {
        try (HttpSystem server = new HttpSystem(base, HttpSystem.API_PATH, HttpSystem.SOLR_API, client)) {
          progress.accept("HTTP " + base.resolve(HttpSystem.API_PATH) + " on Solr: 1 client, " + client.label());
          runs.add(new QueryBench(ROUNDS, options.maxQuerySeconds()).run(server, queries, 1));
        }
      }
      return runs;
    });
  }

  /** Times the mix through one server. */
  @FunctionalInterface
  private interface Timing {
    List<QueryRun> at(URI base) throws IOException;
  }

  private static List<QueryRun> served(App app, IndexView view, Timing timing) throws IOException {
    WebServer server = app.webServer(view, StraitsConfig.webRoot(), LOOPBACK, 0, true);
    int port = server.start();
    try {
      return timing.at(URI.create("http://" + LOOPBACK + ":" + port));
    } finally {
      server.stop();
    }
  }

  private List<QueryRun> run(URI base, List<BenchQuery> queries) throws IOException {
    QueryBench bench = new QueryBench(ROUNDS, options.maxQuerySeconds());
    List<QueryRun> runs = new ArrayList<>();
    for (HttpSystem.Client client : options.httpClients()) {
      try (HttpSystem floor = new HttpSystem(base, HttpSystem.HEALTH_PATH, HttpSystem.FLOOR, client)) {
        progress.accept("HTTP " + base.resolve(HttpSystem.HEALTH_PATH) + ": the floor, 1 client, " + client.label());
        runs.add(bench.run(floor, queries, 1));
      }
    }
    for (String path : List.of(HttpSystem.API_PATH, HttpSystem.PAGE_PATH)) {
      for (int clients : options.httpConcurrency()) {
        for (HttpSystem.Client client : options.httpClients()) {
          try (HttpSystem server = new HttpSystem(base, path, "HTTP " + path, client)) {
            progress.accept("HTTP " + base.resolve(path) + ": " + clients + " client(s), " + client.label());
            runs.add(bench.run(server, queries, clients));
          }
        }
      }
    }
    return runs;
  }
}
