package org.straits.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.straits.App;
import org.straits.Fixtures;
import org.straits.admin.ExcludedIds;

/** Progress counts documents, so one large JSON Lines file shows progress before it is done. */
class IndexProgressTest {
  private static final int LINES = 3000;

  @TempDir Path source;
  @TempDir Path index;

  @Test
  void oneLargeJsonLinesFileReportsDocumentsAsItGoes() throws Exception {
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < LINES; i++) {
      jsonl.append("{\"id\":\"n:").append(i).append("\",\"title\":\"Bulletin ").append(i)
          .append("\",\"body\":\"Ferry services to Kinmen resumed on route ").append(i).append(".\",\"lang\":\"en\"}\n");
      if (i % 1000 == 0) {
        jsonl.append("\n");
      }
    }
    Fixtures.write(source, "big.jsonl", jsonl.toString());
    Fixtures.write(source, "note.txt", "A note\n\nOne more document.\n");
    List<IndexProgress> seen = new CopyOnWriteArrayList<>();
    App app = Fixtures.app(source, index);
    // Reports come at most every 200 ms; a listener slow at first makes the run last past that
    // whatever the machine, while the workers index the documents already read.
    app.indexer().run(source, index, false, progress -> {
      seen.add(progress);
      if (seen.size() <= 3) {
        sleep(250);
      }
    });

    IndexProgress last = seen.get(seen.size() - 1);
    assertEquals(LINES + 1, last.documentsExpected(), "blank lines are not documents");
    assertEquals(LINES + 1, last.documentsDone());
    assertEquals(100, last.percentDone());
    assertTrue(seen.stream().anyMatch(p -> p.filesDone() == 0 && p.documentsDone() > 0 && p.percentDone() < 100),
        "documents counted inside the first file: " + seen);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void excludedDocumentsAreCountedAndARestoredOneIsReadAgainFromItsUnchangedFile() throws Exception {
    Fixtures.writeCorpus(source);
    App app = Fixtures.app(source, index);
    ExcludedIds excluded = app.excludedIds();
    excluded.add(new ExcludedIds.Entry("cctv:2", "zh/news.jsonl", "南海形势", Instant.now(), "test"));
    IndexRunSummary first = app.indexer().run(source, index, false, IndexProgress.Listener.NONE);
    assertEquals(1, first.documentsExcluded());
    assertEquals(5, first.totalDocuments());

    excluded.restore("cctv:2");
    assertEquals(java.util.Set.of("zh/news.jsonl"), excluded.filesToReread());
    IndexRunSummary second = app.indexer().run(source, index, false, IndexProgress.Listener.NONE);
    assertEquals(1, second.filesChanged(), "the restored document's file is read again");
    assertEquals(2, second.documentsIndexed());
    assertEquals(6, second.totalDocuments());
    assertTrue(excluded.filesToReread().isEmpty(), "read once, then forgotten");
    assertEquals(0, app.indexer().run(source, index, false, IndexProgress.Listener.NONE).filesChanged());
  }

  @Test
  void idsExcludedByAnOlderVersionStillCount() throws Exception {
    Fixtures.writeCorpus(source);
    App app = Fixtures.app(source, index);
    Fixtures.write(app.config().stateDir(), "excluded-ids.txt", "cctv:1\n");
    assertEquals(java.util.Set.of("cctv:1"), app.excludedIds().excludedIds());
    assertEquals(1, app.indexer().run(source, index, false, IndexProgress.Listener.NONE).documentsExcluded());
    assertTrue(app.excludedIds().restore("cctv:1").isPresent());
    assertTrue(app.excludedIds().excludedIds().isEmpty());
  }
}
