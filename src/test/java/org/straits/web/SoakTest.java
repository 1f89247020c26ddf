package org.straits.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.straits.App;
import org.straits.Fixtures;
import org.straits.Measurements;
import org.straits.config.StraitsConfig;
import org.straits.index.IndexProgress;
import org.straits.search.IndexView;

/**
 * Eight readers (pages, API, export, suggest) for 60 s while full rebuilds run back to back, then
 * for 60 s while incremental runs add files: no failed request, every answer from one complete
 * snapshot, tail latency against the quiet median, and the heap after against the heap before.
 */
class SoakTest {
  private static final Duration PHASE = Duration.ofSeconds(60);
  private static final int FILES = 30;
  private static final int DOCS_PER_FILE = 80;
  private static final int EXTRA_FILES = 8;
  private static final int CLIENTS = 8;

  @TempDir Path dir;

  @Test
  void readersNeverFailOrSeeAHalfBuiltIndexUnderLoad() throws Exception {
    Path source = Files.createDirectories(dir.resolve("source"));
    SoakCorpus.write(source, 0, FILES, DOCS_PER_FILE);
    StraitsConfig config = Fixtures.config(source, dir.resolve("index")).withCommitSeconds(1);
    App app = new App(config);
    app.indexer().run(source, config.index(), false, IndexProgress.Listener.NONE);
    long base = (long) FILES * DOCS_PER_FILE;
    long extra = (long) EXTRA_FILES * DOCS_PER_FILE;
    try (IndexView index = app.openIndex()) {
      WebServer server = new WebServer(app, index, Path.of("web"), "127.0.0.1", 0, true);
      String root = "http://127.0.0.1:" + server.start();
      try {
        SoakLoad.run(root, CLIENTS, Duration.ofSeconds(5), total -> total == base);
        SoakLoad.Result quiet = SoakLoad.run(root, CLIENTS, Duration.ofSeconds(10), total -> total == base);
        long heapBefore = SoakLoad.usedHeapAfterGc();

        ConcurrentLinkedQueue<String> indexingErrors = new ConcurrentLinkedQueue<>();
        SoakIndexing indexing = new SoakIndexing(source, FILES, DOCS_PER_FILE,
            full -> app.indexer().run(source, config.index(), full, IndexProgress.Listener.NONE), indexingErrors);
        AtomicBoolean stop = new AtomicBoolean();
        Thread rebuilds = Thread.ofPlatform().start(() -> indexing.fullRebuilds(stop, EXTRA_FILES));
        // A full rebuild commits once: every answer is the old count or the new one.
        SoakLoad.Result duringFull = SoakLoad.run(root, CLIENTS, PHASE, total -> total == base || total == base + extra);
        stop.set(true);
        rebuilds.join();

        indexing.reset(EXTRA_FILES, true);
        stop.set(false);
        Thread incremental = Thread.ofPlatform().start(() -> indexing.incrementalRuns(stop, 4 * EXTRA_FILES));
        // Incremental runs commit at file boundaries: whole files only, and never fewer than before.
        LongPredicate wholeFiles = total -> total >= base && total % DOCS_PER_FILE == 0;
        SoakLoad.Result duringIncremental = SoakLoad.run(root, CLIENTS, PHASE, wholeFiles);
        stop.set(true);
        incremental.join();
        long heapAfter = SoakLoad.usedHeapAfterGc();

        List<String> report = new ArrayList<>();
        report.add("clients " + CLIENTS + ", " + base + " documents (+" + extra + " toggled by the full rebuilds)");
        report.add(quiet.line("quiet (10 s, after a 5 s warm-up)"));
        report.add(duringFull.line("during full rebuilds (60 s)") + String.format(", p99/quiet p50 %.1f", duringFull.p99Ms() / quiet.p50Ms()));
        report.add(duringIncremental.line("during incremental runs (60 s)")
            + String.format(", p99/quiet p50 %.1f", duringIncremental.p99Ms() / quiet.p50Ms()));
        report.add(String.format("heap used after GC: before %d MiB, after %d MiB (%.0f%%)", heapBefore >> 20,
            heapAfter >> 20, 100.0 * (heapAfter - heapBefore) / heapBefore));
        Measurements.write("soak-lucene", String.join(System.lineSeparator(), report));

        assertEquals(List.of(), List.copyOf(indexingErrors));
        for (SoakLoad.Result phase : List.of(quiet, duringFull, duringIncremental)) {
          assertEquals(List.of(), phase.failures().stream().limit(5).toList(), phase.failures().size() + " failed requests");
          assertTrue(phase.requests() > 100, "the load ran: " + phase.requests() + " requests");
        }
        assertTrue(heapAfter < heapBefore * 1.2 + (64L << 20), "heap bounded: " + report);
      } finally {
        server.stop();
      }
    }
  }
}
