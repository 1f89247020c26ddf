package org.straits.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.straits.App;
import org.straits.Fixtures;

/**
 * A page read in two halves on a free core ({@link PageHits}, {@link SpareCores}) is the page read
 * in one piece on the caller's thread: the same hits in the same order with the same scores,
 * titles, snippets and versions, the same totals and counts. Real index on disk in two segments,
 * the built-in gazetteer's entity widening (pruned span phrases), English and Chinese, pages of
 * ten and a page 2. And with no free core the parts stay on the caller's thread.
 */
class PageHitsTest {
  @TempDir static Path source;
  @TempDir static Path indexDir;
  static App app;
  static IndexView index;

  private static final List<String> QUERIES = List.of("Taiwan", "China", "coast guard", "\"coast guard\"",
      "Kinmen patrols", "Taiwan relations", "台湾", "两岸关系", "台湾 渔民", "中国海警", "National People's Congress",
      "harbour OR archipelago", "inspect*", "United States policy", "南海 巡航");

  /** The machine taken as idle, so only the slots decide (the test machine may be busy with other work). */
  private static final MachineLoad IDLE = () -> true;

  @BeforeAll
  static void buildIndex() throws Exception {
    Fixtures.writeCorpus(source);
    app = Fixtures.builtInGazetteerApp(source, indexDir);
    Fixtures.write(source, "more/first.jsonl", documents(0, 24));
    Fixtures.indexCleanly(app, source);
    // A second batch, a second segment: a page's hits come from both.
    Fixtures.write(source, "more/second.jsonl", documents(24, 48));
    Fixtures.indexCleanly(app, source);
    index = app.openIndex();
  }

  /** Documents mixing the queries' words, English and Chinese, of varying length so passages differ. */
  private static String documents(int from, int to) {
    String[] english = {"Taiwan's coast guard patrols near Kinmen went on through the night.",
        "China and the United States discussed policy on Taiwan relations.",
        "The National People's Congress met in Beijing; its Standing Committee inspected the reports.",
        "Fishermen returned to the harbour of the archipelago before the storm.",
        "Inspectors said the China Coast Guard boarded a boat off Kinmen."};
    String[] chinese = {"中国海警在南海开展巡航，台湾渔民一早出海。", "两岸关系和平发展，台湾同胞欢迎交流。",
        "全国人民代表大会常务委员会举行会议。", "台湾海峡风平浪静，渔民傍晚回港。"};
    StringBuilder lines = new StringBuilder();
    for (int i = from; i < to; i++) {
      boolean zh = i % 3 == 2;
      String[] texts = zh ? chinese : english;
      StringBuilder body = new StringBuilder();
      for (int s = 0; s <= i % 5 + 1; s++) {
        body.append(texts[(i * 5 + s * 3) % texts.length]).append(zh ? "" : " ");
      }
      lines.append("{\"id\":\"page:").append(i).append("\",\"title\":\"").append(texts[(i * 2) % texts.length])
          .append("\",\"body\":\"").append(body.toString().strip()).append("\",\"date\":\"2024-0").append(1 + i % 9)
          .append("-2").append(i % 8).append("\",\"source\":\"").append(zh ? "CCTV" : "Guardian").append("\",\"lang\":\"")
          .append(zh ? "zh" : "en").append("\"}\n");
    }
    return lines.toString();
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @Test
  void pagesReadInHalvesOnAFreeCoreAreThePagesReadInOnePiece() throws Exception {
    assertTrue(index.read((searcher, state) -> searcher.getIndexReader().leaves().size()) >= 2, "two segments");
    SearchEngine sequential = new LuceneEngine(index, app.analyzer(), app.entityNames());
    SpareCores cores = new SearchSlots(2, IDLE).spareCores();
    SearchEngine concurrent = new LuceneEngine(index, app.analyzer(), app.entityNames(), cores);
    int split = 0;
    for (String text : QUERIES) {
      for (int page : new int[] {1, 2}) {
        SearchRequest request = new SearchRequest(text, Map.of(), null, null, null, page, 10, 10);
        SearchResult one = sequential.search(request);
        long lentBefore = cores.lent();
        SearchResult halves = concurrent.search(request);
        split += halves.hits().size() >= PageHits.MIN_SPLIT ? 1 : 0;
        assertTrue(halves.hits().size() < PageHits.MIN_SPLIT || cores.lent() == lentBefore + 1,
            text + ": half of the page went to the free core");
        assertSame(one, halves, text + " page " + page);
      }
    }
    assertTrue(split >= QUERIES.size(), "most first pages were split: " + split);
  }

  private static void assertSame(SearchResult expected, SearchResult actual, String what) {
    assertEquals(expected.total(), actual.total(), what);
    assertEquals(expected.hits(), actual.hits(), what);
    assertEquals(expected.facets(), actual.facets(), what);
    assertEquals(expected.trees(), actual.trees(), what);
    assertEquals(expected.histogram(), actual.histogram(), what);
    assertEquals(expected.notices(), actual.notices(), what);
    assertEquals(expected.hidden(), actual.hidden(), what);
  }

  @Test
  void withEverySlotTakenAPartRunsOnTheCallersThreadAndNothingIsLent() throws Exception {
    SearchSlots slots = new SearchSlots(2, IDLE);
    SpareCores cores = slots.spareCores();
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      // Another reader's search holds one slot, this one the other.
      Future<?> reader = other.submit(() -> slots.admit(() -> {
        holding.countDown();
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return null;
      }));
      holding.await(5, TimeUnit.SECONDS);
      SearchEngine engine = new LuceneEngine(index, app.analyzer(), app.entityNames(), cores);
      SearchResult result = slots.admit(() -> {
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        assertEquals(false, cores.free(), "no core is free");
        cores.execute(() -> ranOn.set(Thread.currentThread()));
        assertEquals(Thread.currentThread(), ranOn.get(), "the part ran on the caller's thread");
        return engine.search(new SearchRequest("Taiwan", Map.of(), null, null, null, 1, 10, 10));
      });
      assertEquals(10, result.hits().size());
      assertEquals(0, cores.lent(), "nothing was handed to a helper");
      release.countDown();
      reader.get(5, TimeUnit.SECONDS);
    } finally {
      release.countDown();
      other.shutdownNow();
    }
  }

  @Test
  void aBusyMachineLendsNothingThoughASlotIsFree() throws Exception {
    SearchSlots slots = new SearchSlots(2, () -> false);
    SpareCores cores = slots.spareCores();
    assertEquals(false, slots.admit(cores::free), "the other slot is free, the machine is not");
    SearchEngine engine = new LuceneEngine(index, app.analyzer(), app.entityNames(), cores);
    SearchResult result = slots.admit(() -> engine.search(new SearchRequest("Taiwan", Map.of(), null, null, null, 1, 10, 10)));
    assertEquals(10, result.hits().size());
    assertEquals(0, cores.lent(), "the page was read in one piece on the caller's thread");
  }

  @Test
  void aFreeSlotIsLentToAHelperAndReturned() throws Exception {
    SearchSlots slots = new SearchSlots(2, IDLE);
    SpareCores cores = slots.spareCores();
    List<String> threads = new ArrayList<>();
    CountDownLatch done = new CountDownLatch(1);
    slots.admit(() -> {
      assertTrue(cores.free(), "one slot is free");
      cores.execute(() -> {
        threads.add(Thread.currentThread().getName());
        done.countDown();
      });
      try {
        assertTrue(done.await(5, TimeUnit.SECONDS));
      } catch (InterruptedException e) {
        throw new IOException(e);
      }
      return null;
    });
    assertTrue(threads.get(0).startsWith("straits-search-part-"), threads.toString());
    assertEquals(1, cores.lent());
    // The helper gives its slot back when the part ends: with this search's slot taken, the other is free again.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (!slots.admit(cores::free)) {
      assertTrue(System.nanoTime() < deadline, "the lent slot came back");
      Thread.onSpinWait();
    }
  }
}
