package org.straits.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.straits.App;
import org.straits.index.IndexRunSummary;

/**
 * Readers first: the query mix on {@value #CLIENTS} concurrent in-process clients, first on a quiet
 * index, then while a full rebuild of the same source runs (the admin's "reindex" while serving).
 * The rebuild must yield the cores: the figure is the p99 during the rebuild against the quiet p50.
 */
public final class RebuildUnderReaders {
  public static final int CLIENTS = 8;

  /**
   * What the section measured.
   *
   * @param clients concurrent search clients
   * @param quiet latencies with no indexing
   * @param duringRebuild latencies while the rebuild ran
   * @param errors failed searches in both phases
   * @param rebuildDocsPerSecond the rebuild's own rate while the readers ran, from its first document
   * @param loadedSeconds how long the readers ran beside the rebuild (at most the phase limit)
   * @param rebuildSeconds how long the whole rebuild took (it finishes alone after the phase limit)
   */
  public record Result(int clients, LatencySummary quiet, LatencySummary duringRebuild, long errors,
      double rebuildDocsPerSecond, double loadedSeconds, double rebuildSeconds) {

    /** The target's ratio: p99 during the rebuild ÷ quiet p50. */
    public double p99OverQuietP50() {
      return duringRebuild.p99Ms() / quiet.p50Ms();
    }
  }

  private final SearchSystem system;
  private final List<BenchQuery> queries;
  private final double quietSeconds;
  private final double loadedSeconds;

  /**
   * @param loadedSeconds the readers stop this long after the rebuild's first document even if it
   *     has not finished (and at four times this after its start): a yielding rebuild of a large
   *     corpus under a saturating load would otherwise take the bench's whole time
   */
  public RebuildUnderReaders(SearchSystem system, List<BenchQuery> queries, double quietSeconds,
      double loadedSeconds) {
    this.system = system;
    this.queries = List.copyOf(queries);
    this.quietSeconds = quietSeconds;
    this.loadedSeconds = loadedSeconds;
  }

  /** Quiet phase, then a full rebuild of {@code source} into {@code indexDir} under the same load. */
  public Result run(App app, Path source, Path indexDir) throws IOException {
    AtomicLong errors = new AtomicLong();
    long quietEnd = System.nanoTime() + (long) (quietSeconds * 1e9);
    long[] quiet = load(() -> System.nanoTime() < quietEnd, errors);
    AtomicBoolean rebuilding = new AtomicBoolean(true);
    AtomicLong documentsDone = new AtomicLong();
    AtomicLong firstDocument = new AtomicLong();
    ExecutorService rebuild = Executors.newSingleThreadExecutor();
    try {
      long start = System.nanoTime();
      Future<IndexRunSummary> run = rebuild.submit(() -> {
        try {
          return app.indexer().run(source, indexDir, true, p -> {
            documentsDone.set(p.documentsDone());
            if (p.documentsDone() > 0) {
              firstDocument.compareAndSet(0, System.nanoTime());
            }
          });
        } finally {
          rebuilding.set(false);
        }
      });
      // The phase is timed from the first document indexed: setting up a run (gazetteer, discovery's
      // dictionaries, scanning and hashing) is not the part that competes with searches for long.
      long phase = (long) (loadedSeconds * 1e9);
      long[] during = load(() -> rebuilding.get() && System.nanoTime() - start < 4 * phase
          && (firstDocument.get() == 0 || System.nanoTime() - firstDocument.get() < phase), errors);
      long phaseEnd = System.nanoTime();
      double loaded = (phaseEnd - start) / 1e9;
      long first = firstDocument.get();
      long doneUnderLoad = rebuilding.get() ? documentsDone.get() : -1;
      IndexRunSummary summary = run.get();
      double seconds = (System.nanoTime() - start) / 1e9;
      double indexing = first == 0 ? loaded : (phaseEnd - first) / 1e9;
      double rate = doneUnderLoad < 0 ? summary.documentsIndexed() / seconds : doneUnderLoad / indexing;
      return new Result(CLIENTS, LatencySummary.ofNanos(quiet), LatencySummary.ofNanos(during), errors.get(),
          rate, loaded, seconds);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("rebuild under readers interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IOException("the rebuild under readers failed: " + e.getCause(), e.getCause());
    } finally {
      rebuild.shutdownNow();
    }
  }

  /** Every client runs the mix (each from its own offset) while {@code running}; the latencies. */
  private long[] load(BooleanSupplier running, AtomicLong errors) throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<long[]>> clients = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        int offset = queries.size() * c / CLIENTS;
        clients.add(pool.submit(() -> client(offset, running, errors)));
      }
      List<long[]> all = new ArrayList<>();
      for (Future<long[]> client : clients) {
        all.add(client.get());
      }
      return all.stream().flatMapToLong(java.util.Arrays::stream).toArray();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("search clients interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IOException("a search client failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private long[] client(int offset, BooleanSupplier running, AtomicLong errors) {
    long[] nanos = new long[1024];
    int count = 0;
    for (int i = offset; running.getAsBoolean(); i++) {
      long start = System.nanoTime();
      try {
        system.search(queries.get(i % queries.size()));
      } catch (IOException | RuntimeException e) {
        errors.incrementAndGet();
        continue;
      }
      if (count == nanos.length) {
        nanos = java.util.Arrays.copyOf(nanos, count * 2);
      }
      nanos[count++] = System.nanoTime() - start;
    }
    return java.util.Arrays.copyOf(nanos, count);
  }
}
