package org.straits.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.straits.App;
import org.straits.config.StraitsConfig;
import org.straits.ingest.SourceDocument;
import org.straits.search.IndexView;
import org.straits.web.WebServer;

/**
 * A developer's loop for what the JSON API adds to the in-process search (issue 11): over an index
 * {@link QueryPathProbe} built, serves it on a loopback port in this JVM (as the bench does) and
 * times every query of the mix in turn in-process ({@code SearchService}), and through
 * {@code /api/search} and the HTTP floor {@code /api/health} by each of the bench's two clients
 * ({@link HttpSystem.Client}: java.net.http, then the lean keep-alive one) — wall clock, the CPU time
 * of every thread by whose it is (client, the server's I/O and worker threads, the JVM) and the bytes
 * allocated by all. {@code loop=N} times system N of that list alone (3: the lean client's API, 4:
 * its floor), back to back as the bench does, e.g. for a profile; {@code json} times the JSON
 * writing alone. Not a test; run as
 * {@code java -cp target/straits.jar:target/test-classes org.straits.bench.ApiPathProbe WORK [rounds] [perKind] [loop=N|json]}.
 */
public final class ApiPathProbe {
  private static final String LOOPBACK = "127.0.0.1";
  /**
   * Whose CPU time it is: the caller and its HTTP client, the server's XNIO I/O threads (reading,
   * parsing, dispatching) and its worker threads (the handler, writing), the JVM (collector, compiler).
   */
  private static final String[] GROUPS = {"client", "io", "worker", "jvm"};
  private static final java.util.Map<Long, Integer> GROUP_OF = new java.util.HashMap<>();

  private ApiPathProbe() {}

  public static void main(String[] args) throws Exception {
    Path work = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    int perKind = args.length > 2 ? Integer.parseInt(args[2]) : 25;
    List<SourceDocument> docs = CorpusFiles.read(List.of(Path.of("/work/shared/corpus/guardian.jsonl"),
        Path.of("/work/shared/corpus/cctv-xwlb.jsonl")));
    App app = IndexingBench.app(work.resolve("source"), work.resolve("index"), null, 2);
    List<BenchQuery> queries = new QueryMix(docs, app.gazetteer()).generate(perKind, 42);
    try (IndexView view = app.openIndex()) {
      if (args.length > 3 && args[3].equals("json")) {
        json(app.searchService(view), queries, rounds);
        return;
      }
      WebServer server = app.webServer(view, StraitsConfig.webRoot(), LOOPBACK, 0, true);
      URI base = URI.create("http://" + LOOPBACK + ":" + server.start());
      try (HttpSystem api = new HttpSystem(base, HttpSystem.API_PATH, "HTTP " + HttpSystem.API_PATH, HttpSystem.Client.JDK);
          HttpSystem floor = new HttpSystem(base, HttpSystem.HEALTH_PATH, "HTTP " + HttpSystem.HEALTH_PATH, HttpSystem.Client.JDK);
          HttpSystem leanApi = new HttpSystem(base, HttpSystem.API_PATH);
          HttpSystem leanFloor = new HttpSystem(base, HttpSystem.HEALTH_PATH)) {
        List<SearchSystem> systems = List.of(new StraitsSystem(app.searchService(view)), api, floor, leanApi, leanFloor);
        if (args.length > 3 && args[3].startsWith("loop=")) {
          // One system alone, for a profile of its requests: loop=3 is the lean client's /api/search.
          systems = List.of(systems.get(Integer.parseInt(args[3].substring(5))));
        }
        time(systems, queries, 1);
        time(systems, queries, rounds);
      } finally {
        server.stop();
      }
    }
  }

  private static int group(java.lang.management.ThreadMXBean threads, long id) {
    return GROUP_OF.computeIfAbsent(id, key -> {
      var info = threads.getThreadInfo(key);
      String name = info == null ? "" : info.getThreadName();
      return name.equals("main") || name.startsWith("HttpClient") ? 0
          : name.startsWith("XNIO") && name.contains("I/O") ? 1 : name.startsWith("XNIO") ? 2 : 3;
    });
  }

  /** The API's JSON writing alone: each query's result written {@code rounds} times, thread CPU and size. */
  private static void json(org.straits.search.SearchService service, List<BenchQuery> queries, int rounds)
      throws Exception {
    var threads = ManagementFactory.getThreadMXBean();
    var mapper = org.straits.search.SearchJson.mapper();
    List<long[]> timings = new ArrayList<>();
    long bytes = 0;
    for (int pass = 0; pass < 2; pass++) {
      timings.clear();
      bytes = 0;
      for (BenchQuery q : queries) {
        org.straits.search.SearchResult result = service.search(StraitsSystem.request(q));
        for (int r = 0; r < rounds; r++) {
          long cpu = threads.getCurrentThreadCpuTime();
          bytes += mapper.writeValueAsBytes(result).length;
          timings.add(new long[] {threads.getCurrentThreadCpuTime() - cpu});
        }
      }
    }
    LatencySummary cpu = LatencySummary.ofNanos(timings.stream().mapToLong(t -> t[0]).toArray());
    System.out.printf("JSON writing n=%d cpu p50=%.3f p95=%.3f mean=%.3f ms, %.1f kB per response%n", cpu.count(),
        cpu.p50Ms(), cpu.p95Ms(), cpu.meanMs(), bytes / 1000.0 / timings.size());
  }

  /** Each query on every system in turn; per system the wall and process-CPU percentiles. */
  private static void time(List<SearchSystem> systems, List<BenchQuery> queries, int rounds) throws Exception {
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    List<List<long[]>> timings = new ArrayList<>();
    systems.forEach(s -> timings.add(new ArrayList<>()));
    for (int r = 0; r < rounds; r++) {
      for (BenchQuery q : queries) {
        for (int i = 0; i < systems.size(); i++) {
          long[] ids = threads.getAllThreadIds();
          long[] before = threads.getThreadCpuTime(ids);
          long allocated = threads.getTotalThreadAllocatedBytes();
          long wall = System.nanoTime();
          systems.get(i).search(q);
          long took = System.nanoTime() - wall;
          long[] after = threads.getThreadCpuTime(ids);
          long allocatedAfter = threads.getTotalThreadAllocatedBytes();
          long[] byGroup = new long[GROUPS.length];
          for (int t = 0; t < ids.length; t++) {
            byGroup[group(threads, ids[t])] += before[t] < 0 || after[t] < 0 ? 0 : after[t] - before[t];
          }
          long cpu = java.util.Arrays.stream(byGroup).sum();
          long[] timing = java.util.Arrays.copyOf(new long[] {took, cpu, allocatedAfter - allocated}, 3 + GROUPS.length);
          System.arraycopy(byGroup, 0, timing, 3, GROUPS.length);
          timings.get(i).add(timing);
        }
      }
    }
    if (rounds < 2) {
      return;
    }
    double[] p50 = new double[systems.size()];
    double[] wallP50 = new double[systems.size()];
    for (int i = 0; i < systems.size(); i++) {
      LatencySummary wall = LatencySummary.ofNanos(timings.get(i).stream().mapToLong(t -> t[0]).toArray());
      LatencySummary cpu = LatencySummary.ofNanos(timings.get(i).stream().mapToLong(t -> t[1]).toArray());
      double mb = timings.get(i).stream().mapToLong(t -> t[2]).average().orElse(0) / 1e6;
      p50[i] = cpu.p50Ms();
      wallP50[i] = wall.p50Ms();
      int system = i;
      double[] groupMeans = java.util.stream.IntStream.range(0, GROUPS.length)
          .mapToDouble(g -> timings.get(system).stream().mapToLong(t -> t[3 + g]).average().orElse(0) / 1e6).toArray();
      System.out.printf("%-32s n=%4d wall p50=%6.2f p99=%6.2f | cpu p50=%6.2f p95=%6.2f p99=%6.2f mean=%6.2f"
          + " (mean %s %.3f, %s %.3f, %s %.3f, %s %.3f) | MB %5.2f%n",
          systems.get(i).name(), wall.count(), wall.p50Ms(), wall.p99Ms(), cpu.p50Ms(), cpu.p95Ms(), cpu.p99Ms(),
          cpu.meanMs(), GROUPS[0], groupMeans[0], GROUPS[1], groupMeans[1], GROUPS[2], groupMeans[2],
          GROUPS[3], groupMeans[3], mb);
    }
    for (int api = 1; api + 1 < systems.size() && systems.size() == 5; api += 2) {
      System.out.printf("%s: cpu p50 api / in-process = %.3f, (api - floor) / in-process = %.3f; wall p50 %.3f, %.3f%n",
          systems.get(api).name(), p50[api] / p50[0], (p50[api] - p50[api + 1]) / p50[0], wallP50[api] / wallP50[0],
          (wallP50[api] - wallP50[api + 1]) / wallP50[0]);
    }
  }
}
