package org.straits.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The probe's tail report (issue 11): every query timed in every round — wall, thread CPU, bytes
 * allocated, and whether a collection ran meanwhile — then the kinds' percentiles and the queries
 * whose median CPU is highest, so "always slow" and "sometimes slow" can be told apart.
 */
final class SlowQueries {
  private SlowQueries() {}

  /** One timed run of one query. */
  private record Sample(long wallNanos, long cpuNanos, long allocated, boolean collected) {}

  static void report(StraitsSystem straits, List<BenchQuery> queries, int rounds, int shown) throws IOException {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long self = Thread.currentThread().threadId();
    List<List<Sample>> byQuery = new ArrayList<>();
    queries.forEach(q -> byQuery.add(new ArrayList<>()));
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < queries.size(); i++) {
        long gcs = collections();
        long bytes = threads.getThreadAllocatedBytes(self);
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        straits.search(queries.get(i));
        long wallTaken = System.nanoTime() - wall;
        long cpuTaken = threads.getCurrentThreadCpuTime() - cpu;
        byQuery.get(i).add(new Sample(wallTaken, cpuTaken, threads.getThreadAllocatedBytes(self) - bytes,
            collections() != gcs));
      }
    }
    printKinds(queries, byQuery);
    printSlowest(queries, byQuery, shown);
  }

  private static long collections() {
    long n = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      n += Math.max(0, gc.getCollectionCount());
    }
    return n;
  }

  private static void printKinds(List<BenchQuery> queries, List<List<Sample>> byQuery) {
    Map<QueryKind, List<Sample>> byKind = new EnumMap<>(QueryKind.class);
    List<Sample> all = new ArrayList<>();
    for (int i = 0; i < queries.size(); i++) {
      byKind.computeIfAbsent(queries.get(i).kind(), k -> new ArrayList<>()).addAll(byQuery.get(i));
      all.addAll(byQuery.get(i));
    }
    line("overall", all);
    byKind.forEach((kind, samples) -> line(kind.name(), samples));
    long collected = all.stream().filter(Sample::collected).count();
    System.out.printf("samples with a collection during them: %d of %d%n", collected, all.size());
  }

  private static void line(String label, List<Sample> samples) {
    LatencySummary wall = LatencySummary.ofNanos(samples.stream().mapToLong(Sample::wallNanos).toArray());
    LatencySummary cpu = LatencySummary.ofNanos(samples.stream().mapToLong(Sample::cpuNanos).toArray());
    double kb = samples.stream().mapToLong(Sample::allocated).average().orElse(0) / 1024;
    System.out.printf("%-22s n=%4d wall p50=%6.2f p99=%6.2f | cpu p50=%6.2f p95=%6.2f p99=%6.2f mean=%6.2f | alloc %,8.0f KB%n",
        label, samples.size(), wall.p50Ms(), wall.p99Ms(), cpu.p50Ms(), cpu.p95Ms(), cpu.p99Ms(), cpu.meanMs(), kb);
  }

  private static void printSlowest(List<BenchQuery> queries, List<List<Sample>> byQuery, int shown) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < queries.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble((Integer i) -> -medianCpu(byQuery.get(i))));
    System.out.println("slowest by median CPU (ms per round, * = a collection ran; KB allocated, median):");
    for (int i : order.subList(0, Math.min(shown, order.size()))) {
      BenchQuery q = queries.get(i);
      StringBuilder rounds = new StringBuilder();
      for (Sample s : byQuery.get(i)) {
        rounds.append(String.format("%6.2f%s", s.cpuNanos() / 1e6, s.collected() ? "*" : " "));
      }
      long kb = byQuery.get(i).stream().mapToLong(Sample::allocated).sorted().skip(byQuery.get(i).size() / 2)
          .findFirst().orElse(0) / 1024;
      System.out.printf("%-26s %-40s %-12s p%d |%s| %,7d KB%n", q.kind(), q.text(), q.filterValue(), q.page(),
          rounds, kb);
    }
  }

  private static double medianCpu(List<Sample> samples) {
    return samples.stream().mapToLong(Sample::cpuNanos).sorted().skip(samples.size() / 2).findFirst().orElse(0);
  }
}
