package org.straits.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.straits.bench.BenchReport;
import org.straits.bench.BenchRunner;
import org.straits.bench.HttpSystem;
import org.straits.bench.LatencySummary;
import org.straits.bench.QueryKind;
import org.straits.bench.QueryRun;
import org.straits.bench.RebuildUnderReaders;
import org.straits.bench.Throughput;

/** Prints a benchmark report as Markdown tables, peers as Straits / peer ratios. */
final class BenchTables {
  private static final double MB = 1e6;
  private final PrintWriter out;

  BenchTables(PrintWriter out) {
    this.out = out;
  }

  void print(BenchReport report) {
    BenchReport.Machine m = report.machine();
    out.printf("Machine: %d processors, %s, %.1f GB RAM, JVM heap limit %.1f GB, %s; seed %d%n", m.processors(),
        m.cpuModel(), m.memoryBytes() / 1e9, m.maxHeapBytes() / 1e9, m.jdk(), report.seed());
    if (report.scope() != null) {
      out.printf("Shortened: %s%n", report.scope());
    }
    for (BenchReport.CorpusReport corpus : report.corpora()) {
      out.printf("%n## Corpus %s: %,d documents, %.1f MB of text, %s%n", corpus.name(), corpus.documents(),
          corpus.textBytes() / MB, corpus.languages());
      indexing(corpus.indexing());
      queries(corpus.queries());
      if (corpus.readersFirst() != null) {
        readersFirst(corpus.readersFirst());
      }
    }
    if (!report.http().isEmpty()) {
      http(report.http(), report.httpBaseline());
      if (!report.corpora().isEmpty()) {
        new BenchTargets(out).print(report.corpora().get(0), report.http());
      }
    }
  }

  private void indexing(Map<String, Throughput> indexing) {
    Throughput straits = indexing.get(BenchRunner.STRAITS);
    out.printf("%n### Indexing%n%n| system | docs/s | MB/s | index MB | peak heap MB | Straits docs/s ÷ this |%n");
    out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
    indexing.forEach((system, t) -> out.printf("| %s | %,.0f | %.2f | %s | %.0f | %.2f |%n", system,
        t.docsPerSecond(), t.megabytesPerSecond(), t.diskBytes() == 0 ? "–" : String.format("%.1f", t.diskBytes() / MB),
        t.peakHeapBytes() / MB, straits.docsPerSecond() / t.docsPerSecond()));
    ceilingShares(indexing);
  }

  /**
   * Straits ÷ the analysis ceiling, cold and warm: the ceiling runs on code the indexing runs have
   * compiled, so only the warm row compares like with like; the cold one is what a user's first
   * run gets. Reports from before the warm row print the cold one alone.
   */
  private void ceilingShares(Map<String, Throughput> indexing) {
    Throughput ceiling = indexing.get(BenchRunner.CEILING);
    if (ceiling == null) {
      return;
    }
    out.printf("%n| Straits ÷ %s | docs/s | ÷ %s |%n| --- | ---: | ---: |%n", BenchRunner.CEILING, BenchRunner.CEILING);
    share("cold JVM, first run (`./straits index`)", indexing.get(BenchRunner.STRAITS), ceiling);
    share("warm JVM, the same rebuild again (a server that reindexes)", indexing.get(BenchRunner.STRAITS_WARM), ceiling);
  }

  private void share(String label, Throughput run, Throughput ceiling) {
    if (run != null) {
      out.printf("| %s | %,.0f | %.2f |%n", label, run.docsPerSecond(), run.docsPerSecond() / ceiling.docsPerSecond());
    }
  }

  /** Issue 11's "readers first": the same clients quiet and during a full rebuild. */
  private void readersFirst(RebuildUnderReaders.Result r) {
    out.printf("%n### Readers first: %d search clients during a full rebuild%n%n", r.clients());
    out.println("| phase | searches | p50 ms | p99 ms | p99 ÷ quiet p50 | errors | rebuild docs/s |");
    out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    LatencySummary quiet = r.quiet();
    LatencySummary during = r.duringRebuild();
    out.printf("| quiet | %,d | %.2f | %.2f | %.1f | | |%n", quiet.count(), quiet.p50Ms(), quiet.p99Ms(),
        quiet.p99Ms() / quiet.p50Ms());
    out.printf("| during a full rebuild (first %.0f s of %.0f s) | %,d | %.2f | %.2f | %.1f | %d | %,.0f |%n",
        r.loadedSeconds(), r.rebuildSeconds(),
        during.count(), during.p50Ms(), during.p99Ms(), r.p99OverQuietP50(), r.errors(), r.rebuildDocsPerSecond());
  }

  private void queries(List<QueryRun> runs) {
    out.printf("%n### Queries (search + facets + highlighting for Straits)%n%n");
    out.println("| system | threads | p50 ms | p95 ms | p99 ms | queries/s | errors | mean hits | Straits p50 ÷ this | Straits q/s ÷ this |");
    out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (QueryRun run : runs) {
      QueryRun straits = straitsRun(runs, run.threads());
      LatencySummary o = run.overall();
      out.printf("| %s | %d | %.2f | %.2f | %.2f | %,.0f | %d | %,.0f | %.2f | %.2f |%n", run.system(), run.threads(),
          o.p50Ms(), o.p95Ms(), o.p99Ms(), run.queriesPerSecond(), run.errors(), run.meanHits(),
          straits.overall().p50Ms() / o.p50Ms(), straits.queriesPerSecond() / run.queriesPerSecond());
    }
    byKind(runs.stream().filter(r -> r.threads() == 1).toList());
  }

  /** Median latency of each kind of query, one column per system, and Straits ÷ peer. */
  private void byKind(List<QueryRun> runs) {
    out.printf("%n| query kind (1 thread, p50 ms) |");
    runs.forEach(r -> out.printf(" %s |", r.system()));
    runs.stream().skip(1).forEach(r -> out.printf(" Straits ÷ %s |", r.system()));
    out.printf("%n| --- |%s%n", " ---: |".repeat(runs.size() * 2 - 1));
    for (QueryKind kind : QueryKind.values()) {
      LatencySummary straits = runs.get(0).byKind().get(kind);
      if (straits == null) {
        continue;
      }
      out.printf("| %s |", kind.label());
      runs.forEach(r -> out.printf(" %.2f |", r.byKind().getOrDefault(kind, LatencySummary.EMPTY).p50Ms()));
      runs.stream().skip(1).forEach(r -> out.printf(" %.2f |",
          straits.p50Ms() / r.byKind().getOrDefault(kind, LatencySummary.EMPTY).p50Ms()));
      out.println();
    }
  }

  private void http(List<QueryRun> http, List<QueryRun> inProcess) {
    out.printf("%n## HTTP (same corpus and mix as the first corpus above)%n%n");
    out.printf("Client: %s (blocking, on the calling thread, as wrk and ab); rows ending in%s are the same requests"
        + " by the JDK's HttpClient, right after.%n%n", HttpSystem.Client.LEAN.label(), HttpSystem.Client.JDK.suffix());
    out.println("| endpoint | clients | requests/s | p50 ms | p99 ms | errors | p50 ÷ in-process p50 |");
    out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    QueryRun single = straitsRun(inProcess, 1);
    for (QueryRun run : http) {
      out.printf("| %s | %d | %,.0f | %.2f | %.2f | %d | %.2f |%n", run.system(), run.threads(), run.queriesPerSecond(),
          run.overall().p50Ms(), run.overall().p99Ms(), run.errors(), run.overall().p50Ms() / single.overall().p50Ms());
    }
  }

  private static QueryRun straitsRun(List<QueryRun> runs, int threads) {
    return runs.stream().filter(r -> r.system().equals(BenchRunner.STRAITS) && r.threads() == threads)
        .findFirst().orElseGet(() -> runs.stream().filter(r -> r.system().equals(BenchRunner.STRAITS)).findFirst()
            .orElseThrow(() -> new IllegalStateException("the report has no in-process Straits run")));
  }
}
