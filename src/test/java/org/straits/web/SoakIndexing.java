package org.straits.web;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The indexing side of a soak, for either engine: full rebuilds back to back that add and remove
 * a block of extra files in turn, or incremental runs that add one file each. Failures are
 * collected, not thrown, so the readers' phase always ends.
 */
final class SoakIndexing {
  /** One indexing run of the engine under test. */
  interface IndexRun {
    void run(boolean full) throws IOException;
  }

  private final Path source;
  private final int files;
  private final int docsPerFile;
  private final IndexRun index;
  private final Queue<String> errors;

  SoakIndexing(Path source, int files, int docsPerFile, IndexRun index, Queue<String> errors) {
    this.source = source;
    this.files = files;
    this.docsPerFile = docsPerFile;
    this.index = index;
    this.errors = errors;
  }

  /** Full rebuilds until {@code stop}, the {@code extra} files there every other time. */
  void fullRebuilds(AtomicBoolean stop, int extra) {
    boolean withExtra = false;
    while (!stop.get()) {
      try {
        withExtra = !withExtra;
        if (withExtra) {
          SoakCorpus.write(source, files, files + extra, docsPerFile);
        } else {
          SoakCorpus.delete(source, files, files + extra);
        }
        index.run(true);
      } catch (IOException | RuntimeException e) {
        errors.add("full rebuild: " + e);
      }
    }
  }

  /** Incremental runs, each after one more file, until {@code stop} or {@code most} files were added. */
  void incrementalRuns(AtomicBoolean stop, int most) {
    for (int next = files; !stop.get() && next < files + most; next++) {
      try {
        SoakCorpus.write(source, next, next + 1, docsPerFile);
        index.run(false);
      } catch (IOException | RuntimeException e) {
        errors.add("incremental run: " + e);
      }
    }
  }

  /** Removes every added file and runs once more: back to the base documents. */
  void reset(int added, boolean full) throws IOException {
    SoakCorpus.delete(source, files, files + added);
    index.run(full);
  }
}
