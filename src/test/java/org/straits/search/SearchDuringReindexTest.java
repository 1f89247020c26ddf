package org.straits.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;
import org.straits.App;
import org.straits.Fixtures;
import org.straits.Measurements;
import org.straits.index.IndexProgress;

/** Readers keep getting right answers while an incremental run and a full rebuild commit. */
class SearchDuringReindexTest {
  private static final int BASE = 300;
  private static final int ADDED = 600;

  @TempDir Path source;
  @TempDir Path index;

  @Test
  void queriesNeverFailOrSeeAHalfBuiltIndex(TestReporter reporter) throws Exception {
    writeDocs(0, BASE);
    App app = Fixtures.app(source, index);
    app.indexer().run(source, index, false, IndexProgress.Listener.NONE);
    writeDocs(BASE, BASE + ADDED);
    App fastCommits = new App(app.config().withCommitSeconds(1));

    try (IndexView view = app.openIndex()) {
      SearchService service = app.searchService(view);
      Load load = new Load(service, view);
      Thread readers = Thread.ofPlatform().start(load);
      long beforeIncremental = load.awaitMoreQueries(0);
      fastCommits.indexer().run(source, index, false, IndexProgress.Listener.NONE);
      long duringIncremental = load.awaitMoreQueries(beforeIncremental) - beforeIncremental;
      fastCommits.indexer().run(source, index, true, IndexProgress.Listener.NONE);
      long afterFull = load.awaitMoreQueries(beforeIncremental + duringIncremental);
      load.stop.set(true);
      readers.join();

      reporter.publishEntry("queries", String.valueOf(afterFull));
      reporter.publishEntry("failures", String.valueOf(load.failures.size()));
      reporter.publishEntry("worst_latency_ms", String.valueOf(load.worstNanos.get() / 1_000_000));
      Measurements.write("search-during-reindex", "queries=" + afterFull + " failures=" + load.failures.size()
          + " worst_latency_ms=" + load.worstNanos.get() / 1_000_000);
      assertEquals(List.of(), load.failures.stream().limit(5).toList(), load.failures.size() + " failures");
      assertEquals(BASE + ADDED, load.lastTotal, "the final state is the full index");
    }
  }

  private void writeDocs(int from, int to) {
    for (int i = from; i < to; i++) {
      Fixtures.write(source, "docs/d" + i + ".txt", "Report " + i + "\n\nPatrols near Kinmen, item " + i + ".\n");
    }
  }

  /** Searches in a loop; a total that shrinks, overshoots or errors is a failure. */
  private static final class Load implements Runnable {
    final AtomicBoolean stop = new AtomicBoolean();
    final AtomicLong queries = new AtomicLong();
    final AtomicLong worstNanos = new AtomicLong();
    final List<String> failures = new ArrayList<>();
    final SearchService service;
    final IndexView view;
    volatile long lastTotal;

    /** Waits until at least one query has run since {@code seen} queries; returns the count. */
    long awaitMoreQueries(long seen) throws InterruptedException {
      while (queries.get() <= seen) {
        Thread.sleep(5);
      }
      return queries.get();
    }

    Load(SearchService service, IndexView view) {
      this.service = service;
      this.view = view;
    }

    @Override
    public void run() {
      while (!stop.get()) {
        try {
          view.refresh();
          long start = System.nanoTime();
          long total = service.search(SearchRequest.of("Kinmen patrols")).total();
          worstNanos.accumulateAndGet(System.nanoTime() - start, Math::max);
          if (total < lastTotal || total < BASE || total > BASE + ADDED) {
            failures.add("total " + total + " after " + lastTotal);
          }
          lastTotal = total;
          queries.incrementAndGet();
        } catch (Exception | AssertionError e) {
          failures.add(e.toString());
        }
      }
    }
  }
}
