package org.straits.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * Readers hitting a server for a fixed time, each with its own kind of request: result pages,
 * the search API (whose match-all totals must satisfy a snapshot rule, and whose language facet
 * must add up to its total), CSV exports and suggestions.
 */
final class SoakLoad {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> PAGES = List.of("/search?q=Kinmen+coast+guard", "/search?q=%E5%8F%B0%E6%B9%BE+%E6%BC%94%E4%B9%A0",
      "/search?q=ferry&lang=en&sort=newest", "/search?q=Taiwan+election&page=2");
  private static final List<String> APIS = List.of("/api/search?q=", "/api/search?q=patrol+navy", "/api/search?q=%E4%B8%A4%E5%B2%B8");
  private static final List<String> EXPORTS = List.of("/export.csv?q=Matsu+fishing&lang=en", "/export.json?q=%E9%87%91%E9%97%A8");
  private static final List<String> SUGGESTS = List.of("/api/suggest?q=kin", "/api/suggest?q=%E5%8F%B0", "/api/suggest?q=tai");

  /** What a reader makes of one answer. */
  enum Outcome { OK, DEGRADED, FAILED }

  /** The outcome of one answer and, unless it is OK, why. */
  record Verdict(Outcome outcome, String why) {
    static final Verdict OK = new Verdict(Outcome.OK, "");

    static Verdict failed(String why) {
      return new Verdict(Outcome.FAILED, why);
    }

    static Verdict degraded(String why) {
      return new Verdict(Outcome.DEGRADED, why);
    }
  }

  /** Judges an answer; a request that got no answer (timeout, cut connection) has failed. */
  interface Rule {
    Verdict judge(String path, HttpResponse<String> response) throws Exception;

    default Verdict noAnswer(String path, Exception e) {
      return Verdict.failed(e.toString());
    }
  }

  /** Latencies of one kind of request (page, api, export, suggest), sorted. */
  record Kind(String name, List<Long> latenciesNanos) {}

  record Result(long requests, List<String> failures, List<String> degraded, List<Long> latenciesNanos, List<Kind> kinds) {
    double p50Ms() {
      return percentile(0.50);
    }

    double p99Ms() {
      return percentile(0.99);
    }

    double maxMs() {
      return percentile(1.0);
    }

    private double percentile(double p) {
      if (latenciesNanos.isEmpty()) {
        return 0;
      }
      int rank = (int) Math.ceil(p * latenciesNanos.size()) - 1;
      return latenciesNanos.get(Math.max(0, rank)) / 1e6;
    }

    /** The worst of each kind's p99 over that kind's quiet p50: exports are slow by nature, not by load. */
    String kindRatios(Result quiet) {
      double worst = 0;
      String which = "";
      for (int k = 0; k < kinds.size() && k < quiet.kinds().size(); k++) {
        double ratio = one(kinds.get(k)).p99Ms() / Math.max(one(quiet.kinds().get(k)).p50Ms(), 1e-3);
        if (ratio > worst) {
          worst = ratio;
          which = kinds.get(k).name();
        }
      }
      return String.format(", worst kind p99/its quiet p50 %.1f (%s)", worst, which);
    }

    private static Result one(Kind kind) {
      return new Result(kind.latenciesNanos().size(), List.of(), List.of(), kind.latenciesNanos(), List.of());
    }

    String line(String phase) {
      StringBuilder kindsText = new StringBuilder();
      for (Kind kind : kinds) {
        Result one = one(kind);
        kindsText.append(String.format("; %s p50 %.1f / p99 %.1f ms", kind.name(), one.p50Ms(), one.p99Ms()));
      }
      String degradedText = degraded.isEmpty() ? "" : ", " + degraded.size() + " degraded";
      return String.format("%s: %d requests, %d failed%s, p50 %.1f ms, p99 %.1f ms%s", phase, requests, failures.size(),
          degradedText, p50Ms(), p99Ms(), kindsText);
    }
  }

  private SoakLoad() {}

  /** Heap in use after two collections: what the run keeps, not what it has yet to collect. */
  static long usedHeapAfterGc() throws InterruptedException {
    System.gc();
    Thread.sleep(200);
    System.gc();
    return java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** Every answer a 200 from one complete snapshot whose match-all total satisfies {@code matchAllTotal}. */
  static Result run(String root, int clients, Duration duration, LongPredicate matchAllTotal) throws InterruptedException {
    return run(root, clients, duration, snapshot(matchAllTotal));
  }

  static Rule snapshot(LongPredicate matchAllTotal) {
    return (path, response) -> {
      String problem = check(path, response, matchAllTotal);
      return problem == null ? Verdict.OK : Verdict.failed(problem);
    };
  }

  static Result run(String root, int clients, Duration duration, Rule rule) throws InterruptedException {
    long end = System.nanoTime() + duration.toNanos();
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    List<String> degraded = Collections.synchronizedList(new ArrayList<>());
    List<String> names = List.of("page", "api", "export", "suggest");
    List<List<Long>> byKind = new ArrayList<>();
    names.forEach(n -> byKind.add(Collections.synchronizedList(new ArrayList<>())));
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int kind = c % 4;
      List<String> paths = List.of(PAGES, APIS, EXPORTS, SUGGESTS).get(kind);
      threads.add(Thread.ofPlatform().start(() -> client(root, paths, end, rule, failures, degraded, byKind.get(kind))));
    }
    for (Thread thread : threads) {
      thread.join();
    }
    List<Long> all = new ArrayList<>();
    List<Kind> kinds = new ArrayList<>();
    for (int k = 0; k < names.size(); k++) {
      List<Long> sorted = new ArrayList<>(byKind.get(k));
      Collections.sort(sorted);
      kinds.add(new Kind(names.get(k), sorted));
      all.addAll(sorted);
    }
    Collections.sort(all);
    return new Result(all.size(), List.copyOf(failures), List.copyOf(degraded), all, kinds);
  }

  private static void client(String root, List<String> paths, long end, Rule rule, List<String> failures,
      List<String> degraded, List<Long> latencies) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    for (int i = 0; System.nanoTime() < end; i++) {
      String path = paths.get(i % paths.size());
      long start = System.nanoTime();
      try {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(root + path))
            .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        latencies.add(System.nanoTime() - start);
        Verdict verdict = rule.judge(path, response);
        if (verdict.outcome() == Outcome.FAILED) {
          failures.add(path + ": " + verdict.why());
        } else if (verdict.outcome() == Outcome.DEGRADED) {
          degraded.add(path + ": " + verdict.why());
        }
      } catch (Exception e) {
        latencies.add(System.nanoTime() - start);
        Verdict verdict = rule.noAnswer(path, e);
        (verdict.outcome() == Outcome.DEGRADED ? degraded : failures).add(path + ": " + verdict.why());
      }
    }
  }

  private static String check(String path, HttpResponse<String> response, LongPredicate matchAllTotal) throws Exception {
    if (response.statusCode() != 200) {
      return "status " + response.statusCode();
    }
    if (!path.startsWith("/api/search")) {
      return null;
    }
    JsonNode body = JSON.readTree(response.body());
    long total = body.get("total").asLong();
    long byLanguage = 0;
    for (JsonNode value : body.path("facets").path("lang")) {
      byLanguage += value.get("count").asLong();
    }
    if (byLanguage != total) {
      return "total " + total + " but the language facet adds up to " + byLanguage + ": two snapshots in one answer";
    }
    if (path.equals("/api/search?q=") && !matchAllTotal.test(total)) {
      return "match-all total " + total + " is from no complete snapshot";
    }
    return null;
  }
}
