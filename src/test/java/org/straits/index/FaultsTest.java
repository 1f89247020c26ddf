package org.straits.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.straits.App;
import org.straits.Fixtures;
import org.straits.Measurements;
import org.straits.search.IndexView;
import org.straits.search.SearchRequest;

/**
 * Faults around a run: an index folder that turns read-only (a remounted disk, as root cannot be
 * refused by file permissions), and a gazetteer reloaded while a run is under way.
 */
class FaultsTest {
  @TempDir Path source;
  @TempDir Path mountPoint;
  @TempDir Path plain;
  private Tmpfs tmpfs;

  @AfterEach
  void unmount() throws Exception {
    if (tmpfs != null) {
      tmpfs.close();
    }
  }

  @Test
  void aReadOnlyIndexFolderIsAClearErrorAndStillServes() throws Exception {
    tmpfs = Tmpfs.mount(mountPoint, "64m");
    Assumptions.assumeTrue(tmpfs.mounted(), "cannot mount a tmpfs here (needs root)");
    Path index = mountPoint.resolve("index");
    Fixtures.writeCorpus(source);
    App app = Fixtures.app(source, index);
    app.indexer().run(source, index, false, IndexProgress.Listener.NONE);
    assertTrue(tmpfs.makeReadOnly(), "remount read-only");

    Fixtures.write(source, "en/new.txt", "A new file\n\nFresh text about Kinmen.\n");
    IOException refused = assertThrows(IOException.class,
        () -> app.indexer().run(source, index, false, IndexProgress.Listener.NONE));
    assertTrue(refused.getMessage().contains(index.toString()) && refused.getMessage().contains("read-only"),
        "the error names the folder and why: " + refused.getMessage());
    try (IndexView served = app.openIndex()) {
      assertEquals(6, app.searchService(served).search(SearchRequest.of("")).total(), "the last commit still serves");
    }
    Measurements.write("fault-read-only-index", "indexing into a read-only folder: " + refused.getMessage());
  }

  @Test
  void aGazetteerReloadedDuringARunTakesEffectThroughTheNextRebuild() throws Exception {
    Path gazetteer = plain.resolve("gazetteer.yaml");
    Files.copy(Fixtures.smallGazetteer(), gazetteer);
    Path index = plain.resolve("index");
    for (int i = 0; i < 400; i++) {
      Fixtures.write(source, "docs/d" + i + ".txt", "Report " + i + "\n\nPatrols near Kinmen and Matsu, item " + i + ".\n");
    }
    App app = new App(Fixtures.config(source, index).withGazetteer(gazetteer));
    AtomicReference<Throwable> failure = new AtomicReference<>();
    // The run's indexer is taken here, and the edit waits for its first progress, so the reload
    // lands during the run whichever thread the scheduler favours.
    Indexer started = app.indexer();
    CountDownLatch running = new CountDownLatch(1);
    Thread run = Thread.ofPlatform().start(() -> {
      try {
        started.run(source, index, false, progress -> running.countDown());
      } catch (Throwable e) {
        failure.set(e);
      } finally {
        running.countDown();
      }
    });
    assertTrue(running.await(60, TimeUnit.SECONDS), "the run reports progress");
    Files.writeString(gazetteer, Files.readString(gazetteer) + System.lineSeparator());
    Files.writeString(gazetteer, Files.readString(gazetteer).replace("Kinmen", "Kinmen").concat("# edited during the run\n"));
    app.reloadGazetteer();
    run.join();
    assertEquals(null, failure.get(), "the run in progress finishes with the gazetteer it started with");

    assertEquals("the entity gazetteer changed", app.indexer().staleness(index));
    IndexRunSummary next = app.indexer().run(source, index, false, IndexProgress.Listener.NONE);
    assertTrue(next.fullRebuild(), "the next run rebuilds with the reloaded gazetteer");
    assertEquals(400, next.totalDocuments());
  }
}
