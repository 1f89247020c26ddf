package org.straits.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Samples the used heap on a background thread while a measured piece of work runs. Sampling
 * misses short spikes between samples, so the peak is a lower bound; the interval is short
 * compared with indexing runs of seconds.
 */
public final class HeapSampler implements AutoCloseable {
  private static final long INTERVAL_MS = 20;

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final Thread thread;
  private volatile boolean running = true;
  private volatile long peakBytes;

  private HeapSampler() {
    peakBytes = used();
    thread = Thread.ofPlatform().daemon().name("heap-sampler").start(this::sample);
  }

  /** Starts sampling now. */
  public static HeapSampler start() {
    return new HeapSampler();
  }

  /** The most heap seen in use since the start. */
  public long peakBytes() {
    return Math.max(peakBytes, used());
  }

  private void sample() {
    while (running) {
      peakBytes = Math.max(peakBytes, used());
      try {
        Thread.sleep(INTERVAL_MS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private long used() {
    return memory.getHeapMemoryUsage().getUsed();
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
