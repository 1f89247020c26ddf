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
 * every client sends the mix once (a bounded request count), within the query time limit.
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
    WebServer server = app.webServer(view, StraitsConfig.webRoot(), LOOPBACK, 0, true);
    int port = server.start();
    try {
      return run(URI.create("http://" + LOOPBACK + ":" + port), queries);
    } finally {
      server.stop();
    }
  }

  private List<QueryRun> run(URI base, List<BenchQuery> queries) throws IOException {
    QueryBench bench = new QueryBench(ROUNDS, options.maxQuerySeconds());
    List<QueryRun> runs = new ArrayList<>();
    for (String path : List.of(HttpSystem.API_PATH, HttpSystem.PAGE_PATH)) {
      try (HttpSystem server = new HttpSystem(base, path)) {
        for (int clients : options.httpConcurrency()) {
          progress.accept("HTTP " + base.resolve(path) + ": " + clients + " client(s)");
          runs.add(bench.run(server, queries, clients));
        }
      }
    }
    return runs;
  }
}
