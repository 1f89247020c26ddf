package org.straits.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Times a query mix against a {@link SearchSystem}: a warm-up pass, then {@code rounds} passes on
 * each of {@code threads} clients (each starting at a different point of the mix), bounded by a
 * time limit so a slow peer cannot stall the run.
 */
public final class QueryBench {
  private final int rounds;
  private final double maxSeconds;

  public QueryBench(int rounds, double maxSeconds) {
    this.rounds = rounds;
    this.maxSeconds = maxSeconds;
  }

  public QueryRun run(SearchSystem system, List<BenchQuery> queries, int threads) throws IOException {
    warmUp(system, queries);
    long deadline = System.nanoTime() + (long) (maxSeconds * 1e9);
    AtomicLong errors = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<List<Timed>>> clients = new ArrayList<>();
    long start = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      int offset = queries.size() * t / threads;
      clients.add(pool.submit(() -> client(system, queries, offset, deadline, errors)));
    }
    List<Timed> timings = new ArrayList<>();
    try {
      for (Future<List<Timed>> client : clients) {
        timings.addAll(client.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("query benchmark of " + system.name() + " interrupted", e);
    } catch (ExecutionException e) {
      throw new IOException("query benchmark of " + system.name() + " failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return summarise(system.name(), threads, timings, seconds, errors.get());
  }

  /** One pass over the mix, cut short after a quarter of the time limit (a slow peer needs no more to warm up). */
  private void warmUp(SearchSystem system, List<BenchQuery> queries) {
    long deadline = System.nanoTime() + (long) (maxSeconds / 4 * 1e9);
    for (BenchQuery query : queries) {
      if (System.nanoTime() > deadline) {
        return;
      }
      try {
        system.search(query);
      } catch (IOException | RuntimeException e) {
        // Counted in the measured passes; the warm-up only has to exercise the code.
      }
    }
  }

  /** A timed query: its kind, nanoseconds, total hits. */
  private record Timed(QueryKind kind, long nanos, long hits) {}

  private List<Timed> client(SearchSystem system, List<BenchQuery> queries, int offset, long deadline,
      AtomicLong errors) {
    List<Timed> timings = new ArrayList<>(rounds * queries.size());
    for (int i = 0; i < rounds * queries.size() && System.nanoTime() < deadline; i++) {
      BenchQuery query = queries.get((offset + i) % queries.size());
      long start = System.nanoTime();
      try {
        long hits = system.search(query);
        timings.add(new Timed(query.kind(), System.nanoTime() - start, hits));
      } catch (IOException | RuntimeException e) {
        errors.incrementAndGet();
      }
    }
    return timings;
  }

  private static QueryRun summarise(String system, int threads, List<Timed> timings, double seconds, long errors) {
    Map<QueryKind, LatencySummary> byKind = new EnumMap<>(QueryKind.class);
    for (QueryKind kind : QueryKind.values()) {
      long[] nanos = timings.stream().filter(t -> t.kind() == kind).mapToLong(Timed::nanos).toArray();
      if (nanos.length > 0) {
        byKind.put(kind, LatencySummary.ofNanos(nanos));
      }
    }
    LatencySummary overall = LatencySummary.ofNanos(timings.stream().mapToLong(Timed::nanos).toArray());
    double meanHits = timings.stream().mapToLong(Timed::hits).average().orElse(0);
    return new QueryRun(system, threads, overall, byKind, timings.size() / Math.max(seconds, 1e-9), errors, meanHits);
  }
}
