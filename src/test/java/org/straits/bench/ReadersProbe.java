package org.straits.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.straits.App;
import org.straits.ingest.SourceDocument;
import org.straits.search.IndexView;

/**
 * Many readers at once on a real index, no rebuild: the bench's query mix on {@code CLIENTS}
 * in-process clients for {@code SECONDS}, after a 10 s warm-up, with {@code search-threads} set to
 * {@code SLOTS}: p50, p90, p99, mean and throughput, to weigh first-come-first-served admission
 * against every search running at once (docs/benchmarks.md, "Readers first, round two").
 *
 * <p>{@code java -cp 'target/straits.jar:target/lib/*:target/test-classes' org.straits.bench.ReadersProbe
 * SOURCE INDEX SECONDS CLIENTS SLOTS} (SOURCE holding guardian.jsonl and cctv-xwlb.jsonl, INDEX
 * built from it).
 */
public final class ReadersProbe {
  private ReadersProbe() {}

  public static void main(String[] args) throws Exception {
    Path source = Path.of(args[0]);
    double seconds = Double.parseDouble(args[2]);
    int clients = Integer.parseInt(args[3]);
    int slots = Integer.parseInt(args[4]);
    List<SourceDocument> docs = CorpusFiles.read(List.of(source.resolve("guardian.jsonl"), source.resolve("cctv-xwlb.jsonl")));
    App base = IndexingBench.app(source, Path.of(args[1]), null, 2);
    App app = new App(base.config().withSearchThreads(slots));
    try (IndexView view = app.openIndex()) {
      StraitsSystem system = new StraitsSystem(app.searchService(view));
      List<BenchQuery> queries = new QueryMix(docs).generate(25, 42);
      long warm = System.nanoTime() + 10_000_000_000L;
      for (int i = 0; System.nanoTime() < warm; i++) {
        system.search(queries.get(i % queries.size()));
      }
      long[] all = load(system, queries, clients, System.nanoTime() + (long) (seconds * 1e9));
      Arrays.sort(all);
      System.out.printf("search-threads=%d clients=%d load %s n=%d p50 %.2f p90 %.2f p99 %.2f mean %.2f q/s %.0f%n",
          slots, clients, Files.readString(Path.of("/proc/loadavg")).split(" ")[0], all.length,
          all[all.length / 2] / 1e6, all[(int) (all.length * 0.9)] / 1e6, all[(int) Math.ceil(all.length * 0.99) - 1] / 1e6,
          Arrays.stream(all).average().orElse(0) / 1e6, all.length / seconds);
    }
  }

  private static long[] load(StraitsSystem system, List<BenchQuery> queries, int clients, long end) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<long[]>> futures = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int offset = queries.size() * c / clients;
        futures.add(pool.submit(() -> {
          long[] nanos = new long[1 << 16];
          int count = 0;
          for (int i = offset; System.nanoTime() < end && count < nanos.length; i++) {
            long start = System.nanoTime();
            system.search(queries.get(i % queries.size()));
            nanos[count++] = System.nanoTime() - start;
          }
          return Arrays.copyOf(nanos, count);
        }));
      }
      List<long[]> each = new ArrayList<>();
      for (Future<long[]> future : futures) {
        each.add(future.get());
      }
      return each.stream().flatMapToLong(Arrays::stream).toArray();
    } finally {
      pool.shutdownNow();
    }
  }
}
