package org.straits.index;

/** A snapshot of a run in progress, for progress lines and the admin page. */
public record IndexProgress(
    int filesDone, int filesTotal, long documentsDone, long failures, double documentsPerSecond) {

  /** Receives snapshots; called from the indexing thread, so it must be quick. */
  @FunctionalInterface
  public interface Listener {
    Listener NONE = progress -> {};

    void onProgress(IndexProgress progress);
  }
}
