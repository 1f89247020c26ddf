package org.straits.search;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The cores no admitted search is using, lent to the parts of a running one (intra-query
 * concurrency, issue 11). A part runs on a helper thread only while it holds a search slot nobody
 * is waiting for; otherwise it runs on the calling thread, as Lucene's {@code TaskExecutor} runs
 * whatever its executor has not started. So one reader on an idle machine gets both cores, and
 * under load (every slot taken, or searches queued) a search takes only its own slot and the page
 * is worked through as before: the throughput and the readers-first tail are those of one search a
 * core. A lent slot is the same permit an arriving search waits for, held only while the part runs.
 */
public final class SpareCores implements Executor {
  /** Runs every part on the calling thread: no helper, nothing lent (tests, one-off engines). */
  public static final SpareCores NONE = new SpareCores(null, () -> false);

  private final Semaphore slots;
  private final MachineLoad load;
  private final ExecutorService helpers;
  private final AtomicLong lent = new AtomicLong();

  private SpareCores(Semaphore slots, MachineLoad load) {
    this.slots = slots;
    this.load = load;
    this.helpers = slots == null ? null : helperPool(slots.availablePermits());
  }

  /** Lends the free permits of {@code slots} (the search slots' own semaphore, fair) while {@code load} allows. */
  static SpareCores of(Semaphore slots, MachineLoad load) {
    return new SpareCores(slots, load);
  }

  /**
   * Whether a part handed over now would likely get a core of its own: a slot is free and no
   * search waits for one, and the machine is not busy with other work (its load average below
   * its cores: a rebuild in this process, other processes), where a helper would wait for a
   * time slice and the caller for the helper. Work is split only then, since split work costs a
   * little more CPU than the whole done at once; {@link #execute} still decides for itself when the part is handed over.
   */
  public boolean free() {
    return slots != null && !slots.hasQueuedThreads() && slots.availablePermits() > 0 && load.belowCores();
  }

  /**
   * Runs {@code part} on a helper thread when a slot is free, nobody waits for it (the fair
   * semaphore's timed try does not barge ahead of waiting searches) and the machine is not busy;
   * on this thread otherwise.
   */
  @Override
  public void execute(Runnable part) {
    if (!lend()) {
      part.run();
      return;
    }
    lent.incrementAndGet();
    try {
      helpers.execute(() -> {
        try {
          part.run();
        } finally {
          slots.release();
        }
      });
    } catch (RejectedExecutionException shutDown) {
      slots.release();
      part.run();
    }
  }

  /**
   * Starts {@code work} on a free core if there is one: the caller goes on with its own share and
   * {@link Part#join joins}, running the part itself if no helper has started it (as Lucene's
   * {@code TaskExecutor} does), so a part never waits for a core.
   */
  public <T> Part<T> fork(Callable<T> work) {
    Part<T> part = new Part<>(work);
    execute(part::runUnlessClaimed);
    return part;
  }

  /** A part of a search that runs once, on a helper or on the thread that joins it, whichever claims it first. */
  public static final class Part<T> {
    private final FutureTask<T> task;
    private final AtomicBoolean claimed = new AtomicBoolean();

    private Part(Callable<T> work) {
      this.task = new FutureTask<>(work);
    }

    private void runUnlessClaimed() {
      if (claimed.compareAndSet(false, true)) {
        task.run();
      }
    }

    /** The part's result: run here if nobody started it, else once its helper is done. */
    public T join() throws IOException {
      runUnlessClaimed();
      try {
        return task.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while a search part ran on another core", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof IOException io) {
          throw io;
        }
        if (e.getCause() instanceof RuntimeException runtime) {
          throw runtime;
        }
        throw new IllegalStateException("a search part failed", e.getCause());
      }
    }

    /** Makes sure the part is not running when the caller gives up its snapshot: claimed unstarted, or waited for. */
    public void settle() {
      if (!claimed.compareAndSet(false, true)) {
        try {
          task.get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } catch (ExecutionException | java.util.concurrent.CancellationException ignored) {
          // The caller is failing already; its own exception is the one reported.
        }
      }
    }
  }

  /** Parts handed to a helper thread so far, on a slot no search held. */
  public long lent() {
    return lent.get();
  }

  private boolean lend() {
    if (slots == null || !load.belowCores()) {
      return false;
    }
    try {
      return slots.tryAcquire(0, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** As many helpers as slots (a part holds one, so no more can run), daemons that end when idle. */
  private static ExecutorService helperPool(int size) {
    AtomicInteger number = new AtomicInteger();
    ThreadPoolExecutor pool = new ThreadPoolExecutor(size, size, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
        work -> {
          Thread thread = new Thread(work, "straits-search-part-" + number.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }
}
