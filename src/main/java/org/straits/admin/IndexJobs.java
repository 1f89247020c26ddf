package org.straits.admin;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.straits.index.IndexProgress;
import org.straits.index.IndexRunSummary;
import org.straits.index.IndexRun;

/**
 * Runs indexing in the background, one run at a time, and remembers how each ended. Readers are
 * never blocked: a run commits to the index on disk and {@code afterCommit} lets the server pick
 * the new commit up.
 */
public final class IndexJobs implements AutoCloseable {
  private final Supplier<? extends IndexRun> indexers;
  private final Path source;
  private final Path index;
  private final RunHistory history;
  private final Runnable afterCommit;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(Thread.ofPlatform().name("straits-admin-index").daemon().factory());

  private volatile JobStatus status;
  private Future<?> current;
  private String queuedBy;

  public IndexJobs(Supplier<? extends IndexRun> indexers, Path source, Path index, RunHistory history, Runnable afterCommit)
      throws IOException {
    this.indexers = indexers;
    this.source = source;
    this.index = index;
    this.history = history;
    this.afterCommit = afterCommit;
    this.status = new JobStatus(false, false, null, null, null, history.recent(1).stream().findFirst().orElse(null));
  }

  /** Starts a run; refuses while one is in progress. */
  public synchronized JobStatus start(boolean full, String by) throws JobAlreadyRunningException {
    if (status.running()) {
      throw new JobAlreadyRunningException(status.by(), status.started());
    }
    Instant started = Instant.now();
    status = new JobStatus(true, full, started, by, null, status.last());
    current = worker.submit(() -> run(full, by, started));
    return status;
  }

  /** Work on the index that must not overlap a run (deleting a document); refused during one. */
  public synchronized <T> T exclusive(ExclusiveWork<T> work) throws Exception {
    if (status.running()) {
      throw new JobAlreadyRunningException(status.by(), status.started());
    }
    T result = work.run();
    afterCommit.run();
    return result;
  }

  /** Work done while no indexing run can start. */
  @FunctionalInterface
  public interface ExclusiveWork<T> {
    T run() throws Exception;
  }

  /**
   * Makes sure new files get indexed: starts an incremental run now, or, while one is running,
   * queues one to follow it (a run already in progress may have scanned the folder before them).
   *
   * @return true when a run started now, false when one was queued
   */
  public synchronized boolean startOrQueue(String by) {
    if (status.running()) {
      queuedBy = by;
      return false;
    }
    try {
      start(false, by);
      return true;
    } catch (JobAlreadyRunningException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  public JobStatus status() {
    return status;
  }

  public RunHistory history() {
    return history;
  }

  /** Waits for the run in progress, if any; for tests and orderly shutdown. */
  public void awaitIdle(Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Future<?> running;
      synchronized (this) {
        if (!status.running()) {
          return;
        }
        running = current;
      }
      // A queued run replaces the future when this one ends, so look again afterwards.
      running.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    }
  }

  private void run(boolean full, String by, Instant started) {
    RunRecord record;
    try {
      IndexProgress.Listener listener = progress -> status = new JobStatus(true, full, started, by, progress, status.last());
      IndexRunSummary summary = indexers.get().run(source, index, full, listener);
      record = RunRecord.succeeded(started, by, summary);
    } catch (IOException | RuntimeException e) {
      record = RunRecord.failed(started, by, full, e);
    }
    try {
      history.add(record);
    } catch (IOException e) {
      record = RunRecord.failed(started, by, full, new IOException("run finished but its record could not be saved: " + e.getMessage(), e));
    }
    afterCommit.run();
    synchronized (this) {
      status = new JobStatus(false, false, null, null, null, record);
      if (queuedBy != null) {
        String by2 = queuedBy;
        queuedBy = null;
        startOrQueue(by2);
      }
    }
  }

  @Override
  public void close() throws InterruptedException {
    worker.shutdown();
    worker.awaitTermination(1, TimeUnit.MINUTES);
  }
}
