package org.straits.index;

/**
 * A snapshot of a run in progress, for progress lines and the admin page.
 *
 * @param documentsExpected about how many documents the files to read hold (a JSON Lines file
 *     counts its lines, any other file one), so that one large file still shows progress
 */
public record IndexProgress(
    int filesDone, int filesTotal, long documentsDone, long documentsExpected, long failures,
    double documentsPerSecond) {

  /** Documents done as a whole percentage of those expected, at most 100. */
  public int percentDone() {
    return documentsExpected <= 0 ? 0 : (int) Math.min(100, documentsDone * 100 / documentsExpected);
  }

  /** Receives snapshots; called from the indexing thread, so it must be quick. */
  @FunctionalInterface
  public interface Listener {
    Listener NONE = progress -> {};

    void onProgress(IndexProgress progress);
  }
}
