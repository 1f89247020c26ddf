package org.straits.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.straits.bench.BenchReport;
import org.straits.bench.BenchRunner;
import org.straits.bench.LatencySummary;
import org.straits.bench.QueryKind;
import org.straits.bench.QueryRun;
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
    for (BenchReport.CorpusReport corpus : report.corpora()) {
      out.printf("%n## Corpus %s: %,d documents, %.1f MB of text, %s%n", corpus.name(), corpus.documents(),
          corpus.textBytes() / MB, corpus.languages());
      indexing(corpus.indexing());
      queries(corpus.queries());
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
