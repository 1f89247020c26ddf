package org.straits.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.straits.App;
import org.straits.Fixtures;
import org.straits.search.IndexView;
import org.straits.search.SearchRequest;

/**
 * A disk that fills up during a run: a clear error, and the index that was being served stays
 * as it was. The index lives on a real 3 MB tmpfs (needs root, as on the CI machine).
 */
class DiskFullTest {
  @TempDir Path source;
  @TempDir Path mountPoint;
  private Tmpfs tmpfs;

  @AfterEach
  void unmount() throws Exception {
    if (tmpfs != null) {
      tmpfs.close();
    }
  }

  @Test
  void aFullDiskIsAClearErrorAndTheServedIndexIsUnchanged() throws Exception {
    tmpfs = Tmpfs.mount(mountPoint, "3m");
    Assumptions.assumeTrue(tmpfs.mounted(), "cannot mount a small tmpfs here (needs root)");
    Path index = mountPoint.resolve("index");
    Fixtures.writeCorpus(source);
    App app = Fixtures.app(source, index);
    app.indexer().run(source, index, false, IndexProgress.Listener.NONE);

    writeBulk(8_000_000);
    try (IndexView served = app.openIndex()) {
      long before = app.searchService(served).search(SearchRequest.of("")).total();
      IOException full = assertThrows(IOException.class,
          () -> app.indexer().run(source, index, false, IndexProgress.Listener.NONE));
      assertTrue(full.getMessage().contains("No space left on device") || full.getMessage().contains("space"),
          "the error says why: " + full.getMessage());
      served.refresh();
      assertEquals(before, app.searchService(served).search(SearchRequest.of("")).total(), "the served index is unchanged");
    }
    try (IndexView reopened = app.openIndex()) {
      assertEquals(6, app.searchService(reopened).search(SearchRequest.of("")).total(), "the last commit opens intact");
    }
  }

  /** Random words, so the index cannot compress them away. */
  private void writeBulk(int bytes) throws IOException {
    Random random = new Random(7);
    for (int file = 0, written = 0; written < bytes; file++) {
      StringBuilder text = new StringBuilder("Bulk\n\n");
      for (int i = 0; i < 2000; i++) {
        text.append(Long.toString(random.nextLong() & Long.MAX_VALUE, 36)).append(' ');
      }
      Files.writeString(source.resolve("bulk" + file + ".txt"), text);
      written += text.length();
    }
  }
}
