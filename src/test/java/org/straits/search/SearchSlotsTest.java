package org.straits.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.straits.App;
import org.straits.Fixtures;

class SearchSlotsTest {
  @TempDir Path source;
  @TempDir Path indexDir;

  @Test
  void waitingSearchesRunOneSlotAtATimeInArrivalOrder() throws Exception {
    SearchSlots slots = new SearchSlots(1);
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    List<String> order = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      Future<?> first = pool.submit(() -> slots.admit(() -> {
        holding.countDown();
        awaitUninterrupted(release);
        return order.add("first");
      }));
      holding.await();
      List<Future<?>> queued = new ArrayList<>();
      for (String name : List.of("second", "third", "fourth")) {
        int before = slots.waiting();
        queued.add(pool.submit(() -> slots.admit(() -> order.add(name))));
        awaitWaiting(slots, before + 1);
      }
      release.countDown();
      first.get(5, TimeUnit.SECONDS);
      for (Future<?> f : queued) {
        f.get(5, TimeUnit.SECONDS);
      }
      assertEquals(List.of("first", "second", "third", "fourth"), order);
    } finally {
      pool.shutdownNow();
    }
  }

  private static void awaitUninterrupted(CountDownLatch latch) throws IOException {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private static void awaitWaiting(SearchSlots slots, int count) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (slots.waiting() < count && System.nanoTime() < end) {
      Thread.sleep(1);
    }
    assertEquals(count, slots.waiting(), "searches queued for the slot");
  }

  @Test
  void manyReadersThroughOneSlotAllGetTheirAnswer() throws Exception {
    Fixtures.writeCorpus(source);
    App app = new App(Fixtures.config(source, indexDir).withSearchThreads(1));
    Fixtures.indexCleanly(app, source);
    try (IndexView view = app.openIndex()) {
      SearchService service = app.searchService(view);
      long expected = service.search(SearchRequest.of("Taiwan")).total();
      ExecutorService pool = Executors.newFixedThreadPool(6);
      try {
        List<Future<Long>> totals = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
          totals.add(pool.submit(() -> service.search(SearchRequest.of("Taiwan")).total()));
        }
        for (Future<Long> total : totals) {
          assertEquals(expected, total.get(30, TimeUnit.SECONDS));
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void neverMoreThanTheSlotsAtOnce() throws Exception {
    SearchSlots slots = new SearchSlots(2);
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> runs = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        runs.add(pool.submit(() -> slots.admit(() -> {
          most.accumulateAndGet(running.incrementAndGet(), Math::max);
          Thread.onSpinWait();
          return running.decrementAndGet();
        })));
      }
      for (Future<Integer> run : runs) {
        run.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertTrue(most.get() <= 2, "at most two at once, saw " + most.get());
  }

  @Test
  void aSlotIsGivenBackWhenTheSearchFails() throws IOException {
    SearchSlots slots = new SearchSlots(1);
    assertThrows(SearchException.class, () -> slots.admit(() -> {
      throw new SearchException("bad query");
    }));
    assertEquals("ok", slots.admit(() -> "ok"));
    assertThrows(IllegalArgumentException.class, () -> new SearchSlots(0));
  }
}
