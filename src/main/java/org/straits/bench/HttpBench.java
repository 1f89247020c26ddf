package org.straits.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The query mix through a running server's JSON API and HTML page, at each concurrency level:
 * every client sends the mix once (a bounded request count), within the query time limit.
 */
final class HttpBench {
  private static final int ROUNDS = 1;

  private final BenchOptions options;
  private final Consumer<String> progress;

  HttpBench(BenchOptions options, Consumer<String> progress) {
    this.options = options;
    this.progress = progress;
  }

  List<QueryRun> run(List<BenchQuery> queries) throws IOException {
    QueryBench bench = new QueryBench(ROUNDS, options.maxQuerySeconds());
    List<QueryRun> runs = new ArrayList<>();
    for (String path : List.of(HttpSystem.API_PATH, HttpSystem.PAGE_PATH)) {
      try (HttpSystem server = new HttpSystem(options.httpUrl(), path)) {
        for (int clients : options.httpConcurrency()) {
          progress.accept("HTTP " + options.httpUrl().resolve(path) + ": " + clients + " client(s)");
          runs.add(bench.run(server, queries, clients));
        }
      }
    }
    return runs;
  }
}
