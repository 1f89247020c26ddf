package org.straits.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.straits.App;
import org.straits.ingest.SourceDocument;
import org.straits.search.IndexView;

/**
 * A developer's loop for the in-process query path (issue 11): indexes a corpus once into a kept
 * folder, then times the bench's query mix on Straits alone, so a change to the search code is
 * measured in seconds instead of a whole {@code ./straits bench}. Not a test; run as
 * {@code java -cp target/straits.jar:target/test-classes org.straits.bench.QueryPathProbe real|N WORK [rounds] [perKind] [print|slow|median|marks|parse|only=q1|q2 [marks]]}.
 * {@code slow} also lists the slowest queries: CPU time and allocation of each round, and whether
 * a garbage collection ran during it, so a tail is told apart as always-slow queries or pauses.
 * {@code median} loops the queries between the mix's 30th and 70th percentiles of CPU time (to
 * profile the median, not the tail); {@code marks} prints what a reader sees of every query.
 * {@code parse} times the query parser alone.
 * Every timing line also gives the bytes the request thread allocated, and the CPU time of the
 * request thread with the engine's helper threads (a search's parts on a free core), and each
 * loop ends with the process's CPU time per query (every thread, the collector and compiler too).
 */
public final class QueryPathProbe {
  private QueryPathProbe() {}

  /**
   * Wall-clock and thread CPU time of every query, by kind (CPU time is steadier on a loaded
   * machine; wall time is what a reader waits).
   */
  private static void time(StraitsSystem straits, List<BenchQuery> queries, int rounds) throws java.io.IOException {
    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
    java.util.Map<QueryKind, java.util.List<long[]>> byKind = new java.util.EnumMap<>(QueryKind.class);
    java.util.List<long[]> all = new java.util.ArrayList<>();
    var process = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    long processStart = process.getProcessCpuTime();
    for (int r = 0; r < rounds; r++) {
      long[] parts = searchPartThreads(threads);
      for (BenchQuery q : queries) {
        long[] t = measured(() -> straits.search(q), parts);
        byKind.computeIfAbsent(q.kind(), k -> new java.util.ArrayList<>()).add(t);
        all.add(t);
      }
    }
    if (rounds > 1) {
      print("overall", all);
      byKind.forEach((kind, t) -> print(kind.name(), t));
      // Every thread of the JVM (request, helpers, collector, compiler) over the whole loop: what a query costs the machine.
      System.out.printf("process cpu per query (mean over the loop) = %.3f ms%n",
          (process.getProcessCpuTime() - processStart) / 1e6 / all.size());
    }
  }

  /** Threads named as a search's helpers on a free core (branch qpar, measured and reverted: none today); kept so a later split is measured the same way. */
  private static long[] searchPartThreads(java.lang.management.ThreadMXBean threads) {
    return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("straits-search-part-"))
        .mapToLong(Thread::threadId).toArray();
  }

  private static long cpuOf(java.lang.management.ThreadMXBean threads, long[] ids) {
    long sum = 0;
    for (long id : ids) {
      sum += Math.max(0, threads.getThreadCpuTime(id));
    }
    return sum;
  }

  /**
   * The query parser alone (what a search does before it reads the index), as the engine builds it:
   * thread CPU and allocation per parse of every query of the mix, after one warm-up pass.
   */
  private static void parsing(App app, IndexView view, List<BenchQuery> queries, int rounds) throws java.io.IOException {
    org.straits.search.UserQueryParser parser = new org.straits.search.UserQueryParser(app.analyzer(),
        app.entityNames(), org.straits.search.PorterFamilies.over(view));
    queries.forEach(q -> parser.parse(q.text()));
    java.util.List<long[]> all = new java.util.ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      for (BenchQuery q : queries) {
        all.add(measured(() -> parser.parse(q.text()), new long[0]));
      }
    }
    print("parse", all);
  }

  /** Work timed on this thread. */
  private interface Work {
    void run() throws java.io.IOException;
  }

  /**
   * Wall-clock nanoseconds, thread CPU nanoseconds and bytes this thread allocated, of {@code work},
   * and the CPU nanoseconds of the helper threads {@code parts} meanwhile.
   */
  private static long[] measured(Work work, long[] parts) throws java.io.IOException {
    var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    long cpu = threads.getCurrentThreadCpuTime();
    long partsCpu = cpuOf(threads, parts);
    long allocated = threads.getCurrentThreadAllocatedBytes();
    long wall = System.nanoTime();
    work.run();
    return new long[] {System.nanoTime() - wall, threads.getCurrentThreadCpuTime() - cpu,
        threads.getCurrentThreadAllocatedBytes() - allocated, cpuOf(threads, parts) - partsCpu};
  }

  private static void print(String label, java.util.List<long[]> timings) {
    LatencySummary wall = LatencySummary.ofNanos(timings.stream().mapToLong(t -> t[0]).toArray());
    LatencySummary cpu = LatencySummary.ofNanos(timings.stream().mapToLong(t -> t[1]).toArray());
    double mb = timings.stream().mapToLong(t -> t[2]).average().orElse(0) / 1e6;
    long[] bytes = timings.stream().mapToLong(t -> t[2]).sorted().toArray();
    // The request thread's CPU and its helpers' together: what the search itself costs.
    LatencySummary both = LatencySummary.ofNanos(timings.stream().mapToLong(t -> t[1] + t[3]).toArray());
    double helperShare = timings.stream().mapToLong(t -> t[3]).sum() / (double) Math.max(1,
        timings.stream().mapToLong(t -> t[1] + t[3]).sum());
    System.out.printf("%-15s n=%4d wall p50=%6.2f p99=%6.2f | cpu p50=%6.2f p95=%6.2f p99=%6.2f mean=%6.2f | MB mean=%5.2f p50=%5.2f | +helpers cpu p50=%6.2f mean=%6.2f (helpers %2.0f%%)%n",
        label, wall.count(), wall.p50Ms(), wall.p99Ms(), cpu.p50Ms(), cpu.p95Ms(), cpu.p99Ms(), cpu.meanMs(), mb,
        bytes[bytes.length / 2] / 1e6, both.p50Ms(), both.meanMs(), 100 * helperShare);
  }

  /** The queries whose thread CPU time (the lower of two runs) lies between the mix's 30th and 70th percentiles. */
  private static List<BenchQuery> middle(StraitsSystem straits, List<BenchQuery> queries) throws java.io.IOException {
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long[] cpu = new long[queries.size()];
    for (int i = 0; i < queries.size(); i++) {
      long best = Long.MAX_VALUE;
      for (int r = 0; r < 2; r++) {
        long t = threads.getCurrentThreadCpuTime();
        straits.search(queries.get(i));
        best = Math.min(best, threads.getCurrentThreadCpuTime() - t);
      }
      cpu[i] = best;
    }
    long[] sorted = cpu.clone();
    java.util.Arrays.sort(sorted);
    long low = sorted[sorted.length * 3 / 10];
    long high = sorted[sorted.length * 7 / 10];
    List<BenchQuery> kept = new java.util.ArrayList<>();
    for (int i = 0; i < queries.size(); i++) {
      if (cpu[i] >= low && cpu[i] <= high) {
        kept.add(queries.get(i));
      }
    }
    return kept;
  }

  public static void main(String[] args) throws Exception {
    String corpus = args[0];
    Path work = Path.of(args[1]);
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    int perKind = args.length > 3 ? Integer.parseInt(args[3]) : 25;
    boolean print = args.length > 4 && args[4].equals("print");
    boolean slow = args.length > 4 && args[4].equals("slow");
    String only = args.length > 4 && args[4].startsWith("only=") ? args[4].substring(5) : null;
    List<SourceDocument> real = CorpusFiles.read(List.of(Path.of("/work/shared/corpus/guardian.jsonl"),
        Path.of("/work/shared/corpus/cctv-xwlb.jsonl")));
    List<SourceDocument> docs = corpus.equals("real") ? real
        : new SyntheticCorpus(real).generate(Integer.parseInt(corpus), 42, 0.3);
    Path index = work.resolve("index");
    App app;
    if (Files.isDirectory(index)) {
      app = IndexingBench.app(work.resolve("source"), index, null, 2);
    } else {
      IndexingBench.IndexedCorpus indexed = IndexingBench.index(docs, work, null, 2);
      System.out.println("indexed " + docs.size() + " docs: " + indexed.throughput());
      app = indexed.app();
    }
    List<BenchQuery> queries = new QueryMix(docs, app.gazetteer()).generate(perKind, 42);
    if (only != null) {
      // Profiling one query: the queries whose text is one of the '|'-separated ones, alone.
      java.util.Set<String> texts = java.util.Set.of(only.split("\\|"));
      queries = queries.stream().filter(q -> texts.contains(q.text())).toList();
    }
    try (IndexView view = app.openIndex()) {
      StraitsSystem straits = new StraitsSystem(app.searchService(view));
      if (List.of(args).contains("marks")) {
        // What a reader sees of every query, to compare two builds: total, ids, scores, titles and snippets.
        org.straits.search.SearchService service = app.searchService(view);
        for (BenchQuery q : queries) {
          org.straits.search.SearchResult r = service.search(StraitsSystem.request(q));
          System.out.println(q.kind() + "\t" + q.text() + "\t" + r.total());
          r.hits().forEach(h -> System.out.println("  " + h.id() + " " + h.score() + " " + h.titleHtml() + " | " + h.snippets()));
          System.out.println("  facets " + r.facets());
        }
        return;
      }
      if (print) {
        for (BenchQuery q : queries) {
          System.out.println(q.kind() + "\t" + q.text() + "\t" + q.filterValue() + "\t" + straits.search(q));
        }
      }
      if (args.length > 4 && args[4].equals("parse")) {
        parsing(app, view, queries, rounds);
        return;
      }
      time(straits, queries, 1);
      if (args.length > 4 && args[4].equals("median")) {
        // Profiling the median, not the tail: the queries whose CPU time is between p30 and p70 of the mix, looped.
        List<BenchQuery> middle = middle(straits, queries);
        System.out.println("median band: " + middle.size() + " of " + queries.size() + " queries, from "
            + java.time.LocalTime.now());
        time(straits, middle, rounds);
        return;
      }
      if (slow) {
        SlowQueries.report(straits, queries, rounds, 25);
      } else {
        time(straits, queries, rounds);
      }
    }
  }
}
