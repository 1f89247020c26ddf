package org.straits.search;

import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * At most as many searches at a time as there are cores, the others waiting in arrival order.
 * A search is CPU work from start to end; with more searches than cores running at once, each one
 * takes turns with all the others, so a long one holds back every short one behind it and the
 * tail grows with the number of readers. Admitted a core at a time, a search runs without
 * sharing its core, and the queue is first come, first served. One instance serves the whole
 * process (every engine over every snapshot), so the bound is on the machine, not per engine.
 */
public final class SearchSlots {
  /** A search waiting longer than this is refused (503): the server is overloaded, say so. */
  static final long MAX_WAIT_SECONDS = 30;

  private final Semaphore slots;
  private final int count;

  /** @param count searches at once, at least 1 (the number of cores by default) */
  public SearchSlots(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("search slots must be at least 1, not " + count);
    }
    this.count = count;
    this.slots = new Semaphore(count, true);
  }

  public int count() {
    return count;
  }

  /** Searches waiting for a slot now. */
  public int waiting() {
    return slots.getQueueLength();
  }

  /** Work that reads the index. */
  @FunctionalInterface
  public interface Work<T> {
    T run() throws IOException;
  }

  /** Runs {@code work} once a slot is free, in arrival order. */
  public <T> T admit(Work<T> work) throws IOException {
    try {
      if (!slots.tryAcquire(MAX_WAIT_SECONDS, TimeUnit.SECONDS)) {
        throw new EngineUnavailableException("the server is overloaded: a search waited " + MAX_WAIT_SECONDS
            + " s for one of " + count + " search slots (" + slots.getQueueLength() + " still waiting)", null);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for a search slot", e);
    }
    try {
      return work.run();
    } finally {
      slots.release();
    }
  }
}
