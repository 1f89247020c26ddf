package org.straits.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.straits.bench.BenchReport;
import org.straits.bench.BenchRunner;
import org.straits.bench.HttpSystem;
import org.straits.bench.QueryRun;
import org.straits.bench.SolrPeer;
import org.straits.bench.Throughput;

/**
 * The web and engine targets side by side, on the corpus served over HTTP, one client: Straits
 * in-process, its API and page, Straits on Solr behind the same API, the HTTP floor, plain Lucene
 * and SQLite FTS5 in-process; then the ratios the targets name.
 */
final class BenchTargets {
  private static final String LUCENE = "Plain Lucene";
  private static final String SQLITE = "SQLite FTS5";
  private static final String API = "HTTP " + HttpSystem.API_PATH;
  private static final String PAGE = "HTTP " + HttpSystem.PAGE_PATH;

  private final PrintWriter out;

  BenchTargets(PrintWriter out) {
    this.out = out;
  }

  void print(BenchReport.CorpusReport corpus, List<QueryRun> http) {
    List<QueryRun> local = corpus.queries().stream().filter(r -> r.threads() == 1).toList();
    List<QueryRun> served = http.stream().filter(r -> r.threads() == 1).toList();
    // The targets are the lean client's rows when it ran (the bench's own client), else the JDK's.
    HttpSystem.Client client = Arrays.stream(HttpSystem.Client.values())
        .filter(c -> find(served, API + c.suffix()).isPresent()).findFirst().orElse(HttpSystem.Client.LEAN);
    String suffix = client.suffix();
    Optional<QueryRun> inProcess = find(local, BenchRunner.STRAITS);
    Optional<QueryRun> api = find(served, API + suffix);
    Optional<QueryRun> page = find(served, PAGE + suffix);
    Optional<QueryRun> solr = find(served, HttpSystem.SOLR_API + suffix);
    Optional<QueryRun> floor = find(served, HttpSystem.FLOOR + suffix);
    Optional<QueryRun> sqlite = find(local, SQLITE);
    out.printf("%n## Side by side (corpus %s, one client, the same requests; HTTP by the %s client)%n%n",
        corpus.name(), client.label());
    out.println("| system | p50 ms | p99 ms |");
    out.println("| --- | ---: | ---: |");
    row("Straits in-process", inProcess);
    row("Straits embedded, " + API, api);
    row("Straits embedded, " + PAGE + " (HTML page)", page);
    row(HttpSystem.SOLR_API, solr);
    row(HttpSystem.FLOOR, floor);
    row(LUCENE + " in-process", find(local, LUCENE));
    row(SQLITE + " in-process", sqlite);
    row(SolrPeer.NAME + " in-process (engine call)", find(local, SolrPeer.NAME));
    out.printf("%n| target | figure | aim |%n| --- | ---: | ---: |%n");
    target("HTML page ÷ API, p50", ratio(page, api), "≤ 1.5");
    target("API ÷ in-process, p50", ratio(api, inProcess), "≤ 1.3");
    for (HttpSystem.Client other : HttpSystem.Client.values()) {
      Optional<QueryRun> otherApi = find(served, API + other.suffix());
      if (other != client && otherApi.isPresent()) {
        target("API ÷ in-process, p50, by the " + other.label() + " client (for comparison)",
            ratio(otherApi, inProcess), "");
      }
    }
    target("embedded ÷ on Solr, API p50 over HTTP", ratio(api, solr), "≤ 0.5");
    Optional<Double> net = api.flatMap(a -> floor.map(f -> a.overall().p50Ms() - f.overall().p50Ms()));
    out.printf("| API p50 net of the HTTP floor (%s − floor), ms | %s | |%n", API, net.map(v -> String.format("%.2f", v)).orElse("–"));
    target("API net of the floor ÷ SQLite FTS5 in-process, p50",
        net.flatMap(n -> sqlite.map(q -> n / q.overall().p50Ms())), "≤ 0.5");
    indexingTargets(corpus);
  }

  /** Issue 11's indexing targets, for a cold JVM's first run and for the same rebuild warm. */
  private void indexingTargets(BenchReport.CorpusReport corpus) {
    Throughput ceiling = corpus.indexing().get(BenchRunner.CEILING);
    Map<String, String> runs = Map.of("cold JVM", BenchRunner.STRAITS, "warm JVM", BenchRunner.STRAITS_WARM);
    for (String label : List.of("cold JVM", "warm JVM")) {
      Throughput run = corpus.indexing().get(runs.get(label));
      if (run == null) {
        continue;
      }
      out.printf("| indexing docs/s, %s | %,.0f | ≥ 1,500 |%n", label, run.docsPerSecond());
      target("indexing ÷ " + BenchRunner.CEILING + ", " + label,
          Optional.ofNullable(ceiling).map(c -> run.docsPerSecond() / c.docsPerSecond()), "≥ 0.7");
    }
  }

  private static Optional<QueryRun> find(List<QueryRun> runs, String system) {
    return runs.stream().filter(r -> r.system().equals(system)).findFirst();
  }

  private void row(String label, Optional<QueryRun> run) {
    run.ifPresent(r -> out.printf("| %s | %.2f | %.2f |%n", label, r.overall().p50Ms(), r.overall().p99Ms()));
  }

  private static Optional<Double> ratio(Optional<QueryRun> a, Optional<QueryRun> b) {
    return a.flatMap(x -> b.map(y -> x.overall().p50Ms() / y.overall().p50Ms()));
  }

  private void target(String label, Optional<Double> figure, String aim) {
    out.printf("| %s | %s | %s |%n", label, figure.map(v -> String.format("%.2f", v)).orElse("– (not measured)"), aim);
  }
}
