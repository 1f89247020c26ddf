package org.straits.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.straits.App;
import org.straits.Fixtures;
import org.straits.Measurements;
import org.straits.config.StraitsConfig;
import org.straits.index.IndexProgress;
import org.straits.search.IndexView;
import org.straits.solr.LocalSolrCloud;
import org.straits.solr.SolrCloudExtension;
import org.straits.solr.SolrCluster;

/**
 * The soak of {@link SoakTest} on the Solr engine, through the real server with backend solr:
 * eight readers while full rebuilds (each a new collection the alias moves to) run back to back,
 * then while incremental runs add files; then a node is stopped and started again under the same
 * load: every answer is full, flagged partial or a clear 503, never a 500, a trace or a hang, and
 * searching comes back by itself.
 */
@ExtendWith(SolrCloudExtension.class)
class SolrSoakTest {
  private static final Duration PHASE = Duration.ofSeconds(15);
  private static final int FILES = 20;
  private static final int DOCS_PER_FILE = 80;
  private static final int EXTRA_FILES = 8;
  private static final int CLIENTS = 8;
  private static final long BASE = (long) FILES * DOCS_PER_FILE;
  private static final long EXTRA = (long) EXTRA_FILES * DOCS_PER_FILE;
  /** Longer than any answer may take with a node gone: SolrJ's timeouts are well inside it. */
  private static final Duration ANSWER_BOUND = Duration.ofSeconds(20);
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private Path source;
  private StraitsConfig config;
  private App app;

  @Test
  void readersNeverFailOrSeeAHalfBuiltCollectionAndSurviveANodeRestart() throws Exception {
    source = Files.createDirectories(dir.resolve("source"));
    SoakCorpus.write(source, 0, FILES, DOCS_PER_FILE);
    config = Fixtures.config(source, dir.resolve("index")).withCommitSeconds(1)
        .withSolr(SolrCloudExtension.cloud().urls(), "straits_soak");
    app = new App(config);
    // The embedded index beside the collection serves entity pages and statistics, as in ./straits serve.
    app.indexer().run(source, config.index(), false, IndexProgress.Listener.NONE);
    try (SolrCluster cluster = app.solrCluster(); IndexView index = app.openIndex()) {
      solrRun(cluster, true);
      WebServer server = new WebServer(app, index, Path.of("web"), "127.0.0.1", 0, true);
      String root = "http://127.0.0.1:" + server.start();
      try {
        soak(root, cluster);
      } finally {
        server.stop();
      }
    }
  }

  private void soak(String root, SolrCluster cluster) throws Exception {
    SoakLoad.run(root, CLIENTS, Duration.ofSeconds(3), total -> total == BASE);
    SoakLoad.Result quiet = SoakLoad.run(root, CLIENTS, Duration.ofSeconds(8), total -> total == BASE);
    long heapBefore = SoakLoad.usedHeapAfterGc();
    ConcurrentLinkedQueue<String> indexingErrors = new ConcurrentLinkedQueue<>();
    SoakIndexing indexing = new SoakIndexing(source, FILES, DOCS_PER_FILE, full -> solrRun(cluster, full), indexingErrors);
    // A full rebuild fills a new collection and moves the alias: every answer is the old count or the new one.
    SoakLoad.Result duringFull = whileIndexing(stop -> indexing.fullRebuilds(stop, EXTRA_FILES),
        () -> SoakLoad.run(root, CLIENTS, PHASE, total -> total == BASE || total == BASE + EXTRA));
    indexing.reset(EXTRA_FILES, true);
    // Incremental runs commit at file boundaries: whole files only, and never fewer than before.
    LongPredicate wholeFiles = total -> total >= BASE && total % DOCS_PER_FILE == 0;
    SoakLoad.Result duringIncremental = whileIndexing(stop -> indexing.incrementalRuns(stop, 4 * EXTRA_FILES),
        () -> SoakLoad.run(root, CLIENTS, PHASE, wholeFiles));
    long heapAfter = SoakLoad.usedHeapAfterGc();
    indexing.reset(4 * EXTRA_FILES, false);
    Outage outage = nodeOutage(root);

    List<String> report = new ArrayList<>();
    report.add("engine solr (2-node SolrCloud, one shard, a replica on each node), clients " + CLIENTS + ", " + BASE
        + " documents (+" + EXTRA + " toggled by the full rebuilds)");
    report.add(quiet.line("quiet (8 s, after a 3 s warm-up)"));
    report.add(duringFull.line("during full rebuilds (" + PHASE.toSeconds() + " s)") + ratio(duringFull, quiet));
    report.add(duringIncremental.line("during incremental runs (" + PHASE.toSeconds() + " s)") + ratio(duringIncremental, quiet));
    report.add(String.format("heap used after GC: before %d MiB, after %d MiB (%.0f%%)", heapBefore >> 20,
        heapAfter >> 20, 100.0 * (heapAfter - heapBefore) / heapBefore));
    report.addAll(outage.report());
    Measurements.write("soak-solr", String.join(System.lineSeparator(), report));

    assertEquals(List.of(), List.copyOf(indexingErrors));
    for (SoakLoad.Result phase : List.of(quiet, duringFull, duringIncremental, outage.after())) {
      assertEquals(List.of(), phase.failures().stream().limit(5).toList(), phase.failures().size() + " failed requests");
      assertTrue(phase.requests() > 50, "the load ran: " + phase.requests() + " requests");
    }
    assertTrue(heapAfter < heapBefore * 1.2 + (64L << 20), "heap bounded: " + report);
    outage.check();
  }

  private static String ratio(SoakLoad.Result phase, SoakLoad.Result quiet) {
    return String.format(", p99/quiet p50 %.1f", phase.p99Ms() / quiet.p50Ms()) + phase.kindRatios(quiet);
  }

  private interface Load {
    SoakLoad.Result run() throws InterruptedException;
  }

  /** Runs {@code load} while {@code indexing} loops, then stops the loop after its current run. */
  private static SoakLoad.Result whileIndexing(IndexingLoop indexing, Load load) throws Exception {
    AtomicBoolean stop = new AtomicBoolean();
    Thread thread = Thread.ofPlatform().start(() -> indexing.loop(stop));
    try {
      return load.run();
    } finally {
      stop.set(true);
      thread.join();
    }
  }

  private interface IndexingLoop {
    void loop(AtomicBoolean stop);
  }

  private void solrRun(SolrCluster cluster, boolean full) throws IOException {
    app.solrIndexer(cluster).run(source, config.stateDir(), full, IndexProgress.Listener.NONE);
  }

  /** What the readers saw while node 2 was away, and after. */
  private record Outage(SoakLoad.Result during, SoakLoad.Result after, long stopMillis, long downMillis,
      long recoverMillis) {
    List<String> report() {
      return List.of(
          during.line("node 2 stopped (in " + stopMillis + " ms) and started again " + downMillis
              + " ms after the stop began (load throughout)")
              + String.format(", max %.0f ms", during.maxMs()),
          "  degraded answers (flagged partial or a clear 503; the rest were full): " + kinds(during.degraded()),
          "  full answers again " + recoverMillis + " ms after the node's start returned, without restarting Straits",
          after.line("after recovery (5 s)"));
    }

    void check() {
      assertEquals(List.of(), during.failures().stream().limit(5).toList(),
          during.failures().size() + " requests failed (500, trace, unflagged partial, hang) with a node gone");
      assertTrue(during.maxMs() < ANSWER_BOUND.toMillis(), "every answer within " + ANSWER_BOUND + ": " + during.maxMs());
      assertTrue(downMillis > 4_000, "node 2 was away while the readers ran: " + downMillis + " ms");
    }

    private static String kinds(List<String> degraded) {
      java.util.Map<String, Long> counts = new java.util.TreeMap<>();
      degraded.forEach(d -> counts.merge(d.replaceAll("\\?.*?: ", ": ").replaceAll(": (.{0,60}).*", ": $1"), 1L, Long::sum));
      return degraded.size() + " " + counts;
    }
  }

  private Outage nodeOutage(String root) throws Exception {
    LocalSolrCloud cloud = SolrCloudExtension.cloud();
    long[] times = new long[3];
    SoakLoad.Result during = whileIndexing(stop -> {
      try {
        Thread.sleep(2_000);
        long begin = System.nanoTime();
        cloud.stopNode(2);
        times[0] = (System.nanoTime() - begin) / 1_000_000;
        Thread.sleep(5_000);
        cloud.startNode(2);
        times[1] = (System.nanoTime() - begin) / 1_000_000;
        long started = System.nanoTime();
        awaitFullAnswers(root);
        times[2] = (System.nanoTime() - started) / 1_000_000;
      } catch (IOException | InterruptedException e) {
        throw new IllegalStateException("node restart: " + e, e);
      }
    }, () -> SoakLoad.run(root, CLIENTS, Duration.ofSeconds(16), new OutageRule()));
    SoakLoad.Result after = SoakLoad.run(root, CLIENTS, Duration.ofSeconds(5), total -> total == BASE);
    return new Outage(during, after, times[0], times[1], times[2]);
  }

  private static void awaitFullAnswers(String root) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (System.nanoTime() < deadline) {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(root + "/api/search?q=")).build(),
          HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 200 && !isFlaggedPartial(response.body())
          && JSON.readTree(response.body()).get("total").asLong() == BASE) {
        return;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("no full answer within 2 minutes of the node's restart");
  }

  private static boolean isFlaggedPartial(String json) throws IOException {
    for (JsonNode notice : JSON.readTree(json).path("notices")) {
      if ("partial".equals(notice.path("kind").asText())) {
        return true;
      }
    }
    return false;
  }

  /** With a node gone: full answers, flagged partial ones, or a clear 503; anything else fails. */
  private static final class OutageRule implements SoakLoad.Rule {
    private final SoakLoad.Rule full = SoakLoad.snapshot(total -> total == BASE);

    @Override
    public SoakLoad.Verdict judge(String path, HttpResponse<String> response) throws Exception {
      String body = response.body();
      if (body.contains("Exception") || body.contains("\tat ") || body.contains("org.apache")) {
        return SoakLoad.Verdict.failed("internals shown: " + body.substring(0, Math.min(300, body.length())));
      }
      if (response.statusCode() == 503) {
        boolean clear = body.contains("The search engine cannot be reached") || body.contains("\"error\":\"Solr at http");
        return clear ? SoakLoad.Verdict.degraded("503 " + snippet(body))
            : SoakLoad.Verdict.failed("503 without the engine message: " + snippet(body));
      }
      if (response.statusCode() == 200 && path.startsWith("/api/search") && isFlaggedPartial(body)) {
        return SoakLoad.Verdict.degraded("flagged partial");
      }
      if (response.statusCode() == 200 && path.startsWith("/search") && body.contains("Part of the index did not answer")) {
        return SoakLoad.Verdict.degraded("flagged partial");
      }
      return full.judge(path, response);
    }

    @Override
    public SoakLoad.Verdict noAnswer(String path, Exception e) {
      // An export cut mid-stream is how an incomplete download is signalled once its status is sent.
      boolean cutExport = path.startsWith("/export") && e instanceof IOException && !(e instanceof HttpTimeoutException);
      return cutExport ? SoakLoad.Verdict.degraded("export cut mid-stream") : SoakLoad.Verdict.failed(e.toString());
    }

    private static String snippet(String body) {
      int at = body.indexOf("Solr at");
      return at < 0 ? "" : body.substring(at, Math.min(body.length(), at + 120));
    }
  }
}
