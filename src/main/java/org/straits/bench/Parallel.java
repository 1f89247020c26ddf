package org.straits.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Splits a list over a fixed number of threads, for the peers that index in parallel like Straits does. */
final class Parallel {
  private Parallel() {}

  /** What is done to each item; may throw. */
  @FunctionalInterface
  interface Work<T> {
    void apply(T item) throws IOException;
  }

  static <T> void forEach(List<T> items, int threads, Work<T> work) throws IOException {
    int count = Math.max(1, threads);
    ExecutorService pool = Executors.newFixedThreadPool(count);
    try {
      List<Future<?>> parts = new ArrayList<>();
      for (int t = 0; t < count; t++) {
        List<T> share = items.subList(items.size() * t / count, items.size() * (t + 1) / count);
        parts.add(pool.submit(() -> {
          for (T item : share) {
            work.apply(item);
          }
          return null;
        }));
      }
      for (Future<?> part : parts) {
        part.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("parallel work interrupted", e);
    } catch (ExecutionException e) {
      throw new IOException("parallel work failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
